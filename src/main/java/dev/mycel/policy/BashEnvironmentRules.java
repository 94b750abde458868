package dev.mycel.policy;

import java.util.Optional;
import java.util.Set;

/** Rules on variables: the ones that change which program runs, the ones that hide history, and $IFS tricks. */
final class BashEnvironmentRules {

    /** Variables that make other programs load or run code of the script's choosing. */
    private static final Set<String> HIJACKERS = Set.of("LD_PRELOAD", "LD_AUDIT", "BASH_ENV", "ENV", "PROMPT_COMMAND",
            "PERL5OPT", "PYTHONSTARTUP", "NODE_OPTIONS", "GIT_SSH_COMMAND", "GIT_EXEC_PATH", "DYLD_INSERT_LIBRARIES");
    private static final Set<String> HISTORY = Set.of("HISTFILE", "HISTSIZE", "HISTFILESIZE", "HISTCONTROL", "HISTIGNORE");

    private BashEnvironmentRules() {
    }

    static void assignment(SyntaxNode n, Findings out, BashScope scope) {
        Optional<String> name = n.child("name").map(SyntaxNode::text);
        if (name.isEmpty()) {
            return;
        }
        String value = n.child("value").map(ShellText::shown).orElse("");
        switch (name.get()) {
            case "PATH" -> {
                String first = value.split(":", -1)[0];
                boolean system = first.startsWith("/usr") || first.startsWith("/bin") || first.startsWith("/sbin")
                        || first.startsWith("/opt") || first.equals("$PATH") || first.equals("${PATH}");
                boolean home = first.startsWith("$HOME/") || first.startsWith("${HOME}/") || first.startsWith("~/");
                if (!system && !home || SensitivePaths.isTemporary(first) || first.contains("..")) {
                    out.add(Rule.SHADOWED_COMMAND, n, "PATH starts with " + (first.isEmpty() ? "the current directory" : first));
                }
            }
            case String v when HIJACKERS.contains(v) -> out.add(Rule.SHADOWED_COMMAND, n);
            case String v when HISTORY.contains(v) && hidesHistory(v, value) -> out.add(Rule.ANTI_FORENSICS, n);
            default -> {
            }
        }
    }

    private static boolean hidesHistory(String variable, String value) {
        return switch (variable) {
            case "HISTFILE" -> true;
            case "HISTSIZE", "HISTFILESIZE" -> value.equals("0") || value.isEmpty();
            case "HISTCONTROL" -> value.contains("ignorespace") || value.contains("ignoreboth");
            default -> value.equals("*");
        };
    }

    static void unset(SyntaxNode n, Findings out) {
        if (n.namedChildren().stream().anyMatch(c -> HISTORY.contains(ShellText.shown(c)))) {
            out.add(Rule.ANTI_FORENSICS, n);
        }
    }

    /**
     * {@code ${IFS}} glued to other text separates words without a space, which is how
     * {@code cat${IFS}/etc/shadow} slips past a reader; standing alone it is ordinary.
     */
    static void expansion(SyntaxNode n, Findings out) {
        boolean ifs = BashScope.plainVariable(n).filter("IFS"::equals).isPresent()
                || n.is("expansion") && n.namedChildren().stream().anyMatch(c -> c.is("variable_name") && c.text().equals("IFS"));
        if (!ifs) {
            return;
        }
        boolean glued = n.parent().map(p -> p.is("concatenation") || p.is("command_name")).orElse(false);
        if (glued) {
            out.add(Rule.DISGUISED_COMMAND, n, "$IFS used as a space");
        }
    }
}
