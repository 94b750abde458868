package dev.mycel.policy;

import java.util.Set;

/**
 * Judges how javascript reaches names: required modules and computed keys on the global
 * object, process and modules ({@code globalThis["ev" + "al"]}, {@code cp[method]}), the
 * prototype chain to the Function constructor, identifiers spelled with escapes, and
 * functions that run code passed around as values ({@code [src].map(eval)}).
 */
final class JsNames {

    /** Objects whose members are capabilities: a computed key on them is a hidden call. */
    private static final Set<String> GUARDED = Set.of("globalThis", "process", "require", "module", "Function",
            "Reflect", "child_process", "fs", "fs.promises", "vm", "os", "net", "http", "https", "worker_threads",
            "dgram", "tls", "cluster", "inspector", "v8", "process.env", "Buffer");
    private static final Set<String> DANGEROUS = Set.of("eval", "Function", "require", "process", "exec", "execSync",
            "spawn", "spawnSync", "execFile", "execFileSync", "fork", "constructor", "mainModule", "binding",
            "_linkedBinding", "dlopen", "setTimeout", "setInterval", "atob", "Buffer", "child_process", "global",
            "globalThis", "__proto__", "_load", "_compile", "runInThisContext", "runInNewContext", "compileFunction",
            "unlinkSync", "rmSync", "writeFileSync", "kill");
    private static final Set<String> CLASS_WALK = Set.of("__proto__", "__defineGetter__", "__defineSetter__",
            "__lookupGetter__", "__lookupSetter__");

    private final JsValues values;
    private final Findings out;
    private final Launches launches;

    JsNames(JsValues values, Findings out, Launches launches) {
        this.values = values;
        this.out = out;
        this.launches = launches;
    }

    /** require(name), import(name). */
    void moduleName(CodeValue name, SyntaxNode call, String ref) {
        for (CodeValue c : name.cases()) {
            if (launches.hiddenSource(c, call, "module name")) {
                continue;
            }
            if (!c.known()) {
                out.add(c.external() ? Rule.DYNAMIC_IMPORT : Rule.ASSEMBLED_NAME, call, ref + " of a computed name: "
                        + call.text());
            } else if (c.assembles(c.text())) {
                out.add(Rule.ASSEMBLED_NAME, call, "module '" + c.text() + "' built from pieces");
            }
        }
    }

    void member(SyntaxNode n) {
        String name = n.child("property").map(JsScopes::name).orElse("");
        SyntaxNode objectNode = n.child("object").orElse(null);
        name(n, objectNode, name);
    }

    void subscript(SyntaxNode n) {
        SyntaxNode objectNode = n.child("object").orElse(null);
        SyntaxNode indexNode = n.child("index").orElse(null);
        if (indexNode == null || indexNode.is("number")) {
            return;
        }
        CodeValue key = values.of(indexNode);
        computedMember(values.of(objectNode), key, n);
        for (CodeValue k : key.cases()) {
            if (k.known()) {
                name(n, objectNode, k.text());
            }
        }
    }

    /** obj[key] where obj is the global object, process or a module. */
    void computedMember(CodeValue object, CodeValue key, SyntaxNode at) {
        boolean guarded = object.ref() != null && (GUARDED.contains(object.ref())
                || GUARDED.contains(object.ref().split("\\.")[0]) && !object.ref().contains("("));
        for (CodeValue k : key.cases()) {
            boolean dangerous = k.known() && DANGEROUS.contains(k.text());
            if (k.escaped() && (guarded || dangerous)) {
                out.add(Rule.ESCAPED_TEXT, at, "name spelled with escapes: " + k.text());
            } else if (k.known() && (guarded || dangerous) && k.assembles(k.text())) {
                out.add(Rule.ASSEMBLED_NAME, at, "name '" + k.text() + "' built from pieces");
            } else if (guarded && dangerous) {
                out.add(Rule.DYNAMIC_ATTRIBUTE, at, "looks up '" + k.text() + "' by name");
            } else if (guarded && !k.known() && !launches.hiddenSource(k, at, "name")) {
                out.add(k.external() ? Rule.DYNAMIC_ATTRIBUTE : Rule.ASSEMBLED_NAME, at,
                        "computed name on " + object.ref() + ": " + at.text());
            }
        }
    }

    /** The prototype chain: __proto__, x.constructor.constructor, (function(){}).constructor. */
    private void name(SyntaxNode at, SyntaxNode objectNode, String name) {
        if (CLASS_WALK.contains(name)) {
            out.add(Rule.CLASS_WALK, at, at.text());
            return;
        }
        CodeValue object = values.of(objectNode);
        if (name.equals("constructor") && objectNode != null && (reachesConstructor(objectNode)
                || object.function() != null || "module".equals(object.ref()))) {
            out.add(Rule.CLASS_WALK, at, "reaches the Function constructor: " + at.text());
        } else if (name.equals("mainModule") && "process".equals(object.ref())) {
            out.add(Rule.DYNAMIC_IMPORT, at, at.text());
        }
    }

    private boolean reachesConstructor(SyntaxNode n) {
        SyntaxNode inner = n;
        while (inner.is("parenthesized_expression") && !inner.namedChildren().isEmpty()) {
            inner = inner.namedChildren().getLast();
        }
        if (JsScopes.FUNCTIONS.contains(inner.type())) {
            return true;
        }
        if (inner.is("call_expression")) {
            String callee = inner.child("function").map(SyntaxNode::text).orElse("");
            return callee.endsWith("getPrototypeOf");
        }
        if (inner.is("member_expression")) {
            return inner.child("property").map(JsScopes::name).orElse("").equals("constructor");
        }
        if (inner.is("subscript_expression")) {
            CodeValue key = values.of(inner.child("index").orElse(null));
            return key.known() && key.text().equals("constructor");
        }
        return false;
    }

    /** x.constructor("code"): only Function turns a string into code, so this reached it. */
    void constructorCall(SyntaxNode call) {
        SyntaxNode fn = call.child("function").orElse(null);
        if (fn == null || !fn.is("member_expression")
                || !fn.child("property").map(JsScopes::name).orElse("").equals("constructor")) {
            return;
        }
        CodeValue object = values.of(fn.child("object").orElse(null));
        boolean compilesText = values.calls().args(call).stream().anyMatch(a -> a.template() != null
                || a.has(CodeValue.Taint.DECODED) || a.has(CodeValue.Taint.DOWNLOADED));
        if (compilesText && object.template() == null) {
            out.add(Rule.CLASS_WALK, call, "reaches the Function constructor: " + fn.text());
        }
    }

    /** const {[key]: f} = require("child_process"): a computed key in destructuring is a computed lookup. */
    void computedPattern(SyntaxNode pair) {
        SyntaxNode key = pair.child("key").orElse(null);
        SyntaxNode pattern = pair.parent().orElse(null);
        SyntaxNode holder = pattern == null ? null : pattern.parent().orElse(null);
        if (key == null || !key.is("computed_property_name") || key.namedChildren().isEmpty() || holder == null) {
            return;
        }
        SyntaxNode source = holder.child(holder.is("variable_declarator") ? "value" : "right").orElse(null);
        if (source != null) {
            computedMember(values.of(source), values.of(key.namedChildren().getFirst()), pair);
        }
    }

    void identifier(SyntaxNode n) {
        if (n.text().indexOf('\\') >= 0) {
            out.add(Rule.ESCAPED_TEXT, n, "name spelled with escapes: " + n.text() + " is " + JsScopes.name(n));
        }
    }

    /** [src].map(eval), cmds.forEach(execSync): code or commands run by a function passed as a value. */
    void sinkAsValue(SyntaxNode n) {
        SyntaxNode parent = n.parent().orElse(null);
        // a pair value ({run: cp.exec}) is followed when it is called, so only arguments and arrays hide the call
        if (parent == null || !(parent.is("arguments") || parent.is("array"))) {
            return;
        }
        String ref = values.of(n).ref();
        JsCalls.Sink sink = ref == null ? null : JsCalls.SINKS.get(ref);
        if (sink == JsCalls.Sink.CODE) {
            out.add(Rule.DYNAMIC_CODE, n, ref + " passed around as a value: " + parent.text());
        } else if (sink == JsCalls.Sink.SHELL || sink == JsCalls.Sink.SPAWN) {
            out.add(Rule.DYNAMIC_SHELL, n, ref + " passed around as a value: " + parent.text());
        }
    }
}
