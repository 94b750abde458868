package dev.mycel.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The value of a javascript expression as far as it can be known without running it:
 * literals, template strings, concatenation, members of modules and global objects
 * ({@code globalThis.eval} is eval), object literals, and what callbacks are handed
 * (the data of a socket or a download).
 */
final class JsValues implements Flow.Expressions {

    /** Names every script can use unbound. */
    private static final Set<String> GLOBALS = Set.of("require", "eval", "Function", "process", "Buffer", "atob",
            "btoa", "fetch", "setTimeout", "setInterval", "setImmediate", "String", "Reflect", "Object", "JSON",
            "console", "decodeURIComponent", "decodeURI", "unescape", "escape", "module", "exports", "Deno", "Bun",
            "WebSocket", "XMLHttpRequest", "Array", "Uint8Array", "TextDecoder", "Number", "Math", "Date", "Promise",
            "parseInt", "execScript", "importScripts", "Worker", "Proxy", "Symbol", "RegExp", "Boolean", "Map", "Set");
    private static final Set<String> GLOBAL_OBJECTS = Set.of("globalThis", "window", "global", "self", "top",
            "parent", "frames");
    /** Array methods whose callback receives each element of the array. */
    private static final Set<String> ELEMENT_CALLBACKS = Set.of("forEach", "map", "filter", "some", "every", "find",
            "findIndex", "flatMap");

    private final Flow flow;
    private final JsCallValues calls;

    JsValues(Flow flow) {
        this.flow = flow;
        this.calls = new JsCallValues(flow, this);
    }

    JsCallValues calls() {
        return calls;
    }

    CodeValue of(SyntaxNode n) {
        return flow.value(n);
    }

    @Override
    public CodeValue evaluate(SyntaxNode n) {
        return switch (n.type()) {
            case "string" -> string(n);
            case "template_string" -> template(n);
            case "number" -> {
                Long v = Literals.integer(n.text());
                yield v == null ? CodeValue.derived(List.of()) : CodeValue.number(v);
            }
            case "true" -> CodeValue.number(1);
            case "false" -> CodeValue.number(0);
            case "null", "undefined", "regex", "unary_expression", "update_expression" ->
                    unary(n);
            case "identifier" -> identifier(n);
            case "this" -> CodeValue.ref("this");
            case "member_expression" -> member(of(n.child("object").orElse(null)),
                    n.child("property").map(JsScopes::name).orElse(""));
            case "subscript_expression" -> subscript(n);
            case "call_expression", "new_expression" -> calls.value(n);
            case "binary_expression" -> binary(n);
            case "ternary_expression" -> CodeValue.merge(List.of(of(n.child("consequence").orElse(null)),
                    of(n.child("alternative").orElse(null))));
            case "parenthesized_expression", "sequence_expression", "await_expression", "spread_element",
                 "expression_statement", "non_null_expression" -> n.namedChildren().isEmpty() ? CodeValue.unknown()
                    : of(n.namedChildren().getLast());
            case "assignment_expression" -> of(n.child("right").orElse(null));
            case "array" -> array(n);
            case "object" -> object(n);
            case "arrow_function", "function_expression", "function", "generator_function" -> CodeValue.function(n);
            default -> CodeValue.result(n.namedChildren().stream().map(this::of).toList());
        };
    }

    private CodeValue unary(SyntaxNode n) {
        if (n.is("unary_expression") && n.child("operator").map(SyntaxNode::text).orElse("").equals("-")) {
            CodeValue v = of(n.child("argument").orElse(null));
            if (v.number() != null) {
                return CodeValue.number(-v.number());
            }
        }
        return CodeValue.derived(n.namedChildren().stream().map(this::of).toList());
    }

    private CodeValue string(SyntaxNode n) {
        String t = n.text();
        String inner = t.length() >= 2 ? t.substring(1, t.length() - 1) : "";
        Literals.Unescaped u = Literals.unescape(inner, true);
        return CodeValue.literal(u.text(), u.hides());
    }

    private CodeValue template(SyntaxNode n) {
        CodeValue out = CodeValue.literal("", false);
        boolean hiding = false;
        int hidingEscapes = 0;
        for (SyntaxNode c : n.namedChildren()) {
            if (c.is("template_substitution")) {
                out = CodeValue.concat(out, c.namedChildren().isEmpty() ? CodeValue.unknown() : of(c.namedChildren().getFirst()));
            } else if (c.is("string_fragment") || c.is("escape_sequence")) {
                Literals.Unescaped u = Literals.unescape(c.text(), true);
                hidingEscapes += u.hidingEscapes();
                out = CodeValue.concat(out, CodeValue.literal(u.text(), false));
            }
        }
        hiding = hidingEscapes >= 2;
        return hiding ? out.withEscaped() : out;
    }

    private CodeValue identifier(SyntaxNode n) {
        String name = JsScopes.name(n);
        CodeValue bound = flow.variable(n, name);
        if (bound != null) {
            return bound;
        }
        if (GLOBAL_OBJECTS.contains(name)) {
            return CodeValue.ref("globalThis");
        }
        if (name.equals("undefined") || name.equals("NaN") || name.equals("Infinity")) {
            return CodeValue.derived(List.of());
        }
        return GLOBALS.contains(name) ? CodeValue.ref(name) : CodeValue.unknown();
    }

    /** object.name; the global object's members are the globals themselves. */
    static CodeValue member(CodeValue object, String name) {
        if (object.entries() != null && object.entries().containsKey(name)) {
            return object.entries().get(name);
        }
        String ref = object.ref() == null ? null : qualified(object.ref() + "." + name);
        if ("process.env.HOME".equals(ref) || "process.env.USERPROFILE".equals(ref)) {
            return CodeValue.computed("~").withTaint(CodeValue.Taint.PATH);
        }
        if ("process.env.TMPDIR".equals(ref)) {
            return CodeValue.computed("/tmp").withTaint(CodeValue.Taint.TEMP);
        }
        if ("process.execPath".equals(ref) || "process.argv0".equals(ref)) {
            return CodeValue.literal("node", false);
        }
        if (name.equals("constructor")) {
            return CodeValue.ref(constructorOf(object));
        }
        if (name.equals("length")) {
            return CodeValue.derived(List.of(object));
        }
        return CodeValue.derived(List.of(object)).withExternal(true).withRef(ref);
    }

    /** [].constructor is Array and its constructor is Function, which compiles strings. */
    private static String constructorOf(CodeValue object) {
        if (object.function() != null || object.ref() != null && (Set.of("Function", "String", "Array", "Object",
                "Number", "Boolean", "constructor").contains(object.ref()) || object.ref().endsWith(".constructor"))) {
            return "Function";
        }
        if (object.template() != null) {
            return "String";
        }
        return object.items() != null ? "Array" : "constructor";
    }

    static String qualified(String ref) {
        return ref.startsWith("globalThis.") ? ref.substring("globalThis.".length()) : ref;
    }

    private CodeValue subscript(SyntaxNode n) {
        CodeValue object = of(n.child("object").orElse(null));
        CodeValue index = of(n.child("index").orElse(null));
        List<CodeValue> out = new ArrayList<>();
        for (CodeValue k : index.cases()) {
            if (k.known()) {
                out.add(member(object, k.text()));
            } else if (k.number() != null) {
                out.add(PyValues.item(object, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, k.number()))));
            } else {
                out.add(CodeValue.derived(List.of(object, k)));
            }
        }
        return CodeValue.merge(out);
    }

    private CodeValue binary(SyntaxNode n) {
        CodeValue l = of(n.child("left").orElse(null));
        CodeValue r = of(n.child("right").orElse(null));
        String op = n.child("operator").map(SyntaxNode::text).orElse("");
        return switch (op) {
            case "+" -> l.number() != null && r.number() != null ? CodeValue.number(l.number() + r.number())
                    : l.template() != null || r.template() != null ? CodeValue.concat(l, r) : CodeValue.derived(List.of(l, r));
            case "|" -> l.number() != null && r.number() != null ? CodeValue.number(l.number() | r.number())
                    : CodeValue.derived(List.of(l, r));
            case "||", "&&", "??" -> CodeValue.merge(List.of(l, r));
            default -> CodeValue.derived(List.of(l, r));
        };
    }

    /** [a, ...b, ..."str"]: a spread array or string adds its elements, so [..."lave"] is four letters. */
    private CodeValue array(SyntaxNode n) {
        List<CodeValue> items = new ArrayList<>();
        for (SyntaxNode c : n.namedChildren()) {
            if (c.is("comment")) {
                continue;
            }
            CodeValue v = of(c);
            if (c.is("spread_element") && v.items() != null) {
                items.addAll(v.items());
            } else if (c.is("spread_element") && v.known() && v.text().length() <= 4096) {
                v.text().codePoints().forEach(cp -> items.add(v.withText(Character.toString(cp))));
            } else if (c.is("spread_element")) {
                return CodeValue.derived(List.of(v));
            } else {
                items.add(v);
            }
        }
        return CodeValue.sequence(items);
    }

    private CodeValue object(SyntaxNode n) {
        Map<String, CodeValue> entries = new LinkedHashMap<>();
        List<CodeValue> all = new ArrayList<>();
        for (SyntaxNode p : n.namedChildren()) {
            if (p.is("pair")) {
                CodeValue v = of(p.child("value").orElse(null));
                all.add(v);
                String key = p.child("key").map(JsValues::unquoted).orElse(null);
                if (key != null) {
                    entries.put(key, v);
                }
            } else if (p.is("shorthand_property_identifier")) {
                CodeValue v = flow.variable(p, p.text());
                entries.put(p.text(), v == null ? CodeValue.unknown() : v);
            } else if (p.is("method_definition")) {
                p.child("name").ifPresent(k -> entries.put(k.text(), CodeValue.function(p)));
            }
        }
        return CodeValue.mapping(entries, all);
    }

    /** The text of a property key or a module source: an identifier, a quoted string or a number. */
    static String unquoted(SyntaxNode key) {
        if (key.is("string")) {
            String t = key.text();
            return t.length() >= 2 ? Literals.unescape(t.substring(1, t.length() - 1), true).text() : "";
        }
        if (key.is("computed_property_name")) {
            return null;
        }
        return JsScopes.name(key);
    }

    /**
     * What a parameter holds: the arguments of the script's own calls of the function, or, for
     * a callback, what the library that calls it hands over (an array's elements, a socket's data).
     */
    static CodeValue parameter(Flow f, SyntaxNode function, int index, SyntaxNode fallback) {
        List<CodeValue> seen = new ArrayList<>();
        for (Scopes.CallSite site : f.scopes().callsOf(function)) {
            seen.add(index < site.positional().size() ? f.value(site.positional().get(index)) : CodeValue.unknown());
        }
        if (fallback != null) {
            seen.add(f.value(fallback));
        }
        SyntaxNode parent = function.parent().orElse(null);
        SyntaxNode call = parent != null && parent.is("arguments") ? parent.parent().orElse(null) : null;
        if (call != null && call.is("call_expression")) {
            seen.add(callback(f, call, index));
        }
        return seen.isEmpty() ? CodeValue.unknown() : CodeValue.merge(seen);
    }

    private static CodeValue callback(Flow f, SyntaxNode call, int index) {
        SyntaxNode callee = call.child("function").orElse(null);
        if (callee != null && callee.is("member_expression")) {
            String method = callee.child("property").map(SyntaxNode::text).orElse("");
            CodeValue receiver = f.value(callee.child("object").orElse(null));
            if (ELEMENT_CALLBACKS.contains(method) && index == 0) {
                return PyValues.element(receiver);
            }
        }
        CodeValue fn = f.value(callee);
        CodeValue v = CodeValue.derived(List.of(fn.withRef(null))).withExternal(true);
        String ref = fn.ref() == null ? "" : fn.ref();
        if (JsCallValues.downloads(ref)) {
            v = v.withTaint(CodeValue.Taint.DOWNLOADED);
        }
        return v;
    }
}
