package dev.mycel.policy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects what a python script binds: imports (with their aliases), assignments, unpacking,
 * loop and with targets, function definitions and their parameters, and the calls of local
 * functions, whose arguments are what the parameters hold.
 */
final class PyScopes {

    private static final Set<String> SCOPES = Set.of("function_definition", "lambda");
    private static final Set<String> SEQUENCE_TARGETS = Set.of("pattern_list", "tuple_pattern", "list_pattern",
            "tuple", "list");

    private final Scopes scopes;
    private final List<String> starImports = new ArrayList<>();

    private PyScopes(SyntaxNode root) {
        this.scopes = new Scopes(root, n -> SCOPES.contains(n.type()));
    }

    static PyScopes collect(SyntaxNode root) {
        PyScopes p = new PyScopes(root);
        root.walk(p::bind);
        root.walk(p::callSite);
        return p;
    }

    Scopes scopes() {
        return scopes;
    }

    /** Modules imported with {@code from m import *}, whose names then appear unqualified. */
    List<String> starImports() {
        return starImports;
    }

    /** Python reads identifiers NFKC-normalised: "ｅｘｅｃ" is exec. */
    static String name(SyntaxNode identifier) {
        String t = identifier.text();
        return t.chars().allMatch(c -> c < 0x80) ? t : Normalizer.normalize(t, Normalizer.Form.NFKC);
    }

    private void bind(SyntaxNode n) {
        switch (n.type()) {
            case "import_statement" -> imports(n);
            case "import_from_statement" -> importsFrom(n);
            case "assignment" -> n.child("left").ifPresent(l -> n.child("right").ifPresent(r -> target(l, rhs(r), false)));
            case "augmented_assignment" -> augmented(n);
            case "named_expression" -> n.child("name").ifPresent(l -> n.child("value").ifPresent(r -> target(l, r, false)));
            case "for_statement", "for_in_clause" -> n.child("left").ifPresent(l -> n.child("right")
                    .ifPresent(r -> element(l, r)));
            case "with_item" -> withItem(n);
            case "function_definition" -> function(n);
            case "lambda" -> parameters(n, n.child("parameters").orElse(null));
            case "class_definition" -> n.child("name").ifPresent(id -> scopes.bindHere(n, name(id),
                    Scopes.Binding.of(id, f -> CodeValue.unknown())));
            default -> {
            }
        }
    }

    private void imports(SyntaxNode n) {
        for (SyntaxNode item : n.all("name")) {
            if (item.is("aliased_import")) {
                String module = item.child("name").map(SyntaxNode::text).orElse("");
                item.child("alias").ifPresent(a -> bindRef(n, name(a), module));
            } else {
                String first = item.text().split("\\.")[0].strip();
                bindRef(n, first, first);
            }
        }
    }

    private void importsFrom(SyntaxNode n) {
        String module = n.child("module_name").map(SyntaxNode::text).orElse("").replace(" ", "");
        if (n.children().stream().anyMatch(c -> c.is("wildcard_import"))) {
            starImports.add(module);
        }
        for (SyntaxNode item : n.all("name")) {
            if (item.is("aliased_import")) {
                String imported = item.child("name").map(SyntaxNode::text).orElse("");
                item.child("alias").ifPresent(a -> bindRef(n, name(a), module + "." + imported));
            } else {
                bindRef(n, item.text().strip(), module + "." + item.text().strip());
            }
        }
    }

    private void bindRef(SyntaxNode at, String name, String ref) {
        scopes.bindHere(at, name, Scopes.Binding.of(at, f -> CodeValue.ref(ref)));
    }

    /** a = b = value: the value is the innermost right-hand side. */
    private static SyntaxNode rhs(SyntaxNode right) {
        SyntaxNode r = right;
        while (r.is("assignment") && r.child("right").isPresent()) {
            r = r.child("right").get();
        }
        return r;
    }

    private void target(SyntaxNode left, SyntaxNode value, boolean augment) {
        if (left.is("identifier")) {
            SyntaxNode defines = value.is("lambda") ? value : null;
            scopes.bindHere(left, name(left), new Scopes.Binding(left, f -> f.value(value), augment, defines));
        } else if (SEQUENCE_TARGETS.contains(left.type())) {
            List<SyntaxNode> targets = left.namedChildren();
            for (int i = 0; i < targets.size(); i++) {
                unpacked(targets.get(i), value, i);
            }
        }
    }

    /** One target of {@code a, b = value}: the i-th item when the value is a literal sequence. */
    private void unpacked(SyntaxNode target, SyntaxNode value, int index) {
        SyntaxNode t = target.is("list_splat_pattern") && !target.namedChildren().isEmpty()
                ? target.namedChildren().getFirst() : target;
        if (t.is("identifier")) {
            scopes.bindHere(t, name(t), Scopes.Binding.of(t, f -> PyValues.item(f.value(value), index)));
        } else if (SEQUENCE_TARGETS.contains(t.type())) {
            for (SyntaxNode inner : t.namedChildren()) {
                if (inner.is("identifier")) {
                    scopes.bindHere(inner, name(inner), Scopes.Binding.of(inner,
                            f -> PyValues.element(PyValues.item(f.value(value), index))));
                }
            }
        }
    }

    private void augmented(SyntaxNode n) {
        SyntaxNode left = n.child("left").orElse(null);
        SyntaxNode right = n.child("right").orElse(null);
        String op = n.child("operator").map(SyntaxNode::text).orElse("");
        if (left == null || right == null || !left.is("identifier")) {
            return;
        }
        if (op.equals("+=")) {
            target(left, right, true);
        } else {
            scopes.bindHere(left, name(left), Scopes.Binding.of(left, f -> CodeValue.derived(List.of(f.value(right)))));
        }
    }

    /** for x in items: x is any element; for a, b in pairs: each is any part of any element. */
    private void element(SyntaxNode left, SyntaxNode iterable) {
        for (SyntaxNode id : left.is("identifier") ? List.of(left) : left.find(c -> c.is("identifier"))) {
            boolean whole = id == left;
            scopes.bindHere(id, name(id), Scopes.Binding.of(id, f -> whole ? PyValues.element(f.value(iterable))
                    : PyValues.element(PyValues.element(f.value(iterable)))));
        }
    }

    private void withItem(SyntaxNode n) {
        SyntaxNode value = n.child("value").orElse(null);
        if (value == null || !value.is("as_pattern")) {
            return;
        }
        SyntaxNode opened = value.namedChildren().getFirst();
        value.child("alias").ifPresent(alias -> alias.find(c -> c.is("identifier")).forEach(id ->
                scopes.bindHere(id, name(id), Scopes.Binding.of(id, f -> f.value(opened)))));
    }

    private void function(SyntaxNode def) {
        def.child("name").ifPresent(id -> scopes.bindHere(def, name(id),
                new Scopes.Binding(id, f -> CodeValue.function(def), false, def)));
        parameters(def, def.child("parameters").orElse(null));
    }

    private void parameters(SyntaxNode function, SyntaxNode params) {
        if (params == null) {
            return;
        }
        List<SyntaxNode> list = params.namedChildren();
        for (int i = 0; i < list.size(); i++) {
            SyntaxNode p = list.get(i);
            SyntaxNode id = p.is("identifier") ? p : p.child("name").orElse(p.namedChildren().isEmpty() ? null
                    : p.namedChildren().getFirst());
            if (id == null || !id.is("identifier")) {
                continue;
            }
            SyntaxNode fallback = p.child("value").orElse(null);
            int index = i;
            String pname = name(id);
            scopes.bind(function, pname, Scopes.Binding.of(id, f -> parameter(f, function, index, pname, fallback)));
        }
    }

    /** What a parameter holds: whatever the calls in this script pass, or its default. */
    private CodeValue parameter(Flow f, SyntaxNode function, int index, String pname, SyntaxNode fallback) {
        List<CodeValue> seen = new ArrayList<>();
        for (Scopes.CallSite site : scopes.callsOf(function)) {
            SyntaxNode arg = site.named().containsKey(pname) ? site.named().get(pname)
                    : index < site.positional().size() ? site.positional().get(index) : null;
            if (arg != null) {
                seen.add(f.value(arg));
            } else if (fallback == null) {
                seen.add(CodeValue.unknown());
            }
        }
        if (fallback != null) {
            seen.add(f.value(fallback));
        }
        return seen.isEmpty() ? CodeValue.unknown() : CodeValue.merge(seen);
    }

    private void callSite(SyntaxNode n) {
        if (!n.is("call")) {
            return;
        }
        SyntaxNode callee = n.child("function").orElse(null);
        SyntaxNode args = n.child("arguments").orElse(null);
        if (callee == null || args == null || !callee.is("identifier")) {
            return;
        }
        List<SyntaxNode> positional = new ArrayList<>();
        Map<String, SyntaxNode> named = new HashMap<>();
        for (SyntaxNode a : args.namedChildren()) {
            if (a.is("keyword_argument")) {
                a.child("name").ifPresent(k -> a.child("value").ifPresent(v -> named.put(k.text(), v)));
            } else if (!a.is("comment")) {
                positional.add(a);
            }
        }
        Scopes.CallSite site = new Scopes.CallSite(n, positional, named);
        scopes.definitions(n, name(callee)).forEach(def -> scopes.addCall(def, site));
    }
}
