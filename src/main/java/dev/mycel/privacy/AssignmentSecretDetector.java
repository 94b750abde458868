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
    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z_$][\\w$]*");
    private static final java.util.regex.Pattern LOWER_WORD = java.util.regex.Pattern.compile("[a-z_]+");
    private static final java.util.regex.Pattern PROPERTY = java.util.regex.Pattern.compile("[A-Za-z_$]+(?:\\.[A-Za-z_$]+)+");
    /** Concatenation ({@code " + x + "}), printf slots ({@code %s}), ABNF repetition ({@code 1*tchar}). */
    private static final java.util.regex.Pattern TEMPLATE = java.util.regex.Pattern.compile("[\"'] *\\+|%[a-z(]|\\d\\*");
    /** Secret words that people tell in a sentence. */
    private static final Set<String> TOLD = Set.of("password", "passwd", "passcode", "pin", "passphrase", "pwd");
    /** Command-line flags that take {@code user:password}. */
    private static final String[] USER_FLAGS = {"-u ", "--user ", "--user="};
    private static final Set<String> NOT_VALUES = Set.of("null", "none", "nil", "true", "false", "undefined",
            "required", "optional", "string", "str", "int", "bool", "boolean", "number", "object", "any", "bytes",
            "secretstr", "char", "text", "varchar", "n/a", "na", "tbd", "todo", "redacted", "hidden", "empty",
            "masked", "omitted", "removed", "placeholder", "env", "default", "yes", "no", "on", "off",
            "pass", "return", "continue", "break", "raise", "same-origin", "include", "omit", "same_origin");

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
        int colon = s.indexOf(':', v.start());
        if (colon > v.start() && colon < v.end() - 1) {
            add(s, colon + 1, v.end(), List.of("password"), v.quoted(), out);
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
            int close = s.indexOf("</", i + 1);
            int newline = s.indexOf('\n', i);
            if (close > i + 1 && close - i < 1000 && (newline < 0 || newline > close)) {
                add(s, i + 1, close, words, true, out);
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
        if (!v.quoted() && NOT_VALUES.contains(v.text(s).toLowerCase(Locale.ROOT))) {
            int eq = skipBlanks(s, v.end());
            if (eq < s.length() && s.charAt(eq) == '=' && !s.startsWith("==", eq)) {
                v = ValueText.at(s, skipBlanks(s, eq + 1)); // a type annotation first: password: str = "…"
                if (v == null) {
                    return;
                }
            }
        }
        if (!v.quoted() && op == 1 && s.charAt(blanks) == ':' && prose(s, v)) {
            return; // "a parse error is never a pass: it asks…" is a sentence, not a setting
        }
        if (v.quoted() ? builtUp(s, v) : expression(s, v, words) || codeVariable(s, keyStart, keyEnd, v)) {
            return;
        }
        add(s, v.start(), v.end(), words, v.quoted(), out);
    }

    private static void add(String s, int start, int end, List<String> words, boolean quoted, List<Span> out) {
        if (end <= start) {
            return;
        }
        String v = s.substring(start, end);
        String lv = v.toLowerCase(Locale.ROOT);
        if (NOT_VALUES.contains(lv) || reference(v) || masked(v) || v.startsWith("-----BEGIN") || v.length() < 3 && v.chars().allMatch(Character::isDigit)
                || SecretKeyNames.pathMeansDirectory(words) && (v.startsWith("/") || v.startsWith("~") || v.startsWith("."))
                || Restorer.isPlaceholder(v)) {
            return;
        }
        if (v.length() < 2 || sentence(v) || words.size() == 1 && words.getFirst().equals("pass") && v.contains(" ")
                || path(v)) {
            return;
        }
        out.add(new Span(PiiType.SECRET, start, end));
    }

    /** Unquoted code, not a literal: {@code self.password}, {@code getenv("X")}, {@code password=password}. */
    private static boolean expression(String s, ValueText v, List<String> words) {
        String text = v.text(s);
        char after = v.end() < s.length() ? s.charAt(v.end()) : '\0';
        if (after == '(' || after == '[') {
            return true;
        }
        int next = skipBlanks(s, v.end());
        if (next + 1 < s.length() && next > v.end() && "+-*/%|&?".indexOf(s.charAt(next)) >= 0 && s.charAt(next + 1) == ' ') {
            return true; // Token = Ignore + PlainToken
        }
        boolean identifier = IDENTIFIER.matcher(text).matches();
        boolean spacedEquals = v.start() >= 2 && s.charAt(v.start() - 1) == ' ' && s.charAt(v.start() - 2) == '=';
        if (spacedEquals && LOWER_WORD.matcher(text).matches()) {
            return true; // token = result, passwd = acct: code assigning a variable (KEY=value has no spaces)
        }
        if (identifier && (SecretKeyNames.words(text).contains(words.getLast()) || SecretKeyNames.secret(SecretKeyNames.words(text))
                || after == ',' || after == ')' || after == ';')) {
            return true;
        }
        return PROPERTY.matcher(text).matches(); // self.token, node.value: a property, not a literal
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
            add(s, i, end, words, false, out);
        }
    }

    /** {@code <input name="csrf_token" value="…">}: the secret is the tag's value attribute. */
    private static void attributeValue(String s, int keyEnd, List<String> words, List<Span> out) {
        int tagEnd = s.indexOf('>', keyEnd);
        int value = s.indexOf("value=\"", keyEnd);
        if (value > 0 && (tagEnd < 0 || value < tagEnd) && value - keyEnd < 200) {
            int close = s.indexOf('"', value + 7);
            if (close > value + 7) {
                add(s, value + 7, close, words, true, out);
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

    /** A quoted template that code fills in: {@code '{0}:{1}'.format(…)}, {@code "Basic %s" % auth}, {@code "a" + b}. */
    private static boolean builtUp(String s, ValueText v) {
        int after = skipBlanks(s, v.end() + 1);
        if (v.end() + 1 < s.length() && s.charAt(v.end() + 1) == '.') {
            return true;
        }
        return after < s.length() && (s.charAt(after) == '%' || s.charAt(after) == '+');
    }

    /** {@code self.passwd = password_mgr}: an attribute of an object set from a variable is code, not config. */
    private static boolean codeVariable(String s, int keyStart, int keyEnd, ValueText v) {
        return (s.startsWith("self.", keyStart) || s.startsWith("this.", keyStart)) && IDENTIFIER.matcher(v.text(s)).matches();
    }

    /** An unquoted word followed on the same line by more lower-case words. */
    private static boolean prose(String s, ValueText v) {
        for (int i = v.start(); i < v.end(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        int after = v.end();
        return after + 1 < s.length() && s.charAt(after) == ' ' && Character.isLowerCase(s.charAt(after + 1));
    }

    /** Documentation, not a value: {@code <passphrase>optional; leave empty if not used.</passphrase>}. */
    private static boolean sentence(String v) {
        return v.endsWith(".") && v.split(" ").length >= 3;
    }

    /** A file's location ({@code /path/to/private/key}, {@code ~/.ssh/id_rsa}): the secret is elsewhere. */
    private static boolean path(String v) {
        return !v.contains(" ") && (v.startsWith("/") && v.indexOf('/', 1) > 0 || v.startsWith("~/") || v.startsWith("./")
                || v.startsWith("../"));
    }

    private static boolean reference(String v) {
        return v.startsWith("$") || v.startsWith("*") || v.strip().startsWith("+") || TEMPLATE.matcher(v).lookingAt() || v.startsWith("{{") || v.startsWith("${") || v.startsWith("%(") || v.startsWith("<")
                || v.startsWith("#{") || v.startsWith("@") && v.length() > 1 && Character.isUpperCase(v.charAt(1))
                || v.startsWith("!") && v.contains("Ref") || v.startsWith("ENC[") || v.startsWith("vault:");
    }

    private static boolean masked(String v) {
        return v.chars().allMatch(c -> c == '*' || c == 'x' || c == 'X' || c == '•' || c == '.' || c == '#' || c == '-');
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
