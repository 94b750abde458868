package dev.mycel.policy;

import java.util.List;
import java.util.Map;

/**
 * Judges javascript calls by what they really call (after require, imports, destructuring and
 * the global object are resolved): code compiled from strings, child processes, modules
 * required by computed names, and the process's own privileges. Files are {@link JsFiles}.
 */
final class JsCalls {

    enum Sink { CODE, TIMER, SHELL, SPAWN, FORK, REQUIRE, BINDING, KILL, SET_UID, REFLECT_GET, WORKER, BUN_SPAWN,
        CREDENTIAL }

    static final Map<String, Sink> SINKS = sinks();

    private final JsValues values;
    private final Findings out;
    private final Launches launches;
    private final JsNames names;

    JsCalls(JsValues values, Findings out, Launches launches, JsNames names) {
        this.values = values;
        this.out = out;
        this.launches = launches;
        this.names = names;
    }

    String refOf(SyntaxNode call) {
        SyntaxNode callee = JsCallValues.callee(call);
        if (callee != null && callee.is("import")) {
            return "import";
        }
        return values.of(callee).ref();
    }

    void judge(SyntaxNode call) {
        String ref = refOf(call);
        Sink sink = ref == null ? null : sinkOf(ref);
        if (sink == null) {
            return;
        }
        List<CodeValue> args = values.calls().args(call);
        List<SyntaxNode> nodes = JsCallValues.argumentNodes(call);
        CodeValue first = JsCallValues.at(args, 0);
        switch (sink) {
            case CODE -> launches.code(Language.JAVASCRIPT, ref.equals("Function") && !args.isEmpty() ? args.getLast()
                    : first, call);
            case TIMER -> {
                if (!nodes.isEmpty() && stringy(nodes.getFirst(), first)) {
                    launches.code(Language.JAVASCRIPT, first, call);
                }
            }
            case SHELL -> {
                launches.shell(first, call);
                standardInput(first.known() ? CodeValue.literal(first.text().strip().split("\\s+")[0], false) : first,
                        JsCallValues.at(args, 1), call);
            }
            case CREDENTIAL -> out.add(Rule.CREDENTIAL_READ, call, "reads a credential store through " + ref);
            case SPAWN -> spawn(call, args);
            case FORK -> launches.argv(CodeValue.literal("node", false), List.of(first), call);
            case REQUIRE -> names.moduleName(first, call, ref);
            case BINDING -> out.add(Rule.DYNAMIC_IMPORT, call, "reaches node's internals: " + call.text());
            case KILL -> kill(call, first);
            case SET_UID -> setuid(call, first);
            case REFLECT_GET -> names.computedMember(first, JsCallValues.at(args, 1), call);
            case WORKER -> worker(call, first, JsCallValues.at(args, 1));
            case BUN_SPAWN -> launches.argv(first.entries() != null && first.entries().containsKey("cmd")
                    ? first.entries().get("cmd") : first, call);
        }
    }

    /** A require made by createRequire is require; m._compile(text) on any Module compiles text. */
    static Sink sinkOf(String ref) {
        if (ref.endsWith("createRequire()")) {
            return Sink.REQUIRE;
        }
        return ref.endsWith("._compile") ? Sink.CODE : SINKS.get(ref);
    }

    /** execSync("bash", {input: body}): bytes fed to an interpreter's standard input are the program it runs. */
    private void standardInput(CodeValue program, CodeValue options, SyntaxNode call) {
        CodeValue input = options.entries() == null ? null : options.entries().get("input");
        if (input != null && program.known() && Commands.runsCode(List.of(program))) {
            launches.hiddenSource(input, call, "program given on standard input");
        }
    }

    /** process.kill of its own child (child.pid) is housekeeping; any other pid is someone else's program. */
    private void kill(SyntaxNode call, CodeValue pid) {
        if (!pid.has(CodeValue.Taint.PROCESS)) {
            out.add(Rule.KILL_PROCESS, call, call.text());
        }
    }

    private void setuid(SyntaxNode call, CodeValue id) {
        if (Long.valueOf(0).equals(id.number()) || "root".equals(id.text())) {
            out.add(Rule.PRIVILEGE_ESCALATION, call, call.text());
        }
    }

    /** new Worker(src, {eval: true}) compiles src. */
    private void worker(SyntaxNode call, CodeValue source, CodeValue options) {
        if (options.entries() != null && truthy(options.entries().get("eval"))) {
            launches.code(Language.JAVASCRIPT, source, call);
        }
    }

    /** setTimeout("code", n) compiles its string; setTimeout(fn, n) is an ordinary timer. */
    private static boolean stringy(SyntaxNode node, CodeValue v) {
        boolean text = v.ref() != null && (v.ref().matches("fs(\\.promises)?\\.readFile(Sync)?\\(\\)")
                || v.ref().endsWith(".toString()"));
        return text || v.template() != null || node.is("binary_expression") || v.has(CodeValue.Taint.DECODED)
                || v.has(CodeValue.Taint.DOWNLOADED) || v.has(CodeValue.Taint.SOCKET);
    }

    /** spawn(cmd, [args], {shell, stdio}) and execFile(file, [args], options). */
    private void spawn(SyntaxNode call, List<CodeValue> args) {
        CodeValue program = JsCallValues.at(args, 0);
        CodeValue second = JsCallValues.at(args, 1);
        boolean hasArgv = second.items() != null;
        CodeValue options = hasArgv ? JsCallValues.at(args, 2) : second;
        List<CodeValue> argv = hasArgv ? second.items() : List.of();
        Map<String, CodeValue> o = options.entries() == null ? Map.of() : options.entries();
        CodeValue env = o.get("env");
        if (env != null && env.entries() != null) {
            JavascriptRules.environmentKeys(call, List.copyOf(env.entries().keySet()), out);
        }
        standardInput(program, options, call);
        CodeValue stdio = o.get("stdio");
        if (stdio != null && (stdio.has(CodeValue.Taint.SOCKET)
                || stdio.items() != null && stdio.items().stream().anyMatch(i -> i.has(CodeValue.Taint.SOCKET)))) {
            out.add(Rule.REVERSE_SHELL, call, "a program's input and output are a network socket");
        }
        if (o.containsKey("shell") && truthy(o.get("shell"))) {
            CodeValue line = program;
            for (CodeValue a : argv) {
                line = CodeValue.concat(CodeValue.concat(line, CodeValue.literal(" ", false)), a);
            }
            launches.shell(line, call);
            return;
        }
        launches.argv(program, argv, call);
    }

    static boolean truthy(CodeValue v) {
        if (v == null) {
            return false;
        }
        if (v.number() != null) {
            return v.number() != 0;
        }
        return !v.known() || !v.text().isEmpty();
    }

    private static Map<String, Sink> sinks() {
        Map<String, Sink> m = new java.util.HashMap<>();
        List.of("eval", "Function", "vm.runInThisContext", "vm.runInNewContext", "vm.runInContext",
                "vm.compileFunction", "vm.Script", "vm.SourceTextModule", "module._compile", "execScript")
                .forEach(s -> m.put(s, Sink.CODE));
        List.of("setTimeout", "setInterval", "setImmediate").forEach(s -> m.put(s, Sink.TIMER));
        List.of("child_process.exec", "child_process.execSync").forEach(s -> m.put(s, Sink.SHELL));
        List.of("child_process.spawn", "child_process.spawnSync", "child_process.execFile",
                "child_process.execFileSync").forEach(s -> m.put(s, Sink.SPAWN));
        m.put("child_process.fork", Sink.FORK);
        List.of("require", "module.require", "import", "createRequire()").forEach(s -> m.put(s, Sink.REQUIRE));
        List.of("process.binding", "process._linkedBinding", "process.dlopen", "module.constructor._load",
                "process.mainModule.require", "require.main.require").forEach(s -> m.put(s, Sink.BINDING));
        m.put("process.kill", Sink.KILL);
        List.of("process.setuid", "process.setgid", "process.seteuid", "process.setegid")
                .forEach(s -> m.put(s, Sink.SET_UID));
        List.of("Reflect.get", "Reflect.getOwnPropertyDescriptor", "Object.getOwnPropertyDescriptor").forEach(s -> m.put(s, Sink.REFLECT_GET));
        List.of("worker_threads.Worker").forEach(s -> m.put(s, Sink.WORKER));
        List.of("Bun.spawn", "Bun.spawnSync").forEach(s -> m.put(s, Sink.BUN_SPAWN));
        List.of("keytar.getPassword", "keytar.findCredentials", "keytar.findPassword")
                .forEach(s -> m.put(s, Sink.CREDENTIAL));
        return Map.copyOf(m);
    }
}
