package dev.mycel.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Secrets by what they are called: the value assigned to a key that names a secret, in the
 * forms configs and code use — {@code DB_PASSWORD=…}, {@code export TOKEN="…"},
 * {@code password = …} (ini), {@code client_secret: …} (YAML), {@code "apiKey": "…"} (JSON),
 * {@code --password …}, {@code <password>…</password>}. Only the value is the finding; the key
 * stays so the model still knows what was there. Values that are not literals are skipped:
 * references ({@code ${X}}, {@code $X}, <code>{{ x }}</code>), expressions
 * ({@code self.password}, {@code getenv(…)}, {@code password=password}), type names and nulls.
 */
final class AssignmentSecretDetector implements Detector {
    private static final String[] TRIGGERS = {"pass", "pwd", "pw", "secret", "token", "key", "credential", "pin",
        "authorization"};
    /** Secret words that people tell in a sentence. */
    private static final Set<String> TOLD = Set.of("password", "passwd", "passcode", "pin", "passphrase", "pwd");
    /** Command-line flags that take {@code user:password}. */
    private static final String[] USER_FLAGS = {"-u ", "--user ", "--user="};
    @Override
    public void find(Scanned text, List<Span> out) {
        for (String trigger : TRIGGERS) {
            int resume = 0;
            for (int at : text.hits(trigger)) {
                if (at < resume) {
                    continue;
                }
                int keyStart = keyStart(text.raw(), at);
                int keyEnd = keyEnd(text.raw(), at + trigger.length());
                if (keyEnd - keyStart <= 80 && SecretKeyNames.mayEndSecret(text.lower(), keyEnd)) {
                    List<String> words = SecretKeyNames.words(text.raw().substring(keyStart, keyEnd));
                    if (SecretKeyNames.secret(words)) {
                        value(text.raw(), keyStart, keyEnd, words, out);
                    }
                }
                resume = keyEnd;
            }
        }
        for (String flag : USER_FLAGS) {
            for (int at : text.hits(flag)) {
                userColonPassword(text.raw(), at, flag.length(), out);
            }
        }
    }

    @Override
    public Set<String> keywords() {
        Set<String> all = new java.util.HashSet<>(Set.of(TRIGGERS));
        all.addAll(Set.of(USER_FLAGS));
        return all;
    }

    /** {@code curl -u admin:s3cret} and {@code --user=admin:s3cret}: the part after the colon. */
    private static void userColonPassword(String s, int at, int flagLength, List<Span> out) {
        if (at > 0 && !Character.isWhitespace(s.charAt(at - 1))) {
            return;
        }
        ValueText v = ValueText.at(s, at + flagLength);
        if (v == null) {
            return;
        }
        int colon = Scanned.indexOf(s, ':', v.start(), v.end());
        if (colon > v.start() && colon < v.end() - 1) {
            add(s, colon + 1, v.end(), List.of("password"), out);
        }
    }

    private static void value(String s, int keyStart, int keyEnd, List<String> words, List<Span> out) {
        char before = keyStart > 0 ? s.charAt(keyStart - 1) : '\0';
        if (notAKey(s, keyStart)) {
            return;
        }
        if (s.startsWith("name=\"", keyStart - 6) && s.startsWith("\"", keyEnd)) {
            attributeValue(s, keyEnd, words, out);
            return;
        }
        int i = keyEnd;
        if (before == '<' && i < s.length() && s.charAt(i) == '>') {
            int close = Scanned.indexOf(s, "</", i + 1, i + 1000);
            int newline = Scanned.indexOf(s, '\n', i, i + 1000);
            if (close > i + 1 && close - i < 1000 && (newline < 0 || newline > close)) {
                add(s, i + 1, close, words, out);
            }
            return;
        }
        i = s.startsWith("\\\"", i) ? i + 2 : i;
        i = i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '\'' || s.charAt(i) == ']') ? i + 1 : i;
        i = i < s.length() && s.charAt(i) == ']' ? i + 1 : i;
        int blanks = skipBlanks(s, i);
        int op = Assignment.length(s, blanks, blanks > i && s.startsWith("-", keyStart));
        if (op < 0) {
            told(s, keyEnd, words, out);
            return;
        }
        i = skipBlanks(s, blanks + op);
        if (words.getLast().equals("authorization")) {
            i = skipScheme(s, i);
        }
        ValueText v = ValueText.at(s, i);
        if (v == null) {
            return;
        }
        if (!v.quoted() && SecretValues.NOT_VALUES.contains(v.text(s).toLowerCase(Locale.ROOT))) {
            int eq = skipBlanks(s, v.end());
            if (eq < s.length() && s.charAt(eq) == '=' && !s.startsWith("==", eq)) {
                v = ValueText.at(s, skipBlanks(s, eq + 1)); // a type annotation first: password: str = "…"
                if (v == null) {
                    return;
                }
            }
        }
        if (!v.quoted() && op == 1 && s.charAt(blanks) == ':' && SecretValues.prose(s, v)) {
            return; // "a parse error is never a pass: it asks…" is a sentence, not a setting
        }
        if (v.quoted() ? SecretValues.builtUp(s, v) : SecretValues.expression(s, v, words)
                || SecretValues.codeVariable(s, keyStart, v)) {
            return;
        }
        add(s, v.start(), v.end(), words, out);
    }

    private static void add(String s, int start, int end, List<String> words, List<Span> out) {
        if (end > start && !SecretValues.notASecret(s.substring(start, end), words)) {
            out.add(new Span(PiiType.SECRET, start, end));
        }
    }

    /**
     * Said in a sentence: {@code my password is Tr0ub4dor&3}, {@code the PIN was 4921}. Only a value
     * that cannot be an ordinary word counts ("the password is incorrect" is not a password).
     */
    private static void told(String s, int keyEnd, List<String> words, List<Span> out) {
        if (!TOLD.contains(words.getLast())) {
            return;
        }
        int i = s.startsWith(" is ", keyEnd) ? keyEnd + 4 : s.startsWith(" was ", keyEnd) ? keyEnd + 5 : -1;
        if (i < 0) {
            return;
        }
        int end = i;
        while (end < s.length() && end - i < 200 && !Character.isWhitespace(s.charAt(end))) {
            end++;
        }
        while (end > i && ".,;!?:)\"'".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        String value = s.substring(i, end);
        if (value.length() >= 4 && !value.chars().allMatch(Character::isLetter) && !value.startsWith("\"")) {
            add(s, i, end, words, out);
        }
    }

    /** {@code <input name="csrf_token" value="…">}: the secret is the tag's value attribute. */
    private static void attributeValue(String s, int keyEnd, List<String> words, List<Span> out) {
        int tagEnd = Scanned.indexOf(s, '>', keyEnd, keyEnd + 200);
        int value = Scanned.indexOf(s, "value=\"", keyEnd, keyEnd + 200);
        if (value > 0 && (tagEnd < 0 || value < tagEnd) && value - keyEnd < 200) {
            int close = Scanned.indexOf(s, '"', value + 7, value + 1000);
            if (close > value + 7) {
                add(s, value + 7, close, words, out);
            }
        }
    }

    /** {@code ${PWD:0:1}} is a shell expansion and {@code ok ? 'PASS' : 'FAIL'} a ternary, not key and value. */
    private static boolean notAKey(String s, int keyStart) {
        int i = keyStart;
        while (i > 0 && (s.charAt(i - 1) == '\'' || s.charAt(i - 1) == '"')) {
            i--;
        }
        int quoted = i;
        while (i > 0 && s.charAt(i - 1) == ' ') {
            i--;
        }
        boolean ternary = i < quoted && i > 0 && s.charAt(i - 1) == '?'; // "?token=" starts a query string instead
        return ternary || i > 1 && s.charAt(i - 1) == '{' && s.charAt(i - 2) == '$';
    }

    private static int skipScheme(String s, int i) {
        for (String scheme : List.of("Basic ", "Bearer ", "Token ", "Digest ", "ApiKey ", "token ", "basic ", "bearer ")) {
            if (s.startsWith(scheme, i)) {
                return skipBlanks(s, i + scheme.length());
            }
        }
        return i;
    }

    private static int keyStart(String s, int at) {
        int i = at;
        while (i > 0 && at - i < 80 && keyChar(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int keyEnd(String s, int from) {
        int i = from;
        while (i < s.length() && i - from < 80 && keyChar(s.charAt(i))) {
            i++;
        }
        while (i > from && (s.charAt(i - 1) == '.' || s.charAt(i - 1) == '-')) {
            i--;
        }
        return i;
    }

    private static boolean keyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.';
    }

    static int skipBlanks(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
