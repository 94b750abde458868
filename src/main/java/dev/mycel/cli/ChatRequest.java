package dev.mycel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.config.AiSettings.Mode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code chat} request on a connection: the reply's text is printed as it streams,
 * pending actions go to the confirmation prompt, and the result comes back. {@code ask} and
 * the interactive chat both send their lines through here, so they behave alike.
 */
final class ChatRequest {
    private final PrintStream out;
    private final ConfirmationPrompt prompt;
    private final boolean stream;
    private final StringBuilder streamed = new StringBuilder();

    /** {@code stream} false: deltas are not printed (for {@code --json}, where stdout is one document). */
    ChatRequest(PrintStream out, ConfirmationPrompt prompt, boolean stream) {
        this.out = out;
        this.prompt = prompt;
        this.stream = stream;
    }

    static ObjectNode params(String message, Mode provider, Path cwd) {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        p.put("message", message);
        if (provider != null) {
            p.put("provider", provider.wireName());
        }
        p.put("cwd", cwd.toAbsolutePath().toString());
        return p;
    }

    /** Sends the request and returns its result; the streamed text has been printed by then. */
    JsonNode send(RuntimeClient client, ObjectNode params) throws IOException {
        return client.call("chat", params, (method, p) -> {
            switch (method) {
                case "chat.delta" -> delta(p.path("text").asText());
                case "action.pending" -> prompt.onNotification(client, method, p);
                default -> { } // a notification this client has no use for
            }
        });
    }

    private void delta(String text) {
        streamed.append(text);
        if (stream) {
            out.print(text);
            out.flush();
        }
    }

    /** Ends the reply on its own line; prints the whole reply when nothing was streamed (a runtime may send it only at the end). */
    void finish(JsonNode result) {
        if (streamed.isEmpty()) {
            delta(result.path("reply").asText());
        }
        endLine();
    }

    /** Ends a line the streamed text left open, so what is printed next starts on its own line. */
    void endLine() {
        if (stream && !streamed.isEmpty() && streamed.charAt(streamed.length() - 1) != '\n') {
            out.println();
            streamed.append('\n');
        }
        out.flush();
    }

    /** One short line per action the model took, and per surface it made, for stderr. */
    static List<String> report(JsonNode result) {
        List<String> lines = new ArrayList<>();
        for (JsonNode a : result.path("actions")) {
            lines.add(actionLine(a));
        }
        for (JsonNode s : result.path("surfaces")) {
            lines.add("▸ surface \"" + s.path("title").asText().replaceAll("\\p{Cntrl}", " ") + "\" (" + s.path("bytes").asLong()
                    + " bytes) in the web UI; this link opens it once, within a minute: " + s.path("url").asText());
        }
        return lines;
    }

    static String actionLine(JsonNode a) {
        String summary = a.path("summary").asText("");
        String what = summary.isBlank() ? a.path("tool").asText("an action") : summary;
        String reason = a.path("reason").asText("");
        String why = reason.isBlank() ? "" : " (" + reason + ")";
        return switch (a.path("outcome").asText()) {
            case "ran" -> "✓ ran " + what + exit(a);
            case "done" -> "✓ done: " + what;
            case "refused" -> "✗ refused: " + (reason.isBlank() ? what : reason);
            case "declined" -> "✗ declined: " + what;
            case "failed" -> "✗ failed: " + what + exit(a) + why;
            case "invalid" -> "✗ invalid request from the model: " + (reason.isBlank() ? what : reason);
            default -> "• " + what + " (" + a.path("outcome").asText("no outcome") + ")";
        };
    }

    private static String exit(JsonNode a) {
        JsonNode code = a.path("exitCode");
        return code.isInt() && code.asInt() != 0 ? " (exit " + code.asInt() + ")" : "";
    }
}
