package dev.mycel.privacy;

/**
 * The operator between a key and its value in the notations configs and code use:
 * {@code =}, {@code :}, {@code =>}, {@code :=}, {@code ?:} (TypeScript), or only blanks after a
 * command-line flag ({@code --password hunter2}). Comparisons ({@code ==}, {@code !=}) and
 * scope operators ({@code ::}) are not assignments.
 */
final class Assignment {
    private Assignment() {
    }

    /** The operator's length at {@code i} (0 for a flag followed by blanks), or -1 when there is none. */
    static int length(String s, int i, boolean flagWithBlanks) {
        if (i >= s.length()) {
            return -1;
        }
        char c = s.charAt(i);
        char next = i + 1 < s.length() ? s.charAt(i + 1) : '\0';
        return switch (c) {
            case '=' -> next == '>' ? 2 : next == '=' || next == '~' ? -1 : 1;
            case ':' -> next == '=' ? 2 : next == ':' ? -1 : 1;
            case '?' -> next == ':' || next == '=' ? 2 : -1;
            default -> flagWithBlanks && c != '\n' && c != '\r' ? 0 : -1;
        };
    }
}
