package dev.mycel.policy;

import java.util.List;

/**
 * The javascript rules. They follow values through the script ({@link JsValues}) and judge what
 * reaches a sink: code compiled from strings, child processes, modules and globals reached by
 * computed names, the prototype chain, sockets wired to shells, and files touched
 * ({@link JsCalls}, {@link JsNames}, {@link JsFiles}). Ordinary scripts (fs reads, JSON,
 * array work, console output, git via execFile) have nothing to report.
 */
final class JavascriptRules {
    private final CodeValidator.Nested nested;

    JavascriptRules(CodeValidator.Nested nested) {
        this.nested = nested;
    }

    void judge(SyntaxNode root, Findings out, int depth) {
        Scopes scopes = JsScopes.collect(root);
        Flow flow = new Flow(scopes);
        JsValues values = new JsValues(flow);
        flow.use(values);
        ScriptFacts facts = new ScriptFacts();
        Launches launches = new Launches(nested, out, depth, facts);
        JsNames names = new JsNames(values, out, launches);
        JsCalls calls = new JsCalls(values, out, launches, names);
        JsFiles files = new JsFiles(values, scopes, out, facts);
        root.walk(n -> {
            if (n.is("call_expression") || n.is("new_expression")) {
                files.learn(n, calls.refOf(n), values.calls().args(n));
            }
        });
        root.walk(n -> {
            switch (n.type()) {
                case "call_expression", "new_expression" -> {
                    calls.judge(n);
                    files.judge(n, calls.refOf(n), values.calls().args(n));
                    pipe(n, values, out);
                    names.constructorCall(n);
                }
                case "pair_pattern" -> names.computedPattern(n);
                case "assignment_expression" -> environment(n, values, out);
                case "member_expression" -> names.member(n);
                case "subscript_expression" -> names.subscript(n);
                case "identifier" -> names.identifier(n);
                default -> {
                }
            }
            if (n.is("identifier") || n.is("member_expression")) {
                names.sinkAsValue(n);
            }
        });
    }

    /** process.env.NODE_OPTIONS = "--require ...": every node started later loads that code. */
    private static void environment(SyntaxNode n, JsValues values, Findings out) {
        SyntaxNode left = n.child("left").orElse(null);
        if (left == null) {
            return;
        }
        CodeValue key = left.is("member_expression")
                ? CodeValue.literal(left.child("property").map(JsScopes::name).orElse(""), false)
                : left.is("subscript_expression") ? values.of(left.child("index").orElse(null)) : CodeValue.unknown();
        environmentKeys(n, key.cases().stream().filter(CodeValue::known).map(CodeValue::text).toList(), out);
    }

    static void environmentKeys(SyntaxNode at, List<String> keys, Findings out) {
        for (String k : keys) {
            if (Launches.CODE_VARIABLES.contains(k)) {
                out.add(Rule.DYNAMIC_IMPORT, at, "sets " + k + ", which makes programs load code: " + at.text());
            }
        }
    }

    /** socket.pipe(shell.stdin) or shell.stdout.pipe(socket): a shell driven from the network. */
    private static void pipe(SyntaxNode call, JsValues values, Findings out) {
        SyntaxNode fn = call.child("function").orElse(null);
        if (fn == null || !fn.is("member_expression")
                || !fn.child("property").map(SyntaxNode::text).orElse("").equals("pipe")) {
            return;
        }
        CodeValue from = values.of(fn.child("object").orElse(null));
        List<CodeValue> args = values.calls().args(call);
        CodeValue to = JsCallValues.at(args, 0);
        boolean socketToProcess = from.has(CodeValue.Taint.SOCKET) && to.has(CodeValue.Taint.PROCESS);
        boolean processToSocket = from.has(CodeValue.Taint.PROCESS) && to.has(CodeValue.Taint.SOCKET);
        if (socketToProcess || processToSocket) {
            out.add(Rule.REVERSE_SHELL, call, "pipes a program and a network socket together: " + call.text());
        }
    }
}
