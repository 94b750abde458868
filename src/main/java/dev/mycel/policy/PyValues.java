package dev.mycel.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The value of a python expression as far as it can be known without running it: literals,
 * f-strings, concatenation, %-formatting, slicing, paths joined with {@code /}, and names
 * resolved through imports and assignments to what they really are ({@code from os import
 * system as s} makes {@code s} "os.system").
 */
final class PyValues implements Flow.Expressions {

    /** Names python knows without an import; any other unbound name is unknown. */
    private static final Set<String> BUILTINS = Set.of("exec", "eval", "compile", "getattr", "setattr", "delattr",
            "hasattr", "__import__", "globals", "locals", "vars", "open", "print", "input", "chr", "ord", "str",
            "bytes", "bytearray", "list", "tuple", "reversed", "sorted", "map", "filter", "len", "int", "dir",
            "breakpoint", "memoryview", "type", "object", "id", "repr", "format", "iter", "next", "help", "execfile");

    private final Flow flow;
    private final PyScopes scopes;
    private final PyCallValues calls;

    PyValues(Flow flow, PyScopes scopes) {
        this.flow = flow;
        this.scopes = scopes;
        this.calls = new PyCallValues(flow, this);
    }

    PyCallValues calls() {
        return calls;
    }

    CodeValue of(SyntaxNode n) {
        return flow.value(n);
    }

    @Override
    public CodeValue evaluate(SyntaxNode n) {
        return switch (n.type()) {
            case "string" -> string(n);
            case "concatenated_string" -> concatAll(n.namedChildren());
            case "integer" -> {
                Long v = Literals.integer(n.text());
                yield v == null ? CodeValue.derived(List.of()) : CodeValue.number(v);
            }
            case "float", "true", "false", "none", "comparison_operator", "not_operator", "ellipsis" ->
                    CodeValue.derived(List.of());
            case "identifier" -> identifier(n);
            case "attribute" -> attribute(n);
            case "subscript" -> PySubscripts.value(this, n);
            case "call" -> calls.value(n);
            case "binary_operator" -> binary(n);
            case "boolean_operator" -> CodeValue.merge(List.of(of(left(n)), of(right(n))));
            case "conditional_expression" -> conditional(n);
            case "parenthesized_expression", "await", "expression_statement" -> n.namedChildren().isEmpty()
                    ? CodeValue.unknown() : of(n.namedChildren().getLast());
            case "unary_operator" -> unary(n);
            case "list", "tuple", "set", "expression_list" -> CodeValue.sequence(n.namedChildren().stream()
                    .filter(c -> !c.is("comment")).map(this::of).toList());
            case "dictionary" -> dictionary(n);
            case "list_comprehension", "generator_expression", "set_comprehension", "dictionary_comprehension" ->
                    comprehension(n);
            case "lambda" -> CodeValue.function(n);
            case "named_expression" -> of(n.child("value").orElse(null));
            case "keyword_argument" -> of(n.child("value").orElse(null));
            default -> CodeValue.result(n.namedChildren().stream().map(this::of).toList());
        };
    }

    private CodeValue string(SyntaxNode n) {
        String start = n.children().isEmpty() ? "" : n.children().getFirst().text().toLowerCase();
        boolean raw = start.contains("r");
        CodeValue out = null;
        for (SyntaxNode c : n.namedChildren()) {
            CodeValue piece;
            if (c.is("string_content")) {
                String text = c.text();
                if (start.contains("f")) {
                    text = text.replace("{{", "{").replace("}}", "}");
                }
                Literals.Unescaped u = raw ? new Literals.Unescaped(text, 0) : Literals.unescape(text, false);
                piece = CodeValue.literal(u.text(), u.hides());
            } else if (c.is("interpolation")) {
                piece = of(c.child("expression").orElse(null));
            } else {
                continue;
            }
            out = out == null ? piece : CodeValue.concat(out, piece);
        }
        return out == null ? CodeValue.literal("", false) : out;
    }

    private CodeValue concatAll(List<SyntaxNode> parts) {
        CodeValue out = null;
        for (SyntaxNode p : parts) {
            out = out == null ? of(p) : CodeValue.concat(out, of(p));
        }
        return out == null ? CodeValue.literal("", false) : out;
    }

    private CodeValue identifier(SyntaxNode n) {
        String name = PyScopes.name(n);
        CodeValue bound = flow.variable(n, name);
        if (bound != null) {
            return bound;
        }
        if (name.equals("__builtins__")) {
            return CodeValue.ref("builtins");
        }
        if (!BUILTINS.contains(name) && scopes.starImports().size() == 1) {
            return CodeValue.ref(scopes.starImports().getFirst() + "." + name);
        }
        return BUILTINS.contains(name) ? CodeValue.ref(name) : CodeValue.unknown();
    }

    private CodeValue attribute(SyntaxNode n) {
        CodeValue object = of(n.child("object").orElse(null));
        String name = n.child("attribute").map(PyScopes::name).orElse("");
        return member(object, name);
    }

    /** obj.name, also for getattr(obj, "name"). */
    CodeValue member(CodeValue object, String name) {
        String ref = object.ref() == null ? null : qualified(object.ref() + "." + name);
        if ("sys.executable".equals(ref)) {
            return CodeValue.literal("python3", false);
        }
        if ("site.USER_SITE".equals(ref)) {
            return CodeValue.computed("~/.local/lib/python3/site-packages").withTaint(CodeValue.Taint.PATH);
        }
        if ("os.sep".equals(ref) || "os.path.sep".equals(ref)) {
            return CodeValue.literal("/", false);
        }
        if (ref != null && ref.startsWith("string.ascii_")) {
            return CodeValue.literal(ref.endsWith("uppercase") ? "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                    : "abcdefghijklmnopqrstuvwxyz" + (ref.endsWith("letters") ? "ABCDEFGHIJKLMNOPQRSTUVWXYZ" : ""), false);
        }
        CodeValue v = CodeValue.derived(List.of(object)).withExternal(true).withRef(ref);
        if (object.has(CodeValue.Taint.PATH) && Set.of("parent", "stem", "name", "suffix").contains(name)) {
            return v.withTaint(CodeValue.Taint.PATH);
        }
        return v;
    }

    /** builtins.exec and __builtins__.exec are exec; os.path is posixpath only in name. */
    static String qualified(String ref) {
        if (ref.startsWith("builtins.") || ref.startsWith("__builtin__.")) {
            return ref.substring(ref.indexOf('.') + 1);
        }
        return ref.startsWith("posixpath.") ? "os.path." + ref.substring("posixpath.".length()) : ref;
    }

    private CodeValue binary(SyntaxNode n) {
        CodeValue l = of(left(n));
        CodeValue r = of(right(n));
        String op = n.child("operator").map(SyntaxNode::text).orElse("");
        return switch (op) {
            case "+" -> l.number() != null && r.number() != null ? CodeValue.number(l.number() + r.number())
                    : CodeValue.concat(l, r);
            case "%" -> l.template() != null ? PyCallValues.percent(l, r) : CodeValue.derived(List.of(l, r));
            case "/" -> l.has(CodeValue.Taint.PATH) ? CodeValue.joinPath(List.of(l, r)) : CodeValue.derived(List.of(l, r));
            case "|" -> l.number() != null && r.number() != null ? CodeValue.number(l.number() | r.number())
                    : CodeValue.derived(List.of(l, r));
            case "*" -> repeat(l, r);
            default -> CodeValue.derived(List.of(l, r));
        };
    }

    private static CodeValue repeat(CodeValue l, CodeValue r) {
        if (l.items() != null && r.number() != null && r.number() >= 0 && l.items().size() * r.number() <= 64) {
            List<CodeValue> all = new ArrayList<>();
            for (long i = 0; i < r.number(); i++) {
                all.addAll(l.items());
            }
            return CodeValue.sequence(all);
        }
        return CodeValue.derived(List.of(l, r));
    }

    private CodeValue unary(SyntaxNode n) {
        CodeValue v = of(n.child("argument").orElse(null));
        boolean minus = n.children().stream().anyMatch(c -> !c.named() && c.text().equals("-"));
        return minus && v.number() != null ? CodeValue.number(-v.number()) : CodeValue.derived(List.of(v));
    }

    private CodeValue conditional(SyntaxNode n) {
        List<SyntaxNode> c = n.namedChildren();
        return c.size() < 3 ? CodeValue.unknown() : CodeValue.merge(List.of(of(c.get(0)), of(c.get(2))));
    }

    private CodeValue dictionary(SyntaxNode n) {
        Map<String, CodeValue> entries = new LinkedHashMap<>();
        List<CodeValue> all = new ArrayList<>();
        for (SyntaxNode pair : n.namedChildren()) {
            CodeValue value = of(pair.child("value").orElse(pair));
            all.add(value);
            CodeValue key = of(pair.child("key").orElse(null));
            if (pair.is("pair") && key.known()) {
                entries.put(key.text(), value);
            }
        }
        return CodeValue.mapping(entries, all);
    }

    private CodeValue comprehension(SyntaxNode n) {
        SyntaxNode body = n.child("body").orElse(null);
        CodeValue element = of(body);
        // [chr(c) for c in (115, 121)] is data computed from literals: no text, no outside input
        return CodeValue.derived(List.of(element.withRef(null)));
    }

    static SyntaxNode left(SyntaxNode n) {
        return n.child("left").orElse(null);
    }

    static SyntaxNode right(SyntaxNode n) {
        return n.child("right").orElse(null);
    }

    /** The i-th item of a sequence value, or something carrying what the sequence carried. */
    static CodeValue item(CodeValue v, int index) {
        List<CodeValue> out = new ArrayList<>();
        for (CodeValue c : v.cases()) {
            List<CodeValue> items = c.items();
            if (items != null && index >= -items.size() && index < items.size()) {
                out.add(items.get(index < 0 ? items.size() + index : index));
            } else if (c.known() && index >= -c.text().length() && index < c.text().length()) {
                int i = index < 0 ? c.text().length() + index : index;
                out.add(c.withText(c.text().substring(i, i + 1)));
            } else {
                out.add(CodeValue.derived(List.of(c)));
            }
        }
        return CodeValue.merge(out);
    }

    /** Any element of an iterable value. */
    static CodeValue element(CodeValue v) {
        List<CodeValue> out = new ArrayList<>();
        for (CodeValue c : v.cases()) {
            if (c.items() != null && !c.items().isEmpty()) {
                out.add(CodeValue.merge(c.items()));
            } else {
                out.add(c.has(CodeValue.Taint.PATH) && !c.known() ? c.anyInside() : CodeValue.derived(List.of(c)));
            }
        }
        return CodeValue.merge(out);
    }
}
