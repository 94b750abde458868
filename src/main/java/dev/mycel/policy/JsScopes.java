package dev.mycel.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects what a javascript script binds: imports and requires, declarations with their
 * destructuring ({@code const {exec: run} = require("child_process")}), assignments, loop
 * variables, functions and their parameters, and the calls of local functions.
 */
final class JsScopes {

    static final Set<String> FUNCTIONS = Set.of("function_declaration", "function_expression", "function",
            "arrow_function", "method_definition", "generator_function_declaration", "generator_function");

    private final Scopes scopes;

    private JsScopes(SyntaxNode root) {
        this.scopes = new Scopes(root, n -> FUNCTIONS.contains(n.type()));
    }

    static Scopes collect(SyntaxNode root) {
        JsScopes s = new JsScopes(root);
        root.walk(s::bind);
        // assignments land where the name is declared, which the first pass has found
        root.walk(s::assign);
        root.walk(s::callSite);
        return s.scopes;
    }

    /** An identifier's name with unicode escapes decoded: {@code \u0065val} is eval. */
    static String name(SyntaxNode identifier) {
        String t = identifier.text();
        return t.indexOf('\\') < 0 ? t : Literals.unescape(t, true).text();
    }

    /** "node:fs" is fs, "fs/promises" is fs.promises: one name per module. */
    static String module(String source) {
        String m = source.startsWith("node:") ? source.substring(5) : source;
        return m.replace('/', '.');
    }

    private void bind(SyntaxNode n) {
        switch (n.type()) {
            case "variable_declarator" -> n.child("name").ifPresent(p -> pattern(p, n.child("value").orElse(null)));
            case "for_in_statement" -> n.child("left").ifPresent(l -> n.child("right").ifPresent(r -> loop(n, l, r)));
            case "import_statement" -> imports(n);
            case "function_declaration", "generator_function_declaration" -> n.child("name").ifPresent(id ->
                    scopes.bindHere(n, name(id), new Scopes.Binding(id, f -> CodeValue.function(n), false, n)));
            case "class_declaration" -> n.child("name").ifPresent(id ->
                    scopes.bindHere(n, name(id), Scopes.Binding.of(id, f -> CodeValue.unknown())));
            default -> {
            }
        }
        if (FUNCTIONS.contains(n.type())) {
            parameters(n);
        }
    }

    private void assign(SyntaxNode n) {
        if (n.is("assignment_expression")) {
            n.child("left").filter(l -> l.is("identifier")).ifPresent(l -> {
                SyntaxNode value = n.child("right").orElse(null);
                SyntaxNode defines = value != null && FUNCTIONS.contains(value.type()) ? value : null;
                scopes.bind(scopes.declaringScope(l, name(l)), name(l), new Scopes.Binding(l,
                        f -> value == null ? CodeValue.unknown() : f.value(value), false, defines));
            });
        } else if (n.is("augmented_assignment_expression")) {
            augmented(n);
        }
    }

    /** Binds every name in a declaration target to its part of the value. */
    private void pattern(SyntaxNode target, SyntaxNode value) {
        switch (target.type()) {
            case "identifier" -> {
                SyntaxNode defines = value != null && FUNCTIONS.contains(value.type()) ? value : null;
                scopes.bindHere(target, name(target), new Scopes.Binding(target,
                        f -> value == null ? CodeValue.derived(List.of()) : f.value(value), false, defines));
            }
            case "object_pattern" -> {
                for (SyntaxNode p : target.namedChildren()) {
                    property(p, value);
                }
            }
            case "array_pattern" -> {
                List<SyntaxNode> items = target.namedChildren();
                for (int i = 0; i < items.size(); i++) {
                    int index = i;
                    bindDerived(items.get(i), f -> PyValues.item(value(f, value), index));
                }
            }
            default -> {
            }
        }
    }

    /** One property of {@code const {a, b: c, d = 1} = value}. */
    private void property(SyntaxNode p, SyntaxNode value) {
        switch (p.type()) {
            case "shorthand_property_identifier_pattern" -> bindDerived(p, f -> JsValues.member(value(f, value), name(p)));
            case "pair_pattern" -> {
                SyntaxNode keyNode = p.child("key").orElse(null);
                String key = keyNode == null ? null : JsValues.unquoted(keyNode);
                p.child("value").ifPresent(v -> bindDerived(v, f -> key != null ? JsValues.member(value(f, value), key)
                        : computedMember(f, value(f, value), keyNode)));
            }
            case "object_assignment_pattern" -> p.child("left").ifPresent(l -> bindDerived(l,
                    f -> JsValues.member(value(f, value), name(l))));
            default -> p.find(c -> c.is("identifier")).forEach(id -> bindDerived(id,
                    f -> CodeValue.derived(List.of(value(f, value)))));
        }
    }

    /** {[key]: local} = value: the member the key names, when the key is known. */
    private static CodeValue computedMember(Flow f, CodeValue object, SyntaxNode keyNode) {
        CodeValue key = keyNode == null || keyNode.namedChildren().isEmpty() ? CodeValue.unknown()
                : f.value(keyNode.namedChildren().getFirst());
        return key.known() ? JsValues.member(object, key.text()) : CodeValue.derived(List.of(object, key));
    }

    private static CodeValue value(Flow f, SyntaxNode n) {
        return n == null ? CodeValue.unknown() : f.value(n);
    }

    /** Binds a name (or the names in a nested pattern, or a default's left side) to a computed value. */
    private void bindDerived(SyntaxNode target, java.util.function.Function<Flow, CodeValue> value) {
        SyntaxNode t = target.is("assignment_pattern") ? target.child("left").orElse(target) : target;
        if (t.is("identifier") || t.is("shorthand_property_identifier_pattern")) {
            scopes.bindHere(t, name(t), Scopes.Binding.of(t, value));
        } else {
            t.find(c -> c.is("identifier") || c.is("shorthand_property_identifier_pattern")).forEach(id ->
                    scopes.bindHere(id, name(id), Scopes.Binding.of(id, f -> CodeValue.derived(List.of(value.apply(f))))));
        }
    }

    private void augmented(SyntaxNode n) {
        SyntaxNode left = n.child("left").orElse(null);
        SyntaxNode right = n.child("right").orElse(null);
        if (left == null || right == null || !left.is("identifier")) {
            return;
        }
        boolean plus = n.children().stream().anyMatch(c -> !c.named() && c.text().equals("+="));
        scopes.bind(scopes.declaringScope(left, name(left)), name(left), new Scopes.Binding(left, f -> plus ? f.value(right)
                : CodeValue.derived(List.of(f.value(right))), plus, null));
    }

    /** for (const x of xs): any element; for (const k in o): a key, which is a string from the object. */
    private void loop(SyntaxNode loop, SyntaxNode left, SyntaxNode right) {
        boolean of = loop.children().stream().anyMatch(c -> !c.named() && c.text().equals("of"));
        SyntaxNode target = left.is("lexical_declaration") || left.is("variable_declaration")
                ? left.namedChildren().stream().findFirst().flatMap(d -> d.child("name")).orElse(left) : left;
        bindDerived(target, f -> of ? PyValues.element(f.value(right)) : CodeValue.derived(List.of(f.value(right))));
    }

    private void imports(SyntaxNode n) {
        String module = n.child("source").map(JsValues::unquoted).map(JsScopes::module).orElse("");
        for (SyntaxNode clause : n.namedChildren()) {
            if (!clause.is("import_clause")) {
                continue;
            }
            for (SyntaxNode c : clause.namedChildren()) {
                switch (c.type()) {
                    case "identifier" -> bindRef(c, module);
                    case "namespace_import" -> c.namedChildren().forEach(id -> bindRef(id, module));
                    case "named_imports" -> c.namedChildren().forEach(spec -> {
                        String imported = spec.child("name").map(JsScopes::name).orElse("");
                        SyntaxNode local = spec.child("alias").orElse(spec.child("name").orElse(spec));
                        bindRef(local, imported.equals("default") ? module : module + "." + imported);
                    });
                    default -> {
                    }
                }
            }
        }
    }

    private void bindRef(SyntaxNode id, String ref) {
        scopes.bindHere(id, name(id), Scopes.Binding.of(id, f -> CodeValue.ref(ref)));
    }

    private void parameters(SyntaxNode function) {
        List<SyntaxNode> params = function.child("parameters").map(SyntaxNode::namedChildren)
                .orElse(function.child("parameter").map(List::of).orElse(List.of()));
        for (int i = 0; i < params.size(); i++) {
            SyntaxNode p = params.get(i);
            SyntaxNode id = p.is("assignment_pattern") ? p.child("left").orElse(p) : p;
            SyntaxNode fallback = p.is("assignment_pattern") ? p.child("right").orElse(null) : null;
            int index = i;
            if (id.is("identifier")) {
                scopes.bind(function, name(id), Scopes.Binding.of(id, f -> JsValues.parameter(f, function, index, fallback)));
            } else {
                id.find(c -> c.is("identifier") || c.is("shorthand_property_identifier_pattern")).forEach(inner ->
                        scopes.bind(function, name(inner), Scopes.Binding.of(inner, f -> CodeValue.derived(
                                List.of(JsValues.parameter(f, function, index, fallback))))));
            }
        }
    }

    private void callSite(SyntaxNode n) {
        if (!n.is("call_expression")) {
            return;
        }
        SyntaxNode callee = n.child("function").orElse(null);
        SyntaxNode args = n.child("arguments").orElse(null);
        if (callee == null || args == null || !callee.is("identifier")) {
            return;
        }
        List<SyntaxNode> positional = new ArrayList<>(args.namedChildren().stream().filter(c -> !c.is("comment")).toList());
        Scopes.CallSite site = new Scopes.CallSite(n, positional, Map.copyOf(new HashMap<>()));
        scopes.definitions(n, name(callee)).forEach(def -> scopes.addCall(def, site));
    }
}
