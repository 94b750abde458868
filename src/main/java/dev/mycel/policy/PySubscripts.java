package dev.mycel.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The value of {@code x[i]} and {@code x[a:b:c]} in python, including the reversing slice {@code [::-1]}. */
final class PySubscripts {

    /** Namespaces whose items are globals or builtins: {@code globals()["os"]} is the module os. */
    static final Set<String> NAMESPACES = Set.of("globals()", "locals()", "vars()", "builtins", "builtins.__dict__",
            "sys.modules");

    private PySubscripts() {
    }

    static CodeValue value(PyValues values, SyntaxNode n) {
        CodeValue object = values.of(n.child("value").orElse(null));
        List<SyntaxNode> subs = n.all("subscript");
        if (subs.size() != 1) {
            return CodeValue.derived(List.of(object));
        }
        SyntaxNode s = subs.getFirst();
        if (s.is("slice")) {
            return slice(values, object, s);
        }
        CodeValue key = values.of(s);
        if ("os.environ".equals(object.ref())) {
            return PyCallValues.environment(key, null, values);
        }
        if (key.known() && object.ref() != null && NAMESPACES.contains(object.ref())) {
            return CodeValue.ref(PyValues.qualified(key.text()));
        }
        List<CodeValue> out = new ArrayList<>();
        for (CodeValue c : object.cases()) {
            out.add(one(c, key));
        }
        return CodeValue.merge(out);
    }

    private static CodeValue one(CodeValue c, CodeValue key) {
        if (key.number() != null && (c.items() != null || c.known())) {
            return PyValues.item(c, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, key.number())));
        }
        if (c.entries() != null && key.known() && c.entries().containsKey(key.text())) {
            return c.entries().get(key.text());
        }
        if (c.entries() != null && key.alternatives() != null) {
            return CodeValue.merge(key.cases().stream().map(k -> k.known() && c.entries().containsKey(k.text())
                    ? c.entries().get(k.text()) : CodeValue.derived(List.of(c))).toList());
        }
        return CodeValue.derived(List.of(c, key));
    }

    private static CodeValue slice(PyValues values, CodeValue object, SyntaxNode s) {
        Long[] bounds = new Long[3];
        boolean[] unknown = {false};
        int part = 0;
        for (SyntaxNode c : s.children()) {
            if (!c.named() && c.text().equals(":")) {
                part++;
            } else if (c.named() && part < 3) {
                CodeValue v = values.of(c);
                bounds[part] = v.number();
                unknown[0] |= v.number() == null;
            }
        }
        if (unknown[0]) {
            return CodeValue.derived(List.of(object));
        }
        List<CodeValue> out = new ArrayList<>();
        for (CodeValue c : object.cases()) {
            out.add(sliceOne(c, bounds));
        }
        return CodeValue.merge(out);
    }

    private static CodeValue sliceOne(CodeValue c, Long[] b) {
        int size = c.known() ? c.text().length() : c.items() != null ? c.items().size() : -1;
        long step = b[2] == null ? 1 : b[2];
        if (size < 0 || step == 0) {
            return CodeValue.derived(List.of(c));
        }
        List<Integer> picked = indices(size, b[0], b[1], step);
        if (c.known()) {
            StringBuilder t = new StringBuilder();
            picked.forEach(i -> t.append(c.text().charAt(i)));
            return c.withText(t.toString());
        }
        return CodeValue.sequence(picked.stream().map(i -> c.items().get(i)).toList());
    }

    /** Python's slice arithmetic: negative bounds count from the end, a negative step walks back. */
    private static List<Integer> indices(int size, Long start, Long stop, long step) {
        long lo = step > 0 ? 0 : -1;
        long hi = step > 0 ? size : size - 1;
        long from = start == null ? (step > 0 ? lo : hi) : clamp(start < 0 ? start + size : start, lo, hi);
        long to = stop == null ? (step > 0 ? hi : lo) : clamp(stop < 0 ? stop + size : stop, lo, hi);
        List<Integer> out = new ArrayList<>();
        for (long i = from; step > 0 ? i < to : i > to; i += step) {
            out.add((int) i);
        }
        return out;
    }

    private static long clamp(long v, long lo, long hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
