package dev.mycel.policy;

import java.util.Optional;

/**
 * What a shell word means once the shell has removed its quotes: the literal text when it
 * has no expansion in it, and a "shown" text in which expansions stay as written
 * ({@code $HOME/.ssh}), for matching paths that a variable begins.
 */
final class ShellText {

    private ShellText() {
    }

    /** The word's text after quote removal, or empty when any part is only known at run time. */
    static Optional<String> literal(SyntaxNode n) {
        StringBuilder out = new StringBuilder();
        return append(n, out, false) ? Optional.of(out.toString()) : Optional.empty();
    }

    /** Quotes removed, expansions kept as their source text. */
    static String shown(SyntaxNode n) {
        StringBuilder out = new StringBuilder();
        append(n, out, true);
        return out.toString();
    }

    /** Quotes, backslashes or $'…' inside a bare word: the classic way to hide a command name. */
    static boolean quotedInside(SyntaxNode n) {
        return switch (n.type()) {
            case "word" -> n.text().indexOf('\\') >= 0;
            case "concatenation" -> n.namedChildren().stream().anyMatch(c -> !c.is("word") || quotedInside(c));
            case "ansi_c_string" -> true;
            default -> false;
        };
    }

    private static boolean append(SyntaxNode n, StringBuilder out, boolean keepExpansions) {
        switch (n.type()) {
            case "word", "number", "command_name" -> {
                if (n.is("command_name")) {
                    return n.namedChildren().stream().allMatch(c -> append(c, out, keepExpansions));
                }
                out.append(unescapeWord(n.text()));
                return true;
            }
            case "raw_string" -> {
                String t = n.text();
                out.append(t, 1, Math.max(1, t.length() - 1));
                return true;
            }
            case "ansi_c_string" -> {
                String t = n.text();
                out.append(EscapedText.of(t.substring(2, Math.max(2, t.length() - 1))).decoded());
                return true;
            }
            case "string" -> {
                boolean literal = true;
                for (SyntaxNode c : n.namedChildren()) {
                    if (c.is("string_content")) {
                        out.append(unescapeDoubleQuoted(c.text()));
                    } else {
                        literal &= append(c, out, keepExpansions);
                    }
                }
                return literal;
            }
            case "concatenation" -> {
                boolean literal = true;
                for (SyntaxNode c : n.namedChildren()) {
                    literal &= append(c, out, keepExpansions);
                }
                return literal;
            }
            default -> {
                if (keepExpansions) {
                    out.append(n.text());
                }
                return false;
            }
        }
    }

    private static String unescapeWord(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                c = s.charAt(++i);
                if (c == '\n') {
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String unescapeDoubleQuoted(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && "$`\"\\\n".indexOf(s.charAt(i + 1)) >= 0) {
                c = s.charAt(++i);
                if (c == '\n') {
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
