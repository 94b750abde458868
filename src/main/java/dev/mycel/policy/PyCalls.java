package dev.mycel.policy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Judges python calls by what they really call (after imports, aliases and getattr are
 * resolved): running code, starting programs, importing or looking up names computed at run
 * time, and deserialising payloads. Files, permissions and processes are {@link PyFiles}.
 */
final class PyCalls {

    enum Sink { CODE, SHELL, PROCESS, EXEC_V, EXEC_L, SPAWN_V, SPAWN_L, POSIX_SPAWN, PTY, DESERIALIZE, IMPORT,
        IMPORT_ANY, ATTRIBUTE, ATTRIBUTE_FIRST, SET_UID, KILL, DUP2, INSTALL }

    static final Map<String, Sink> SINKS = sinks();

    /** Names whose lookup by string is itself the point: nobody getattr()s "system" to print it. */
    private static final Set<String> DANGEROUS_NAMES = Set.of("system", "popen", "exec", "eval", "compile",
            "execv", "execve", "execl", "execle", "execlp", "execvp", "execvpe", "spawnv", "spawnl", "spawnlp",
            "spawnvp", "Popen", "check_output", "check_call", "getoutput", "getstatusoutput", "__import__",
            "import_module", "load_module", "exec_module", "loads", "fork", "forkpty", "setuid", "dup2", "rmtree",
            "remove", "unlink", "kill", "b64decode", "__builtins__", "builtins", "open", "getattr", "globals",
            "__getattribute__", "subprocess", "os", "pty", "socket", "ctypes", "CDLL");
    /** Modules whose attributes are constants and plain functions: getattr(logging, level) reaches nothing. */
    private static final Set<String> INERT_MODULES = Set.of("logging", "math", "string", "statistics", "calendar",
            "colorama.Fore", "colorama.Back", "colorama.Style", "signal", "errno", "stat", "locale", "decimal",
            "datetime", "time", "operator", "cmath", "random");
    static final Set<String> CLASS_WALK = Set.of("__bases__", "__base__", "__mro__", "__subclasses__", "__globals__",
            "__code__", "__builtins__", "__closure__", "func_globals", "f_globals", "f_locals", "f_builtins", "f_back",
            "gi_frame", "gi_code", "cr_frame", "tb_frame", "co_code", "__loader__", "__reduce_ex__", "mro");

    private final PyValues values;
    private final PyCallValues callValues;
    private final Findings out;
    private final Launches launches;
    private final ScriptFacts facts;
    private final PyFiles files;
    private final PyIndirect indirect;

    PyCalls(PyValues values, PyCallValues callValues, Scopes scopes, Findings out, Launches launches,
            ScriptFacts facts) {
        this.values = values;
        this.callValues = callValues;
        this.out = out;
        this.launches = launches;
        this.facts = facts;
        this.files = new PyFiles(values, scopes, out, facts);
        this.indirect = new PyIndirect(out, facts);
    }

    PyFiles files() {
        return files;
    }

    PyIndirect indirect() {
        return indirect;
    }

    /** The qualified name a call's function resolves to, or null. */
    String refOf(SyntaxNode call) {
        return values.of(call.child("function").orElse(null)).ref();
    }

    void judge(SyntaxNode call) {
        String ref = refOf(call);
        PyCallValues.Args a = callValues.args(call);
        files.judge(call, ref, a);
        indirect.judge(call, ref, a);
        if (ref == null) {
            return;
        }
        Sink sink = SINKS.get(ref);
        if (sink == null && ref.startsWith("ctypes.") && ref.endsWith(".system")) {
            sink = Sink.SHELL;
        }
        if (sink != null) {
            judge(sink, ref, call, a);
        }
    }

    private void judge(Sink sink, String ref, SyntaxNode call, PyCallValues.Args a) {
        switch (sink) {
            case CODE -> launches.code(Language.PYTHON, a.named("source", 0), call);
            case SHELL -> launches.shell(a.named("cmd", 0), call);
            case PROCESS -> process(ref, call, a);
            case EXEC_V -> launches.argv(a.at(0), rest(a.at(1)), call);
            case EXEC_L -> launches.argv(a.at(0), a.positional().subList(Math.min(2, a.positional().size()),
                    a.positional().size()), call);
            case SPAWN_V -> launches.argv(a.at(1), rest(a.at(2)), call);
            case SPAWN_L -> launches.argv(a.at(1), a.positional().subList(Math.min(3, a.positional().size()),
                    a.positional().size()), call);
            case POSIX_SPAWN -> launches.argv(a.at(0), rest(a.at(1)), call);
            case PTY -> pty(call, a.at(0));
            case DESERIALIZE -> deserialize(a.at(0), call, ref);
            case IMPORT -> importName(a.named("name", 0), call, ref);
            case IMPORT_ANY -> {
                out.add(Rule.DYNAMIC_IMPORT, call, call.text());
                importName(a.named("name", 0), call, ref);
            }
            case ATTRIBUTE -> attributeName(a.at(0), a.at(1), call, ref);
            case ATTRIBUTE_FIRST -> attributeName(CodeValue.unknown(), a.at(0), call, ref);
            case SET_UID -> {
                if (a.positional().stream().anyMatch(v -> Long.valueOf(0).equals(v.number()))) {
                    out.add(Rule.PRIVILEGE_ESCALATION, call, call.text());
                }
            }
            case KILL -> {
                if (!a.at(0).has(CodeValue.Taint.PROCESS)) {
                    out.add(Rule.KILL_PROCESS, call, call.text());
                }
            }
            case DUP2 -> {
                if (a.at(0).has(CodeValue.Taint.SOCKET)) {
                    out.add(Rule.REVERSE_SHELL, call, "connects standard input and output to a socket: " + call.text());
                }
            }
            case INSTALL -> out.add(Rule.INSTALL_PACKAGE, call, call.text());
        }
    }

    /** The items after the first of an argv list: the program is given separately. */
    private static List<CodeValue> rest(CodeValue argv) {
        List<CodeValue> items = argv.items();
        return items == null || items.isEmpty() ? List.of() : items.subList(1, items.size());
    }

    private void process(String ref, SyntaxNode call, PyCallValues.Args a) {
        for (String stream : List.of("stdin", "stdout", "stderr")) {
            if (a.named().containsKey(stream) && a.named().get(stream).has(CodeValue.Taint.SOCKET)) {
                out.add(Rule.REVERSE_SHELL, call, "a program's " + stream + " is a network socket");
            }
        }
        if (a.named().containsKey("env")) {
            indirect.variables(call, a.named().get("env"));
        }
        if (ref.equals("asyncio.create_subprocess_exec")) {
            List<CodeValue> p = a.positional();
            launches.argv(a.at(0), p.isEmpty() ? List.of() : p.subList(1, p.size()), call);
            return;
        }
        CodeValue command = a.named("args", 0);
        boolean shell = ref.equals("asyncio.create_subprocess_shell") || ref.startsWith("subprocess.get")
                || shellKeyword(call);
        CodeValue input = a.named().get("input");
        for (CodeValue c : command.cases()) {
            if (input != null && (shell || c.items() != null && !c.items().isEmpty() && c.items().getFirst().known()
                    && Commands.runsCode(c.items()))) {
                // bytes fed to an interpreter's standard input are the program it runs
                launches.hiddenSource(input, call, "program given on standard input");
            }
            if (shell) {
                launches.shell(c.items() != null && !c.items().isEmpty() ? c.items().getFirst() : c, call);
            } else if (c.items() != null) {
                launches.argv(c, call);
            } else {
                launches.argv(c, List.of(), call);
            }
        }
    }

    private static boolean shellKeyword(SyntaxNode call) {
        Optional<SyntaxNode> args = call.child("arguments");
        if (args.isEmpty()) {
            return false;
        }
        for (SyntaxNode k : args.get().namedChildren()) {
            if (k.is("keyword_argument") && k.child("name").map(SyntaxNode::text).orElse("").equals("shell")) {
                String v = k.child("value").map(SyntaxNode::text).orElse("False");
                return !Set.of("False", "0", "None").contains(v);
            }
        }
        return false;
    }

    private void pty(SyntaxNode call, CodeValue argv) {
        if (facts.connected()) {
            out.add(Rule.REVERSE_SHELL, call, "pty.spawn in a script that opens a socket");
        }
        for (CodeValue c : argv.cases()) {
            if (c.items() != null) {
                launches.argv(c, call);
            } else {
                launches.argv(c, List.of(), call);
            }
        }
    }

    /** Unpickling runs code named in the data; data written into the script is a payload. */
    private void deserialize(CodeValue data, SyntaxNode call, String ref) {
        for (CodeValue c : data.cases()) {
            if (c.has(CodeValue.Taint.SOCKET)) {
                out.add(Rule.REVERSE_SHELL, call, ref + " of data read from a socket");
            } else if (c.has(CodeValue.Taint.DOWNLOADED)) {
                out.add(Rule.DOWNLOAD_EXEC, call, ref + " of downloaded data");
            } else if (c.has(CodeValue.Taint.DECODED) || !c.external()) {
                out.add(Rule.DECODE_EXEC, call, ref + " of data written into the script");
            }
        }
    }

    private void importName(CodeValue name, SyntaxNode call, String ref) {
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

    /** getattr(obj, name), setattr, operator.attrgetter(name). */
    private void attributeName(CodeValue object, CodeValue name, SyntaxNode call, String ref) {
        for (CodeValue c : name.cases()) {
            if (launches.hiddenSource(c, call, "attribute name")) {
                continue;
            }
            if (!c.known() && c.external() && object.ref() != null && INERT_MODULES.contains(object.ref())) {
                continue;
            }
            if (!c.known()) {
                out.add(c.external() ? Rule.DYNAMIC_ATTRIBUTE : Rule.ASSEMBLED_NAME, call, ref + " of a computed name: "
                        + call.text());
            } else if (c.assembles(c.text())) {
                out.add(Rule.ASSEMBLED_NAME, call, "attribute '" + c.text() + "' built from pieces");
            } else if (CLASS_WALK.contains(c.text())) {
                out.add(Rule.CLASS_WALK, call, call.text());
            } else if (DANGEROUS_NAMES.contains(c.text()) || object.ref() != null
                    && SINKS.containsKey(PyValues.qualified(object.ref() + "." + c.text()))) {
                out.add(Rule.DYNAMIC_ATTRIBUTE, call, "looks up '" + c.text() + "' by name");
            }
        }
    }

    private static Map<String, Sink> sinks() {
        Map<String, Sink> m = new java.util.HashMap<>();
        for (String s : List.of("exec", "eval", "compile", "execfile", "types.FunctionType", "types.CodeType",
                "timeit.timeit", "timeit.repeat", "timeit.Timer", "code.InteractiveInterpreter().runsource",
                "code.InteractiveConsole().push", "code.interact")) {
            m.put(s, Sink.CODE);
        }
        for (String s : List.of("os.system", "os.popen", "os.popen2", "os.popen3", "os.popen4", "commands.getoutput",
                "commands.getstatusoutput", "platform.popen", "pexpect.run", "pexpect.spawn")) {
            m.put(s, Sink.SHELL);
        }
        for (String s : List.of("subprocess.run", "subprocess.call", "subprocess.check_call", "subprocess.check_output",
                "subprocess.Popen", "subprocess.getoutput", "subprocess.getstatusoutput",
                "asyncio.create_subprocess_shell", "asyncio.create_subprocess_exec")) {
            m.put(s, Sink.PROCESS);
        }
        List.of("os.execv", "os.execve", "os.execvp", "os.execvpe").forEach(s -> m.put(s, Sink.EXEC_V));
        List.of("os.execl", "os.execle", "os.execlp", "os.execlpe").forEach(s -> m.put(s, Sink.EXEC_L));
        List.of("os.spawnv", "os.spawnve", "os.spawnvp", "os.spawnvpe").forEach(s -> m.put(s, Sink.SPAWN_V));
        List.of("os.spawnl", "os.spawnle", "os.spawnlp", "os.spawnlpe").forEach(s -> m.put(s, Sink.SPAWN_L));
        List.of("os.posix_spawn", "os.posix_spawnp").forEach(s -> m.put(s, Sink.POSIX_SPAWN));
        m.put("pty.spawn", Sink.PTY);
        List.of("pickle.loads", "pickle.load", "cPickle.loads", "_pickle.loads", "marshal.loads", "dill.loads",
                "cloudpickle.loads", "jsonpickle.decode", "yaml.unsafe_load", "shelve.open")
                .forEach(s -> m.put(s, Sink.DESERIALIZE));
        List.of("importlib.import_module", "runpy.run_module", "imp.load_module", "imp.find_module",
                "pkgutil.resolve_name").forEach(s -> m.put(s, Sink.IMPORT));
        List.of("__import__", "importlib.__import__").forEach(s -> m.put(s, Sink.IMPORT_ANY));
        List.of("getattr", "setattr", "delattr", "object.__getattribute__", "type.__getattribute__",
                "inspect.getattr_static").forEach(s -> m.put(s, Sink.ATTRIBUTE));
        List.of("operator.attrgetter", "operator.methodcaller").forEach(s -> m.put(s, Sink.ATTRIBUTE_FIRST));
        List.of("os.setuid", "os.setgid", "os.seteuid", "os.setegid", "os.setreuid", "os.setregid", "os.setresuid",
                "os.setresgid").forEach(s -> m.put(s, Sink.SET_UID));
        List.of("os.kill", "os.killpg", "signal.pthread_kill", "psutil.Process().kill", "psutil.Process().terminate",
                "psutil.Process().send_signal").forEach(s -> m.put(s, Sink.KILL));
        m.put("os.dup2", Sink.DUP2);
        List.of("pip.main", "pip._internal.main", "pip._internal.cli.main.main").forEach(s -> m.put(s, Sink.INSTALL));
        return Map.copyOf(m);
    }
}
