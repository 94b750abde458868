package dev.mycel.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Javascript's string and array methods applied to constants, so that
 * {@code "lave".split("").reverse().join("")} is seen to spell eval, from pieces that never do.
 */
final class JsStrings {

    private JsStrings() {
    }

    /** The result of {@code object.method(args)} on a string or array constant, or null when it is neither. */
    static CodeValue method(CodeValue object, String method, List<CodeValue> args) {
        if (object.template() == null && object.items() == null) {
            return method.equals("toString") || method.equals("join") || method.equals("decode")
                    ? CodeValue.result(List.of(object)).absorb(CodeValue.derived(args)) : null;
        }
        CodeValue a = JsCallValues.at(args, 0);
        CodeValue b = JsCallValues.at(args, 1);
        return switch (method) {
            case "split" -> split(object, a, args.isEmpty());
            case "reverse" -> PyStrings.reversed(object);
            case "join" -> join(object, args.isEmpty() ? CodeValue.literal(",", false) : a);
            case "concat" -> concatAll(object, args);
            case "replace", "replaceAll" -> replace(object, a, b, method.equals("replaceAll"));
            case "toLowerCase", "toUpperCase", "trim", "trimStart", "trimEnd", "toString", "valueOf", "normalize" ->
                    cased(object, method);
            case "slice", "substring", "substr" -> slice(object, method, a, b, args.size());
            case "charAt", "at" -> a.number() == null ? CodeValue.derived(List.of(object))
                    : PyValues.item(object, (int) Math.max(-100000, Math.min(100000, a.number())));
            case "map", "filter", "flatMap", "sort", "repeat", "padStart", "padEnd", "flat" ->
                    CodeValue.derived(List.of(object)).absorb(CodeValue.derived(args));
            default -> null;
        };
    }

    private static CodeValue split(CodeValue s, CodeValue sep, boolean noSeparator) {
        if (!s.known() || noSeparator || !sep.known() || s.text().length() > 4096) {
            return CodeValue.derived(List.of(s, sep));
        }
        String[] pieces = sep.text().isEmpty() ? s.text().split("") : s.text().split(Pattern.quote(sep.text()), -1);
        List<CodeValue> items = new ArrayList<>();
        for (String p : pieces) {
            items.add(s.withText(p));
        }
        return CodeValue.sequence(items);
    }

    private static CodeValue join(CodeValue array, CodeValue separator) {
        List<CodeValue> out = new ArrayList<>();
        for (CodeValue c : array.cases()) {
            if (c.items() == null) {
                out.add(CodeValue.derived(List.of(c, separator)));
                continue;
            }
            CodeValue acc = null;
            for (CodeValue item : c.items()) {
                acc = acc == null ? item : CodeValue.concat(CodeValue.concat(acc, separator), item);
            }
            out.add(acc == null ? CodeValue.literal("", false) : acc);
        }
        return CodeValue.merge(out);
    }

    private static CodeValue concatAll(CodeValue s, List<CodeValue> args) {
        CodeValue out = s;
        for (CodeValue a : args) {
            out = CodeValue.concat(out, a);
        }
        return out;
    }

    private static CodeValue replace(CodeValue s, CodeValue from, CodeValue to, boolean all) {
        if (!s.known() || !to.known()) {
            return CodeValue.derived(List.of(s, from, to));
        }
        if (from.known() && !from.text().isEmpty()) {
            String r = all ? s.text().replace(from.text(), to.text()) : s.text().replaceFirst(Pattern.quote(from.text()),
                    java.util.regex.Matcher.quoteReplacement(to.text()));
            return s.withText(r).absorb(to.withText(null));
        }
        return CodeValue.derived(List.of(s, from, to));
    }

    /** s.replace(/x/g, "") with a regex literal, in java's reading of the pattern; null if it does not read. */
    static CodeValue replaceRegex(CodeValue s, String regexLiteral, CodeValue to) {
        int close = regexLiteral.lastIndexOf('/');
        if (!s.known() || !to.known() || close <= 0) {
            return null;
        }
        try {
            Pattern p = Pattern.compile(regexLiteral.substring(1, close));
            boolean global = regexLiteral.substring(close).contains("g");
            String replacement = java.util.regex.Matcher.quoteReplacement(to.text());
            String r = global ? p.matcher(s.text()).replaceAll(replacement) : p.matcher(s.text()).replaceFirst(replacement);
            return s.withText(r).absorb(to.withText(null));
        } catch (PatternSyntaxException | StackOverflowError e) {
            return null;
        }
    }

    private static CodeValue cased(CodeValue s, String method) {
        if (!s.known()) {
            return method.equals("toString") ? s : CodeValue.derived(List.of(s));
        }
        String t = s.text();
        return s.withText(switch (method) {
            case "toLowerCase" -> t.toLowerCase(Locale.ROOT);
            case "toUpperCase" -> t.toUpperCase(Locale.ROOT);
            case "trim" -> t.strip();
            case "trimStart" -> t.stripLeading();
            case "trimEnd" -> t.stripTrailing();
            default -> t;
        });
    }

    private static CodeValue slice(CodeValue s, String method, CodeValue a, CodeValue b, int count) {
        if (!s.known() || a.number() == null || count > 1 && b.number() == null) {
            return CodeValue.derived(List.of(s));
        }
        int len = s.text().length();
        long from = a.number();
        long to = count > 1 ? b.number() : len;
        if (method.equals("substr")) {
            from = from < 0 ? Math.max(0, len + from) : Math.min(from, len);
            to = count > 1 ? Math.min(len, from + Math.max(0, b.number())) : len;
        } else if (method.equals("slice")) {
            from = from < 0 ? Math.max(0, len + from) : Math.min(from, len);
            to = to < 0 ? Math.max(0, len + to) : Math.min(to, len);
        } else {
            from = Math.max(0, Math.min(from, len));
            to = Math.max(0, Math.min(to, len));
            if (from > to) {
                long t = from;
                from = to;
                to = t;
            }
        }
        return s.withText(from >= to ? "" : s.text().substring((int) from, (int) to));
    }

    /** String.fromCharCode(101, 118, 97, 108) is "eval", written as numbers. */
    static CodeValue fromCharCodes(List<CodeValue> args) {
        List<CodeValue> codes = args.size() == 1 && args.getFirst().items() != null ? args.getFirst().items() : args;
        StringBuilder b = new StringBuilder();
        for (CodeValue c : codes) {
            Long n = c.number();
            if (n == null || n < 0 || n > Character.MAX_CODE_POINT) {
                return CodeValue.derived(codes);
            }
            b.appendCodePoint(n.intValue());
        }
        return CodeValue.computed(b.toString()).absorb(CodeValue.derived(codes));
    }
}
