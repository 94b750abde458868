package dev.mycel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.mycel.config.AiSettings.Mode;
import dev.mycel.config.Places;
import dev.mycel.ipc.ErrorCode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Plain {@code mycel}: the chat in the terminal. Every line goes to {@code chat} on one
 * connection kept for the whole chat, because the runtime keeps a conversation's history per
 * session and each new connection authenticates into a new session; losing or dropping the
 * connection therefore starts a new conversation, and the user is told so. Errors are one line and the chat goes on.
 */
final class InteractiveChat {
    @FunctionalInterface
    private interface Exchange {
        void run(RuntimeClient client) throws IOException;
    }

    private final Places places;
    private final LineInput input;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private Mode provider; // null: the config's [ai] provider decides
    private RuntimeClient client;

    private InteractiveChat(Places places, LineInput input) {
        this.places = places;
        this.input = input;
    }

    static int run(Places places) {
        try (LineInput input = LineInput.open()) {
            return new InteractiveChat(places, input).loop();
        } catch (IOException e) {
            System.err.println("mycel: cannot read from the terminal: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private int loop() throws IOException {
        out.println("Mycel: say what you want. It is checked by policy, risky actions are asked about, code runs only in a sandbox.");
        request(c -> out.println(answering(c.call("status", null)) + " /help lists the commands, /ui opens the web UI, /exit or Ctrl-D leaves."));
        try {
            for (String line = input.read("you> "); line != null; line = input.read("you> ")) {
                if (!handle(ChatLine.parse(line))) {
                    break;
                }
            }
            return ExitCodes.OK;
        } finally {
            drop();
        }
    }

    /** False when the chat should end. */
    private boolean handle(ChatLine line) {
        switch (line) {
            case ChatLine.Message m -> request(c -> chat(c, m.text()));
            case ChatLine.Blank b -> { }
            case ChatLine.Help h -> out.println(ChatLine.HELP);
            case ChatLine.Exit e -> {
                return false;
            }
            case ChatLine.Status s -> request(c -> StatusCommand.print("", c.call("status", null)));
            case ChatLine.Approvals a -> request(this::approvals);
            case ChatLine.Ui u -> request(c -> UiCommand.show(c, places, true));
            case ChatLine.Revoke r -> request(c -> revoke(c, r.id()));
            case ChatLine.Provider p -> provider(p.choice());
            case ChatLine.Wrong w -> err.println("mycel: " + w.problem());
        }
        return true;
    }

    private void chat(RuntimeClient c, String message) throws IOException {
        ChatRequest turn = new ChatRequest(out, new ConfirmationPrompt(false, input.asker()), true);
        try {
            JsonNode result = turn.send(c, ChatRequest.params(message, provider, Path.of("")));
            turn.finish(result);
            ChatRequest.report(result).forEach(err::println);
        } finally {
            turn.endLine();
        }
    }

    private void approvals(RuntimeClient c) throws IOException {
        JsonNode list = c.call("approvals.list", null);
        if (list.isEmpty()) {
            out.println("No approvals for this session. Answering 's' to a confirmation adds one; they end with the session.");
        }
        for (JsonNode a : list) {
            out.println(a.path("id").asText() + "  " + a.path("description").asText() + " (" + a.path("kind").asText()
                    + " in " + a.path("directory").asText() + ", risk " + a.path("risk").asText() + ")");
        }
    }

    /** {@code id} null: every approval of this session. */
    private void revoke(RuntimeClient c, String id) throws IOException {
        if (id != null) {
            c.call("approvals.revoke", JsonNodeFactory.instance.objectNode().put("id", id));
            out.println("Revoked " + id + ".");
            return;
        }
        int n = 0;
        for (JsonNode a : c.call("approvals.list", null)) {
            c.call("approvals.revoke", JsonNodeFactory.instance.objectNode().put("id", a.path("id").asText()));
            n++;
        }
        out.println("Revoked " + n + (n == 1 ? " approval." : " approvals."));
    }

    private void provider(Mode choice) {
        if (choice != null) {
            provider = choice;
        }
        out.println(provider == null ? "Provider: the config's [ai] provider decides." : "Provider: " + provider.wireName() + ".");
    }

    /** One line on who answers, from {@code status}. */
    private String answering(JsonNode status) {
        JsonNode p = status.path("provider");
        String mode = provider != null ? provider.wireName() : p.path("mode").asText("auto");
        String configured = p.path("configured").asText("none");
        if (mode.equals("offline") || configured.equals("none")) {
            boolean engine = status.path("offline").path("enabled").asBoolean(false);
            return "No AI model answers (provider " + mode + ")" + (engine
                    ? "; Mycel's offline engine answers with its " + status.path("offline").path("patterns").asInt()
                    + " built-in patterns, and says how to configure a model for the rest."
                    : "; replies say how to configure one.");
        }
        return "Provider " + mode + ", configured: " + configured
                + (p.path("reachable").asBoolean() ? "." : " (none answered its last probe).");
    }

    /** Runs one exchange with the runtime; a failure becomes one line and the chat goes on. */
    private void request(Exchange body) {
        stopped.set(false);
        try {
            RuntimeClient c = connection();
            input.interruptible(() -> {
                stopped.set(true);
                c.close(); // unblocks the read that waits for the reply
            }, () -> {
                body.run(c);
                return null;
            });
        } catch (RuntimeClient.RpcException e) {
            err.println("mycel: " + e.getMessage());
            if (e.is(ErrorCode.NOT_AUTHENTICATED)) { // the runtime restarted under us, with a new token
                drop();
            }
        } catch (RuntimeClient.NotRunningException e) {
            err.println("mycel: " + e.getMessage());
        } catch (IOException e) {
            drop();
            err.println(stopped.get() ? "Stopped. The next line starts a new conversation."
                    : "mycel: lost the connection to the runtime (" + e.getMessage()
                    + "); the next line reconnects and starts a new conversation");
        }
    }

    private RuntimeClient connection() throws IOException {
        if (client == null) {
            Connected.ensureRunning(places); // it may have been stopped while we chatted
            client = RuntimeClient.open(places);
        }
        return client;
    }

    private void drop() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
