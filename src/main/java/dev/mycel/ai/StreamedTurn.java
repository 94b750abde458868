package dev.mycel.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.ai.ProviderReply.Failure;
import dev.mycel.ai.ProviderReply.FailureKind;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;

/**
 * Reading one streamed answer: feeds each line to a vendor's {@link Assembler} until it has a
 * reply, and turns the ways a stream can break (silence, a cut connection, a limit, an early
 * end) into failures that name the vendor.
 */
final class StreamedTurn {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A vendor's stream format: consumes lines and knows when the turn is complete. */
    interface Assembler {
        /** A reply once the turn is complete (or broken), else empty: read on. */
        Optional<ProviderReply> line(String line);

        /** The body ended; a format that has an explicit end marker treats this as an error. */
        ProviderReply ended();
    }

    private StreamedTurn() {
    }

    static ProviderReply read(String vendor, InputStream body, HttpLimits limits, Assembler assembler) {
        StreamLines lines = new StreamLines(body, limits.timeout(), limits.maxLineBytes(), limits.maxReplyBytes());
        try (lines) {
            for (String line = lines.next(); line != null; line = lines.next()) {
                Optional<ProviderReply> done = assembler.line(line);
                if (done.isPresent()) {
                    return done.get();
                }
            }
            return assembler.ended();
        } catch (StreamLines.LimitExceeded e) {
            return new Failure(FailureKind.MALFORMED, vendor + " sent too much: " + e.getMessage());
        } catch (IOException e) {
            if (lines.timedOut()) {
                return new Failure(FailureKind.TIMEOUT, vendor + " went silent for more than "
                        + seconds(limits) + " in the middle of its answer");
            }
            return new Failure(FailureKind.UNREACHABLE, "the connection to " + vendor + " broke in the middle of its answer");
        }
    }

    static String seconds(HttpLimits limits) {
        long s = limits.timeout().toSeconds();
        return s > 0 ? s + " s" : limits.timeout().toMillis() + " ms";
    }

    static Failure malformed(String vendor, String what) {
        return new Failure(FailureKind.MALFORMED, vendor + " sent a stream Mycel cannot read (" + what + ")");
    }

    /** Parses one JSON object; empty when the text is not one. */
    static Optional<ObjectNode> object(String text) {
        try {
            JsonNode n = JSON.readTree(text);
            return n instanceof ObjectNode o ? Optional.of(o) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** Tool arguments assembled from fragments: empty text means no arguments. */
    static Optional<ObjectNode> arguments(String text) {
        return text.isBlank() ? Optional.of(JSON.createObjectNode()) : object(text);
    }

    /** {@code base} plus an API path, keeping any path prefix of the base (a proxy's). */
    static URI endpoint(URI base, String path) {
        String b = base.toString();
        while (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        return URI.create(b + path);
    }

    static String body(ObjectNode json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain JSON nodes always serialises", e);
        }
    }
}
