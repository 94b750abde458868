package dev.mycel.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the text assigned to a secret-named key is a secret literal, or something else that
 * sits in the same place: a null or type name, a reference to where the secret really is
 * ({@code ${X}}, <code>{{ x }}</code>, {@code vault:…}), a mask, a path, a sentence, or code
 * that only moves a secret around ({@code self.password}, {@code "Basic %s" % auth}).
 */
final class SecretValues {
    static final Set<String> NOT_VALUES = Set.of("null", "none", "nil", "true", "false", "undefined",
            "required", "optional", "string", "str", "int", "bool", "boolean", "number", "object", "any", "bytes",
            "secretstr", "char", "text", "varchar", "n/a", "na", "tbd", "todo", "redacted", "hidden", "empty",
            "masked", "omitted", "removed", "placeholder", "env", "default", "yes", "no", "on", "off",
            "pass", "return", "continue", "break", "raise", "same-origin", "include", "omit", "same_origin");

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");
    private static final Pattern LOWER_WORD = Pattern.compile("[a-z_]+");
    private static final Pattern PROPERTY = Pattern.compile("[A-Za-z_$]+(?:\\.[A-Za-z_$]+)+");
    /** Concatenation ({@code " + x + "}), printf slots ({@code %s}), ABNF repetition ({@code 1*tchar}). */
    private static final Pattern TEMPLATE = Pattern.compile("[\"'] *\\+|%[a-z(]|\\d\\*");

    /** Key words whose values are generated, hence long: a three-letter "token" is a placeholder. */
    private static final Set<String> MACHINE_MADE = Set.of("token", "secret", "key", "apikey", "credential",
            "credentials", "authorization");

    private SecretValues() {
    }

    /** Values that are not secrets whatever their key says: nulls, references, masks, paths, prose, placeholders. */
    static boolean notASecret(String v, List<String> words) {
        String lv = v.toLowerCase(Locale.ROOT);
        if (NOT_VALUES.contains(lv) || reference(v) || masked(v) || v.startsWith("-----BEGIN")
                || v.length() < 3 && v.chars().allMatch(Character::isDigit)
                || SecretKeyNames.pathMeansDirectory(words) && (v.startsWith("/") || v.startsWith("~") || v.startsWith("."))
                || Restorer.isPlaceholder(v)) {
            return true;
        }
        return v.length() < 2 || sentence(v) || words.size() == 1 && words.getFirst().equals("pass") && v.contains(" ")
                || path(v) || v.length() < 6 && MACHINE_MADE.contains(words.getLast()); // token=abc is a test stub
    }

    /** Unquoted code, not a literal: {@code self.password}, {@code getenv("X")}, {@code password=password}. */
    static boolean expression(String s, ValueText v, List<String> words) {
        String text = v.text(s);
        char after = v.end() < s.length() ? s.charAt(v.end()) : '\0';
        if (after == '(' || after == '[') {
            return true;
        }
        int next = AssignmentSecretDetector.skipBlanks(s, v.end());
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

    /** A quoted template that code fills in: {@code '{0}:{1}'.format(…)}, {@code "Basic %s" % auth}, {@code "a" + b}. */
    static boolean builtUp(String s, ValueText v) {
        int after = AssignmentSecretDetector.skipBlanks(s, v.end() + 1);
        if (v.end() + 1 < s.length() && s.charAt(v.end() + 1) == '.') {
            return true;
        }
        return after < s.length() && (s.charAt(after) == '%' || s.charAt(after) == '+');
    }

    /** {@code self.passwd = password_mgr}: an attribute of an object set from a variable is code, not config. */
    static boolean codeVariable(String s, int keyStart, ValueText v) {
        return (s.startsWith("self.", keyStart) || s.startsWith("this.", keyStart)) && IDENTIFIER.matcher(v.text(s)).matches();
    }

    /** An unquoted word followed on the same line by more lower-case words. */
    static boolean prose(String s, ValueText v) {
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
        return v.startsWith("$") || v.startsWith("*") || v.strip().startsWith("+") || TEMPLATE.matcher(v).lookingAt()
                || v.startsWith("{{") || v.startsWith("${") || v.startsWith("%(") || v.startsWith("<")
                || v.startsWith("#{") || v.startsWith("@") && v.length() > 1 && Character.isUpperCase(v.charAt(1))
                || v.startsWith("!") && v.contains("Ref") || v.startsWith("ENC[") || v.startsWith("vault:");
    }

    private static boolean masked(String v) {
        return v.chars().allMatch(c -> c == '*' || c == 'x' || c == 'X' || c == '•' || c == '.' || c == '#' || c == '-');
    }
}
