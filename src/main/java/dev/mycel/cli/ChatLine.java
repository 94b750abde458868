package dev.mycel.cli;

import dev.mycel.config.AiSettings.Mode;

/**
 * What one line typed into the interactive chat asks for: a message for the AI, or one of
 * the slash commands. Parsing is separate from doing, so the set of commands is one switch.
 */
sealed interface ChatLine {
    String HELP = """
            Type what you want; Mycel asks before anything risky happens. Commands:
              /help                              this list
              /status                            the runtime's version, provider and sandbox
              /ui                                a one-time link to the web UI (opened where a desktop browser exists)
              /provider auto|offline|local|cloud who answers the next lines (no argument: show it)
              /approvals                         the "yes for this session" answers given so far
              /revoke ID|all                     take one of them back, or all
              /exit                              leave (Ctrl-D too); Ctrl-C stops a reply that is streaming""";

    record Message(String text) implements ChatLine {
    }

    record Blank() implements ChatLine {
    }

    record Help() implements ChatLine {
    }

    record Exit() implements ChatLine {
    }

    record Status() implements ChatLine {
    }

    record Approvals() implements ChatLine {
    }

    record Ui() implements ChatLine {
    }

    /** {@code id} null means all of them. */
    record Revoke(String id) implements ChatLine {
    }

    /** {@code choice} null: show the current one. */
    record Provider(Mode choice) implements ChatLine {
    }

    /** A slash command that does not exist or is missing its argument; {@code problem} says which. */
    record Wrong(String problem) implements ChatLine {
    }

    static ChatLine parse(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return new Blank();
        }
        if (!text.startsWith("/")) {
            return new Message(text);
        }
        String[] parts = text.split("\\s+", 2);
        String arg = parts.length > 1 ? parts[1].strip() : "";
        return switch (parts[0]) {
            case "/help", "/?" -> new Help();
            case "/exit", "/quit" -> new Exit();
            case "/status" -> new Status();
            case "/approvals" -> new Approvals();
            case "/ui" -> new Ui();
            case "/revoke" -> arg.isEmpty() ? new Wrong("/revoke needs an approval id (see /approvals) or 'all'")
                    : new Revoke(arg.equals("all") ? null : arg);
            case "/provider" -> arg.isEmpty() ? new Provider(null)
                    : Mode.parse(arg).<ChatLine>map(Provider::new)
                    .orElse(new Wrong("/provider takes " + Mode.NAMES + ", not '" + arg + "'"));
            default -> new Wrong("unknown command " + parts[0] + "; /help lists the commands");
        };
    }
}
