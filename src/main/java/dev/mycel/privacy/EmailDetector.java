package dev.mycel.privacy;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses: a local part, {@code @}, and a dotted domain ending in an alphabetic TLD.
 * It grows each match outwards from the {@code @}, which is cheaper than a regex anchored
 * nowhere. Not addresses: {@code user:pass@host} inside URLs (the password is its own finding),
 * {@code name@2x.png} asset names, {@code pkg@1.2.3} versions, {@code @scope/pkg} names.
 * Also finds the common obfuscations {@code jane [at] example [dot] com}.
 */
final class EmailDetector implements Detector {
    /** File extensions that look like TLDs after an {@code @} in asset and package names. */
    private static final Set<String> NOT_TLDS = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "bmp",
            "css", "js", "mjs", "ts", "tsx", "jsx", "py", "rb", "go", "rs", "java", "kt", "class", "jar", "json",
            "xml", "yml", "yaml", "toml", "md", "txt", "html", "htm", "pdf", "zip", "gz", "tgz", "tar", "lock",
            "sh", "bat", "exe", "dll", "so", "log", "csv", "ini", "cfg", "conf", "map", "wasm", "vue", "scss");
    private static final Pattern OBFUSCATED = Pattern.compile(
            "(?<![\\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}\\s?[\\[({]at[\\])}]\\s?[A-Za-z0-9-]{1,63}"
                    + "(?:\\s?(?:[\\[({]dot[\\])}]|\\.)\\s?[A-Za-z0-9-]{1,63}){1,4}(?![\\w-])",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void find(Scanned text, List<Span> out) {
        String s = text.raw();
        for (int at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
            int start = localStart(s, at);
            int end = domainEnd(s, at);
            if (start < at && end > at + 1 && plausible(s, start, at, end) && !inUrlUserInfo(s, start)
                    && !sshLogin(s, start, end)) {
                out.add(new Span(PiiType.EMAIL, start, end));
            }
        }
        if (text.hits("at]").length + text.hits("at)").length + text.hits("at}").length > 0) {
            Matcher m = OBFUSCATED.matcher(s);
            while (m.find()) {
                out.add(new Span(PiiType.EMAIL, m.start(), m.end()));
            }
        }
    }

    @Override
    public Set<String> keywords() {
        return Set.of("at]", "at)", "at}");
    }

    private static int localStart(String s, int at) {
        int i = at;
        while (i > 0 && at - i < 64 && isLocal(s.charAt(i - 1))) {
            i--;
        }
        while (i < at && (s.charAt(i) == '.' || s.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    private static int domainEnd(String s, int at) {
        int i = at + 1;
        while (i < s.length() && i - at < 255 && isDomain(s.charAt(i))) {
            i++;
        }
        while (i > at + 1 && (s.charAt(i - 1) == '.' || s.charAt(i - 1) == '-')) {
            i--;
        }
        return i;
    }

    private static boolean plausible(String s, int start, int at, int end) {
        if (start > 0 && Character.isLetterOrDigit(s.charAt(start - 1))) {
            return false; // the local part ran into non-ASCII letters: not an address we can bound
        }
        if (s.charAt(at - 1) == '.' || s.charAt(at + 1) == '.' || s.charAt(at + 1) == '-') {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            if (s.charAt(i) == '.' && s.charAt(i - 1) == '.') {
                return false;
            }
        }
        int lastDot = Scanned.lastIndexOf(s, '.', at, end);
        if (lastDot <= at + 1) {
            return false;
        }
        String tld = s.substring(lastDot + 1, end);
        if (tld.length() < 2 || tld.length() > 24 || NOT_TLDS.contains(tld.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int i = 0; i < tld.length(); i++) {
            if (!Character.isLetter(tld.charAt(i))) {
                return false;
            }
        }
        return end >= s.length() || s.charAt(end) != '@';
    }

    /** {@code scheme://user:pass@host}: the part before {@code @} is credentials in a URL's authority, not a mailbox. */
    private static boolean inUrlUserInfo(String s, int start) {
        int i = start;
        while (i > 0 && start - i < 300 && !Character.isWhitespace(s.charAt(i - 1)) && s.charAt(i - 1) != '"'
                && s.charAt(i - 1) != '\'' && s.charAt(i - 1) != '<') {
            i--;
        }
        int scheme = start - 3;
        while (scheme >= i && !s.startsWith("://", scheme)) {
            scheme--;
        }
        if (scheme < i) {
            return false;
        }
        for (int k = scheme + 3; k < start; k++) {
            char c = s.charAt(k);
            if (c == '/' || c == '?' || c == '#') {
                return false; // the @ is in the path or query: ?to=jane@example.com is an address
            }
        }
        return true;
    }

    /** {@code git@github.com:org/repo.git}: the shared SSH account of a code host, not anyone's mailbox. */
    private static boolean sshLogin(String s, int start, int end) {
        return s.startsWith("git@", start) && end < s.length() && s.charAt(end) == ':';
    }

    private static boolean isLocal(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomain(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }
}
