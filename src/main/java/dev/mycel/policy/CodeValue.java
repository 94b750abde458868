package dev.mycel.policy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the python and javascript rules know about the value of an expression without running
 * it: the text when it is a constant, where it came from (decoded, downloaded, a socket), which
 * module or function it names, and the literal pieces it was built from.
 *
 * <p>The pieces matter as much as the text: {@code "sys" + "tem"} is the constant "system", but
 * no single piece of the source says "system", and that is what hiding a name looks like.
 *
 * @param text the whole string when it is known, else null
 * @param template the string with every unknown part written as {@link #HOLE}; null when not a string
 * @param parts the literal pieces of source text the value was built from, decoded
 * @param external some part comes from outside the code (input, files, parameters, unknown calls);
 *     false means it was computed from literals alone, even if the computation was not followed
 * @param escaped some literal piece spelled visible letters with escape codes
 * @param taints where the data came from
 * @param ref the qualified name of the module, function or object this value is ("os.system")
 * @param items the elements of a list, tuple or array literal, or null
 * @param entries the entries of a dict or object literal with constant keys, or null
 * @param number the value of an integer constant, or null
 * @param alternatives the concrete values a variable may hold when it is assigned several, or null
 * @param function the definition of a local function or lambda, or null
 */
record CodeValue(String text, String template, List<String> parts, boolean external, boolean escaped,
                 Set<Taint> taints, String ref, List<CodeValue> items, Map<String, CodeValue> entries,
                 Long number, List<CodeValue> alternatives, SyntaxNode function) {

    /** Where data came from; a taint reaching a sink says what the sink is really given. */
    enum Taint { DECODED, DOWNLOADED, SOCKET, TEMP, PATH, PROCESS }

    /** Stands for an unknown part of a string; a word that no shell, path or name contains. */
    static final String HOLE = "__HOLE__";
    private static final int MAX_ALTERNATIVES = 16;
    private static final int MAX_TEXT = 100_000;

    CodeValue {
        parts = List.copyOf(parts);
        taints = taints.isEmpty() ? Set.of() : Set.copyOf(taints);
    }

    static CodeValue unknown() {
        return new CodeValue(null, null, List.of(), true, false, Set.of(), null, null, null, null, null, null);
    }

    /** Computed from literals in a way the rules do not follow: no text, but nothing from outside either. */
    static CodeValue derived(List<CodeValue> from) {
        CodeValue v = unknown().withExternal(false);
        for (CodeValue f : from) {
            v = v.absorb(f);
        }
        return v;
    }

    /** Unknown, but carrying what its inputs carried: the result of a call nobody knows. */
    static CodeValue result(List<CodeValue> from) {
        CodeValue v = unknown();
        for (CodeValue f : from) {
            v = v.absorb(f);
        }
        // what a call returns for a path (its content, its size) is no longer that path
        EnumSet<Taint> t = v.taints.isEmpty() ? EnumSet.noneOf(Taint.class) : EnumSet.copyOf(v.taints);
        t.remove(Taint.PATH);
        return new CodeValue(null, null, v.parts, true, v.escaped, t, null, null, null, null, null, null);
    }

    static CodeValue literal(String text, boolean escaped) {
        String t = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        return new CodeValue(t, t, List.of(t), false, escaped, Set.of(), null, null, null, null, null, null);
    }

    /** A constant nobody spelled out in one piece: chr(115), String.fromCharCode(...), a decoded literal. */
    static CodeValue computed(String text) {
        return new CodeValue(text, text, List.of(), false, false, Set.of(), null, null, null, null, null, null);
    }

    static CodeValue number(long n) {
        return new CodeValue(null, null, List.of(), false, false, Set.of(), null, null, null, n, null, null);
    }

    static CodeValue ref(String qualifiedName) {
        return new CodeValue(null, null, List.of(), true, false, Set.of(), qualifiedName, null, null, null, null, null);
    }

    static CodeValue sequence(List<CodeValue> items) {
        CodeValue v = derived(items);
        return new CodeValue(null, null, v.parts, v.external, v.escaped, v.taints, null, List.copyOf(items), null,
                null, null, null);
    }

    static CodeValue mapping(Map<String, CodeValue> entries, List<CodeValue> all) {
        CodeValue v = derived(all);
        return new CodeValue(null, null, v.parts, v.external, v.escaped, v.taints, null, null,
                Map.copyOf(entries), null, null, null);
    }

    static CodeValue function(SyntaxNode definition) {
        return new CodeValue(null, null, List.of(), false, false, Set.of(), null, null, null, null, null, definition);
    }

    boolean known() {
        return text != null;
    }

    boolean has(Taint t) {
        return taints.contains(t);
    }

    /** True when no single literal piece contains {@code word}: the word exists only after the code runs. */
    boolean assembles(String word) {
        return word != null && !word.isEmpty() && parts.stream().noneMatch(p -> p.contains(word));
    }

    /** The concrete values this may be: its alternatives, or itself. */
    List<CodeValue> cases() {
        return alternatives == null ? List.of(this) : alternatives;
    }

    CodeValue withTaint(Taint t) {
        EnumSet<Taint> s = taints.isEmpty() ? EnumSet.noneOf(Taint.class) : EnumSet.copyOf(taints);
        s.add(t);
        return new CodeValue(text, template, parts, external, escaped, s, ref, items, entries, number, alternatives,
                function);
    }

    CodeValue withTaints(Set<Taint> more) {
        CodeValue v = this;
        for (Taint t : more) {
            v = v.withTaint(t);
        }
        return v;
    }

    CodeValue withRef(String r) {
        return new CodeValue(text, template, parts, external, escaped, taints, r, items, entries, number, alternatives,
                function);
    }

    CodeValue withExternal(boolean e) {
        return new CodeValue(text, template, parts, e, escaped, taints, ref, items, entries, number, alternatives,
                function);
    }

    CodeValue withEscaped() {
        return new CodeValue(text, template, parts, external, true, taints, ref, items, entries, number, alternatives,
                function);
    }

    /** A string whose pieces are this value's, but whose text is {@code t} (a slice, a case change). */
    CodeValue withText(String t) {
        return new CodeValue(t, t, parts, external, escaped, taints, ref, null, null, null, null, null);
    }

    /** Keeps what {@code other} carries (pieces, taints, escapes) without its text. */
    CodeValue absorb(CodeValue other) {
        List<String> p = parts;
        if (!other.parts.isEmpty()) {
            List<String> joined = new ArrayList<>(parts);
            joined.addAll(other.parts);
            p = joined.size() > 64 ? joined.subList(0, 64) : joined;
        }
        EnumSet<Taint> t = EnumSet.noneOf(Taint.class);
        t.addAll(taints);
        t.addAll(other.taints);
        return new CodeValue(text, template, p, external || other.external, escaped || other.escaped, t, ref, items,
                entries, number, alternatives, function);
    }

    /** String concatenation; the text and template are known as far as the pieces are. */
    static CodeValue concat(CodeValue a, CodeValue b) {
        if (a.alternatives != null || b.alternatives != null) {
            return concatCases(a, b);
        }
        if (a.items != null && b.items != null) {
            List<CodeValue> all = new ArrayList<>(a.items);
            all.addAll(b.items);
            return sequence(all);
        }
        String text = a.text != null && b.text != null ? cap(a.text + b.text) : null;
        String template = cap(templateOf(a) + templateOf(b));
        CodeValue v = a.absorb(b);
        return new CodeValue(text, template, v.parts, v.external, v.escaped, v.taints, null, null, null, null, null,
                null);
    }

    private static CodeValue concatCases(CodeValue a, CodeValue b) {
        List<CodeValue> out = new ArrayList<>();
        for (CodeValue x : a.cases()) {
            for (CodeValue y : b.cases()) {
                out.add(concat(x.withoutAlternatives(), y.withoutAlternatives()));
            }
        }
        return merge(out);
    }

    private CodeValue withoutAlternatives() {
        return new CodeValue(text, template, parts, external, escaped, taints, ref, items, entries, number, null,
                function);
    }

    /** The template of a value inside a string: unknown values are one hole. */
    static String templateOf(CodeValue v) {
        if (v.template != null) {
            return v.template;
        }
        return v.number != null ? Long.toString(v.number) : HOLE;
    }

    /** One of several values (branches, assignments, call sites); keeps them apart while there are few. */
    static CodeValue merge(List<CodeValue> values) {
        List<CodeValue> flat = new ArrayList<>();
        for (CodeValue v : values) {
            for (CodeValue c : v.cases()) {
                if (!flat.contains(c)) {
                    flat.add(c);
                }
            }
        }
        if (flat.isEmpty()) {
            return unknown();
        }
        if (flat.size() == 1) {
            return flat.getFirst();
        }
        CodeValue first = flat.getFirst();
        CodeValue summary = derived(flat);
        boolean sameRef = flat.stream().allMatch(c -> Objects.equals(c.ref, first.ref));
        List<CodeValue> alts = flat.size() <= MAX_ALTERNATIVES ? List.copyOf(flat) : null;
        return new CodeValue(null, null, summary.parts, summary.external || alts == null, summary.escaped,
                summary.taints, sameRef ? first.ref : null, null, null, null, alts, null);
    }

    /** A path joined from pieces with "/"; an absolute piece restarts the path, as os.path.join does. */
    static CodeValue joinPath(List<CodeValue> pieces) {
        CodeValue out = null;
        for (CodeValue p : pieces) {
            String t = templateOf(p);
            if (out == null || t.startsWith("/")) {
                out = p;
                continue;
            }
            String sep = templateOf(out).endsWith("/") ? "" : "/";
            out = concat(concat(out, literal(sep, false).withoutParts()), p);
        }
        return out == null ? literal("", false) : out.withTaint(Taint.PATH);
    }

    /** The same place with an unknown name in it: one of the paths a glob over this one yields. */
    CodeValue anyInside() {
        return new CodeValue(null, template, parts, external, escaped, taints, null, null, null, null, null, null);
    }

    private CodeValue withoutParts() {
        return new CodeValue(text, template, List.of(), external, escaped, taints, ref, items, entries, number,
                alternatives, function);
    }

    /** Entries of a dict literal, in source order; helper for the evaluators. */
    static Map<String, CodeValue> entriesOf(List<Map.Entry<String, CodeValue>> pairs) {
        Map<String, CodeValue> m = new LinkedHashMap<>();
        pairs.forEach(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }

    private static String cap(String s) {
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
    }
}
