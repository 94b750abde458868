package dev.mycel.policy;

import java.util.Set;

/**
 * The python rules. They follow values through the script ({@link PyValues}) and judge what
 * reaches a sink: code run from strings, programs started, names looked up by string, the
 * object model walked to reach what was never imported, and files touched ({@link PyCalls},
 * {@link PyFiles}). Ordinary scripts (reading files, parsing, printing, running git status)
 * have nothing to report.
 */
final class PythonRules {

    /** Namespace objects whose items are every global or builtin function. */
    private static final Set<String> NAMESPACE_METHODS = Set.of("get", "update", "setdefault", "pop", "__getitem__",
            "__setitem__", "items", "values");

    private final CodeValidator.Nested nested;

    PythonRules(CodeValidator.Nested nested) {
        this.nested = nested;
    }

    void judge(SyntaxNode root, Findings out, int depth) {
        PyScopes scopes = PyScopes.collect(root);
        Flow flow = new Flow(scopes.scopes());
        PyValues values = new PyValues(flow, scopes);
        flow.use(values);
        ScriptFacts facts = new ScriptFacts();
        Launches launches = new Launches(nested, out, depth, facts);
        PyCalls calls = new PyCalls(values, values.calls(), scopes.scopes(), out, launches, facts);
        root.walk(n -> {
            if (n.is("call")) {
                calls.files().learn(n, calls.refOf(n), values.calls().args(n));
            }
        });
        root.walk(n -> {
            switch (n.type()) {
                case "call" -> calls.judge(n);
                case "attribute" -> attribute(n, values, out);
                case "identifier" -> identifier(n, out);
                case "subscript" -> subscript(n, values, out);
                case "assignment" -> n.child("left").filter(l -> l.is("subscript")).flatMap(l -> l.child("subscript"))
                        .ifPresent(key -> calls.indirect().variable(n, values.of(key)));
                default -> {
                }
            }
            if (n.is("attribute") || n.is("identifier")) {
                sinkAsValue(n, values, out);
            }
        });
    }

    private static void attribute(SyntaxNode n, PyValues values, Findings out) {
        String name = n.child("attribute").map(PyScopes::name).orElse("");
        if (PyCalls.CLASS_WALK.contains(name)) {
            out.add(Rule.CLASS_WALK, n, n.text());
            return;
        }
        CodeValue object = values.of(n.child("object").orElse(null));
        if (object.ref() != null && PySubscripts.NAMESPACES.contains(object.ref()) && NAMESPACE_METHODS.contains(name)) {
            out.add(Rule.DYNAMIC_ATTRIBUTE, n, "reaches functions through " + object.ref() + "." + name);
        }
    }

    private static void identifier(SyntaxNode n, Findings out) {
        String text = n.text();
        if (text.equals("__builtins__") && !n.field().equals("attribute")) {
            out.add(Rule.CLASS_WALK, n, "__builtins__");
        }
        if (!text.chars().allMatch(c -> c < 0x80) && !PyScopes.name(n).equals(text)) {
            out.add(Rule.ESCAPED_TEXT, n, "name spelled with look-alike letters: " + text + " is " + PyScopes.name(n));
        }
    }

    /** globals()["x"], vars(os)[name], sys.modules[name], os.__dict__[name]. */
    private static void subscript(SyntaxNode n, PyValues values, Findings out) {
        SyntaxNode target = n.child("value").orElse(null);
        CodeValue object = values.of(target);
        if (object.ref() != null && PySubscripts.NAMESPACES.contains(object.ref())) {
            Rule rule = object.ref().equals("sys.modules") ? Rule.DYNAMIC_IMPORT : Rule.DYNAMIC_ATTRIBUTE;
            out.add(rule, n, "looks a name up in " + object.ref() + ": " + n.text());
        } else if (target != null && target.is("attribute") && target.text().endsWith(".__dict__")) {
            CodeValue owner = values.of(target.child("object").orElse(null));
            if (owner.ref() != null && !owner.ref().contains("(")) {
                out.add(Rule.DYNAMIC_ATTRIBUTE, n, "looks a name up in a module's namespace: " + n.text());
            }
        }
    }

    /**
     * A function that runs code or commands passed around as a value (map(os.system, cmds),
     * Thread(target=os.system), a pickle __reduce__ returning os.system) runs arguments nobody
     * sees at the call.
     */
    private static void sinkAsValue(SyntaxNode n, PyValues values, Findings out) {
        SyntaxNode parent = n.parent().orElse(null);
        if (parent == null || n.field().equals("function") || n.field().equals("object") || n.field().equals("attribute")
                || n.field().equals("left") || parent.is("assignment") && n.field().equals("right")
                || parent.is("attribute") || parent.is("dotted_name") || parent.is("aliased_import")
                || parent.is("keyword_argument") && n.field().equals("name")) {
            return;
        }
        String ref = values.of(n).ref();
        PyCalls.Sink sink = ref == null ? null : PyCalls.SINKS.get(ref);
        if (sink == PyCalls.Sink.CODE || inReduce(n) && sink != null) {
            out.add(Rule.DYNAMIC_CODE, n, ref + " passed around as a value: " + parent.text());
        } else if (sink == PyCalls.Sink.SHELL || sink == PyCalls.Sink.PROCESS) {
            out.add(Rule.DYNAMIC_SHELL, n, ref + " passed around as a value: " + parent.text());
        }
    }

    private static boolean inReduce(SyntaxNode n) {
        for (SyntaxNode p = n.parent().orElse(null); p != null; p = p.parent().orElse(null)) {
            if (p.is("function_definition")) {
                String name = p.child("name").map(SyntaxNode::text).orElse("");
                return name.equals("__reduce__") || name.equals("__reduce_ex__");
            }
        }
        return false;
    }
}
