package dev.mycel.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sidecar {@code audit.head} beside {@code audit.log}: the seq and hash of the last entry
 * the log acknowledged, so that entries cut off the end of the log are noticed, which a hash
 * chain alone cannot see.
 *
 * <p>It is one fixed-width line, {@code <seq, 19 digits> <hash>\n}, overwritten in place after
 * each append. It is written after the entry is synced and is itself not synced each time:
 * it may lag the log (after a power loss) but never run ahead of it, so the verifier accepts
 * a head at or behind the log's end and flags one beyond it. Its first content is synced when
 * it is created, so a log with entries always has a readable head.
 */
final class HeadFile {
    private static final Pattern FORMAT = Pattern.compile("(\\d{19}) ([0-9a-f]{64})\n");
    private static final int SIZE = 19 + 1 + 64 + 1;

    /** What the head file holds. */
    sealed interface State {
        record Absent() implements State {
        }

        record Damaged(String why) implements State {
        }

        record Present(long seq, String hash) implements State {
        }
    }

    private HeadFile() {
    }

    static Path beside(Path log) {
        String name = log.getFileName().toString();
        String stem = name.endsWith(".log") ? name.substring(0, name.length() - 4) : name;
        return log.resolveSibling(stem + ".head");
    }

    static State read(Path head) throws IOException {
        if (!Files.exists(head, LinkOption.NOFOLLOW_LINKS)) {
            return new State.Absent();
        }
        PrivateFile.checkExisting(head);
        byte[] bytes = Files.readAllBytes(head);
        Matcher m = FORMAT.matcher(new String(bytes, StandardCharsets.US_ASCII));
        if (!m.matches()) {
            return new State.Damaged("audit.head is damaged (" + bytes.length + " bytes, expected " + SIZE + ")");
        }
        return new State.Present(Long.parseLong(m.group(1)), m.group(2));
    }

    static void write(FileChannel head, long seq, String hash) throws IOException {
        ByteBuffer content = ByteBuffer.wrap(String.format("%019d %s\n", seq, hash).getBytes(StandardCharsets.US_ASCII));
        while (content.hasRemaining()) {
            head.write(content, content.position());
        }
    }
}
