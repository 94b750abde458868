package dev.mycel.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Python's string methods and the builtins that turn numbers into text, applied to constants,
 * so that names spelled backwards, joined from letters or written as character codes are seen
 * for what they spell. The pieces of the result stay those of the source, which is how the
 * rules know the name was never written out.
 */
final class PyStrings {

    private static final Set<String> HIDING_CODECS = Set.of("base64", "hex", "rot13", "rot_13", "zlib", "bz2", "uu",
            "quopri", "punycode", "unicode_escape", "raw_unicode_escape", "idna");

    private PyStrings() {
    }

    /** The result of {@code object.method(args)} when object is a string, or null when not a string method. */
    static CodeValue method(CodeValue object, String method, PyCallValues.Args a) {
        if (object.ref() != null) {
            return null; // a module function such as shlex.join, not a string method
        }
        if (object.template() == null && object.items() == null) {
            return method.equals("join") || method.equals("decode") || method.equals("translate") ? derivedFrom(object, a, method) : null;
        }
        return switch (method) {
            case "join" -> join(object, a.at(0));
            case "upper", "lower", "strip", "lstrip", "rstrip", "title", "capitalize", "swapcase", "casefold" ->
                    cased(object, method, a);
            case "replace" -> replace(object, a.at(0), a.at(1));
            case "format" -> PyCallValues.format(object, a);
            case "encode" -> object;
            case "decode" -> decode(object, a.named("encoding", 0));
            case "split" -> split(object, a);
            case "removeprefix", "removesuffix" -> remove(object, method, a.at(0));
            case "translate" -> CodeValue.derived(List.of(object)).withTaint(CodeValue.Taint.DECODED);
            default -> null;
        };
    }

    private static CodeValue derivedFrom(CodeValue object, PyCallValues.Args a, String method) {
        CodeValue v = CodeValue.result(List.of(object)).absorb(CodeValue.derived(a.all()));
        if (method.equals("translate") || method.equals("decode") && a.at(0).known()
                && HIDING_CODECS.contains(a.at(0).text().toLowerCase(Locale.ROOT))) {
            return v.withTaint(CodeValue.Taint.DECODED);
        }
        return v;
    }

    private static CodeValue join(CodeValue separator, CodeValue iterable) {
        List<CodeValue> out = new ArrayList<>();
        for (CodeValue it : iterable.cases()) {
            if (it.items() != null) {
                CodeValue acc = null;
                for (CodeValue item : it.items()) {
                    acc = acc == null ? item : CodeValue.concat(CodeValue.concat(acc, separator), item);
                }
                out.add(acc == null ? CodeValue.literal("", false) : acc);
            } else if (it.known() && separator.known()) {
                out.add(it.withText(String.join(separator.text(), it.text().split(""))));
            } else {
                out.add(CodeValue.derived(List.of(it, separator)));
            }
        }
        return CodeValue.merge(out);
    }

    private static CodeValue cased(CodeValue s, String method, PyCallValues.Args a) {
        if (!s.known() || !a.positional().isEmpty() && !method.contains("strip")) {
            return CodeValue.derived(List.of(s));
        }
        String t = s.text();
        String r = switch (method) {
            case "upper" -> t.toUpperCase(Locale.ROOT);
            case "lower", "casefold" -> t.toLowerCase(Locale.ROOT);
            case "strip" -> a.positional().isEmpty() ? t.strip() : strip(t, a.at(0).text(), true, true);
            case "lstrip" -> a.positional().isEmpty() ? t.stripLeading() : strip(t, a.at(0).text(), true, false);
            case "rstrip" -> a.positional().isEmpty() ? t.stripTrailing() : strip(t, a.at(0).text(), false, true);
            case "swapcase" -> swapcase(t);
            case "capitalize" -> t.isEmpty() ? t : t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1).toLowerCase(Locale.ROOT);
            default -> null;
        };
        return r == null ? CodeValue.derived(List.of(s)) : s.withText(r);
    }

    private static String strip(String t, String chars, boolean left, boolean right) {
        if (chars == null) {
            return null;
        }
        int from = 0;
        int to = t.length();
        while (left && from < to && chars.indexOf(t.charAt(from)) >= 0) {
            from++;
        }
        while (right && to > from && chars.indexOf(t.charAt(to - 1)) >= 0) {
            to--;
        }
        return t.substring(from, to);
    }

    private static String swapcase(String t) {
        StringBuilder b = new StringBuilder(t.length());
        t.chars().forEach(c -> b.append((char) (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c))));
        return b.toString();
    }

    private static CodeValue replace(CodeValue s, CodeValue from, CodeValue to) {
        if (s.known() && from.known() && to.known() && !from.text().isEmpty()) {
            return s.withText(s.text().replace(from.text(), to.text())).absorb(to.withText(null));
        }
        return CodeValue.derived(List.of(s, from, to));
    }

    private static CodeValue decode(CodeValue s, CodeValue encoding) {
        if (encoding.known() && HIDING_CODECS.contains(encoding.text().toLowerCase(Locale.ROOT))) {
            return CodeValue.derived(List.of(s)).withTaint(CodeValue.Taint.DECODED);
        }
        return s;
    }

    private static CodeValue split(CodeValue s, PyCallValues.Args a) {
        CodeValue sep = a.at(0);
        if (!s.known() || !a.positional().isEmpty() && (!sep.known() || sep.text().isEmpty())) {
            return CodeValue.derived(List.of(s));
        }
        String[] pieces = a.positional().isEmpty() ? s.text().strip().split("\\s+")
                : s.text().split(java.util.regex.Pattern.quote(sep.text()), -1);
        if (pieces.length > 256) {
            return CodeValue.derived(List.of(s));
        }
        List<CodeValue> items = new ArrayList<>();
        for (String p : pieces) {
            items.add(s.withText(p));
        }
        return CodeValue.sequence(items);
    }

    private static CodeValue remove(CodeValue s, String method, CodeValue affix) {
        if (!s.known() || !affix.known()) {
            return CodeValue.derived(List.of(s, affix));
        }
        String t = s.text();
        String f = affix.text();
        if (method.equals("removeprefix") && t.startsWith(f)) {
            return s.withText(t.substring(f.length()));
        }
        return s.withText(method.equals("removesuffix") && t.endsWith(f) ? t.substring(0, t.length() - f.length()) : t);
    }

    /** chr(115) is "s", a letter nobody wrote. */
    static CodeValue chr(CodeValue n) {
        List<CodeValue> out = new ArrayList<>();
        for (CodeValue c : n.cases()) {
            Long v = c.number();
            out.add(v != null && v >= 0 && v <= Character.MAX_CODE_POINT
                    ? CodeValue.computed(Character.toString(v.intValue())).absorb(c)
                    : CodeValue.derived(List.of(c)));
        }
        return CodeValue.merge(out);
    }

    /** bytes([105, 100]) is b"id"; str(x) and list(x) are x. */
    static CodeValue bytesOf(CodeValue v) {
        if (v.items() != null && !v.items().isEmpty() && v.items().stream().allMatch(i -> i.number() != null)) {
            StringBuilder b = new StringBuilder();
            for (CodeValue i : v.items()) {
                long n = i.number();
                if (n < 0 || n > 0x10ffff) {
                    return CodeValue.derived(List.of(v));
                }
                b.appendCodePoint((int) n);
            }
            return CodeValue.computed(b.toString()).absorb(CodeValue.derived(v.items()));
        }
        if (v.number() != null) {
            return CodeValue.computed(Long.toString(v.number()));
        }
        return v;
    }

    static CodeValue reversed(CodeValue v) {
        List<CodeValue> out = new ArrayList<>();
        for (CodeValue c : v.cases()) {
            if (c.known()) {
                out.add(c.withText(new StringBuilder(c.text()).reverse().toString()));
            } else if (c.items() != null) {
                out.add(CodeValue.sequence(c.items().reversed()));
            } else {
                out.add(CodeValue.derived(List.of(c)));
            }
        }
        return CodeValue.merge(out);
    }
}
