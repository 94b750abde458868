package dev.mycel.privacy;

import java.util.List;

/**
 * Passwords in URLs: {@code scheme://user:password@host}. Only the password is the finding;
 * the user name and host stay readable. The userinfo ends at the last {@code @} before the
 * path, so a password containing {@code @} is still covered whole. Template references
 * ({@code ${DB_PASS}}, <code>{{ pass }}</code>, {@code $PASS}) are not passwords.
 */
final class UrlPasswordDetector implements Detector {

    @Override
    public void find(Scanned text, List<Span> out) {
        String s = text.raw();
        for (int at = s.indexOf("://"); at >= 0; at = s.indexOf("://", at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1))) {
                continue;
            }
            int from = at + 3;
            int authorityEnd = from;
            while (authorityEnd < s.length() && authorityEnd - from < 512 && inAuthority(s.charAt(authorityEnd))) {
                authorityEnd++;
            }
            int lastAt = Scanned.lastIndexOf(s, '@', from, authorityEnd);
            if (lastAt < from) {
                continue;
            }
            int colon = Scanned.indexOf(s, ':', from, lastAt);
            if (colon < 0 || colon >= lastAt - 1) {
                continue;
            }
            String password = s.substring(colon + 1, lastAt);
            if (!template(password)) {
                out.add(new Span(PiiType.URL_PASSWORD, colon + 1, lastAt));
            }
            at = authorityEnd - 3 > at ? authorityEnd - 3 : at;
        }
    }

    /** Characters a URL authority may hold, as people write it (the path, query and fragment end it). */
    private static boolean inAuthority(char c) {
        // '#' does not end it: compose files write postgres://u:Pa#ss@db unencoded, and a fragment has no '@'
        return c > ' ' && c != '/' && c != '?' && c != '"' && c != '\'' && c != '<' && c != '>'
                && c != '`' && c != '\\' && c != ')' && c != ']' && c != ',';
    }

    private static boolean template(String password) {
        return password.startsWith("$") || password.startsWith("{") || password.startsWith("%")
                || password.chars().allMatch(c -> c == '*' || c == 'x' || c == 'X');
    }
}
