package dev.mycel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Answers {@code action.pending}: asks on the terminal when there is one; without a terminal
 * it declines, unless {@code --yes} was given, which approves once each action whose risk is
 * below critical. Nothing approves critical-risk actions but a person at a terminal, and
 * nothing can approve what the policy denied (those never reach this prompt).
 */
final class ConfirmationPrompt {
    /** Reads one answer from the person at the terminal; null or blank means no. */
    @FunctionalInterface
    interface Asker {
        String ask(String question);
    }

    private final boolean yes;
    private final Asker asker;
    private final PrintStream err = System.err;

    /** Asks on {@link System#console()} when it is a real terminal (since JDK 22 it may exist without one). */
    ConfirmationPrompt(boolean yes) {
        this(yes, terminalConsole());
    }

    /** {@code asker} null: there is no terminal; the interactive chat passes its line reader. */
    ConfirmationPrompt(boolean yes, Asker asker) {
        this.yes = yes;
        this.asker = asker;
    }

    private static Asker terminalConsole() {
        Console console = System.console();
        return console != null && console.isTerminal() ? console::readLine : null;
    }

    void onNotification(RuntimeClient client, String method, JsonNode params) {
        if (!"action.pending".equals(method)) {
            return;
        }
        String answer = decide(params);
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        p.put("actionId", params.path("actionId").asText());
        p.put("approve", !answer.equals("no"));
        p.put("scope", answer.equals("session") ? "session" : "once");
        try {
            client.sendRequest("action.confirm", p);
        } catch (IOException e) {
            err.println("mycel: could not answer the confirmation: " + e.getMessage());
        }
    }

    private String decide(JsonNode pending) {
        show(pending);
        String risk = pending.path("risk").asText();
        if (asker == null) {
            if (yes && !risk.equals("critical")) {
                err.println("mycel: approved once by --yes");
                return "once";
            }
            err.println("mycel: declined: no terminal to ask on" + (risk.equals("critical")
                    ? " (critical risk needs a person at a terminal)" : "; pass --yes to approve non-critical actions"));
            return "no";
        }
        boolean scopable = pending.path("scopable").asBoolean(false) && !risk.equals("critical");
        String question = scopable ? "Allow? [y]es once, [s]ession (same kind of action, this session), [N]o: "
                : "Allow? [y]es once, [N]o: ";
        String line = asker.ask(question);
        String a = line == null ? "" : line.strip().toLowerCase(Locale.ROOT);
        if (a.equals("y") || a.equals("yes")) {
            return "once";
        }
        if (scopable && (a.equals("s") || a.equals("session"))) {
            return "session";
        }
        return "no";
    }

    private void show(JsonNode p) {
        err.println();
        err.println("Mycel wants to: " + p.path("summary").asText(p.path("action").path("kind").asText("do something")));
        err.println("  risk:   " + p.path("risk").asText());
        err.println("  reason: " + p.path("reason").asText());
        JsonNode code = p.path("action").path("code");
        if (code.isTextual()) {
            err.println("  code (" + p.path("action").path("language").asText() + "):");
            String[] lines = code.asText().split("\n", -1);
            for (int i = 0; i < lines.length && i < 40; i++) {
                err.printf("    %3d | %s%n", i + 1, lines[i]);
            }
            if (lines.length > 40) {
                err.println("    … " + (lines.length - 40) + " more lines");
            }
        }
        for (JsonNode f : p.path("findings")) {
            err.println("  line " + f.path("line").asInt() + ": " + f.path("message").asText() + " [" + f.path("rule").asText() + "]");
        }
    }
}
