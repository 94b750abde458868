package dev.mycel.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value a python call returns, where it can be known: string methods on constants, chr
 * and bytes of numbers, paths, the home directory, and where data comes from (a decoder, the
 * network, a socket, a temporary directory). Everything else returns an unknown value carrying
 * the taints of what went in.
 */
final class PyCallValues {

    static final Set<String> DECODERS = Set.of("base64.b64decode", "base64.b32decode", "base64.b16decode",
            "base64.a85decode", "base64.b85decode", "base64.decodebytes", "base64.decodestring",
            "base64.urlsafe_b64decode", "base64.standard_b64decode", "binascii.unhexlify", "binascii.a2b_base64",
            "binascii.a2b_hex", "binascii.a2b_uu", "bytes.fromhex", "bytearray.fromhex", "zlib.decompress",
            "gzip.decompress", "bz2.decompress", "lzma.decompress", "marshal.loads", "codecs.decode",
            "codecs.encode", "quopri.decodestring", "uu.decode");
    private static final List<String> DOWNLOADERS = List.of("urllib.request.urlopen", "urllib.urlopen",
            "urllib2.urlopen", "requests.", "httpx.", "http.client.", "urllib3.", "aiohttp.", "pycurl.", "wget.",
            "urllib.request.Request", "urllib.request.build_opener", "httplib2.");
    private static final Set<String> SOCKETS = Set.of("socket.socket", "socket.create_connection", "socket.fromfd",
            "ssl.wrap_socket", "websocket.create_connection", "telnetlib.Telnet", "asyncio.open_connection",
            "asyncio.open_unix_connection");
    private static final Set<String> TEMPORARY = Set.of("tempfile.mkdtemp", "tempfile.mkstemp",
            "tempfile.NamedTemporaryFile", "tempfile.TemporaryDirectory", "tempfile.TemporaryFile",
            "tempfile.SpooledTemporaryFile");
    private static final Set<String> PATHS = Set.of("pathlib.Path", "pathlib.PurePath", "pathlib.PosixPath",
            "pathlib.PurePosixPath", "os.path.join");
    private static final Set<String> SAME_PATH = Set.of("os.path.expanduser", "os.path.abspath", "os.path.realpath",
            "os.path.normpath", "os.path.expandvars", "os.fspath", "str", "bytes", "os.fsencode", "os.fsdecode");
    /** pathlib methods that return paths under the one they are called on. */
    private static final Set<String> PATH_METHODS = Set.of("rglob", "glob", "iterdir", "resolve", "expanduser",
            "absolute", "with_suffix", "with_name", "with_stem", "joinpath", "relative_to", "walk");

    private static CodeValue pathMethod(CodeValue path, String method, Args a) {
        if (method.equals("joinpath")) {
            List<CodeValue> pieces = new ArrayList<>(List.of(path));
            pieces.addAll(a.positional());
            return CodeValue.joinPath(pieces);
        }
        if (Set.of("resolve", "expanduser", "absolute").contains(method)) {
            return path;
        }
        // p.rglob("*.log") yields paths inside p: p's place, with a name only known at run time
        return CodeValue.joinPath(List.of(path, CodeValue.unknown()));
    }

    /** Builtins that compute from their arguments alone: map(chr, [105, 100]) is made of literals. */
    private static final Set<String> PURE = Set.of("map", "filter", "zip", "enumerate", "sorted", "set", "frozenset",
            "int", "float", "ord", "hex", "oct", "bin", "abs", "sum", "min", "max", "round", "len", "range", "repr",
            "ascii", "dict", "bool", "divmod", "pow", "format");
    private static final Pattern FORMAT_FIELD = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern PERCENT_FIELD = Pattern.compile("%(?:\\([^)]*\\))?[-+ #0]*\\d*(?:\\.\\d+)?([a-z%])");

    private final Flow flow;
    private final PyValues values;

    PyCallValues(Flow flow, PyValues values) {
        this.flow = flow;
        this.values = values;
    }

    /** Arguments of one call, evaluated. */
    record Args(List<CodeValue> positional, Map<String, CodeValue> named) {
        CodeValue at(int i) {
            return i < positional.size() ? positional.get(i) : CodeValue.unknown();
        }

        CodeValue named(String name, int position) {
            return named.containsKey(name) ? named.get(name) : at(position);
        }

        List<CodeValue> all() {
            List<CodeValue> a = new ArrayList<>(positional);
            a.addAll(named.values());
            return a;
        }
    }

    Args args(SyntaxNode call) {
        List<CodeValue> positional = new ArrayList<>();
        Map<String, CodeValue> named = new HashMap<>();
        SyntaxNode list = call.child("arguments").orElse(null);
        if (list != null && list.is("generator_expression")) {
            positional.add(values.of(list));
        } else if (list != null) {
            for (SyntaxNode a : list.namedChildren()) {
                if (a.is("keyword_argument")) {
                    a.child("name").ifPresent(k -> named.put(k.text(), values.of(a.child("value").orElse(null))));
                } else if (!a.is("comment")) {
                    positional.add(a.is("list_splat") || a.is("dictionary_splat") ? CodeValue.unknown() : values.of(a));
                }
            }
        }
        return new Args(positional, named);
    }

    CodeValue value(SyntaxNode call) {
        SyntaxNode fn = call.child("function").orElse(null);
        Args args = args(call);
        if (fn != null && fn.is("attribute")) {
            CodeValue object = values.of(fn.child("object").orElse(null));
            String method = fn.child("attribute").map(PyScopes::name).orElse("");
            CodeValue s = PyStrings.method(object, method, args);
            if (s != null) {
                return s;
            }
            if (object.has(CodeValue.Taint.PATH) && PATH_METHODS.contains(method)) {
                return pathMethod(object, method, args);
            }
        }
        CodeValue callee = values.of(fn);
        if (callee.function() != null) {
            return local(callee.function(), args);
        }
        String ref = callee.ref();
        CodeValue known = ref == null ? null : known(ref, args);
        if (known != null) {
            return known;
        }
        if (ref != null && PURE.contains(ref)) {
            return CodeValue.derived(args.all());
        }
        List<CodeValue> in = new ArrayList<>(args.all());
        in.add(callee);
        return CodeValue.result(in).withRef(ref == null ? null : ref + "()");
    }

    private CodeValue known(String ref, Args a) {
        CodeValue first = a.at(0);
        return switch (ref) {
            case "chr" -> PyStrings.chr(first);
            case "str", "bytes", "bytearray", "list", "tuple", "iter" -> a.positional().isEmpty()
                    ? CodeValue.literal("", false) : PyStrings.bytesOf(first);
            case "reversed" -> PyStrings.reversed(first);
            case "compile" -> first; // exec(compile(src, ...)) runs src
            case "vars" -> a.positional().isEmpty() || first.ref() != null && !first.ref().contains("(")
                    ? CodeValue.ref("vars()") : CodeValue.result(a.all());
            case "getattr" -> a.at(1).known() ? values.member(first, a.at(1).text())
                    : CodeValue.derived(List.of(first, a.at(1))).withExternal(true);
            case "__import__", "importlib.import_module" -> first.known() ? CodeValue.ref(first.text())
                    : CodeValue.derived(List.of(first)).withExternal(true);
            case "os.getenv", "os.environ.get" -> environment(first, a.positional().size() > 1 ? a.at(1) : null, values);
            case "os.getcwd", "pathlib.Path.cwd" -> CodeValue.computed(".").withTaint(CodeValue.Taint.PATH);
            case "pathlib.Path.home" -> CodeValue.computed("~").withTaint(CodeValue.Taint.PATH);
            case "site.getusersitepackages" -> CodeValue.computed("~/.local/lib/python3/site-packages")
                    .withTaint(CodeValue.Taint.PATH);
            case "site.getsitepackages", "sysconfig.get_paths" -> CodeValue.computed("/usr/lib/python3/site-packages")
                    .withTaint(CodeValue.Taint.PATH);
            case "tempfile.gettempdir" -> CodeValue.computed("/tmp").withTaint(CodeValue.Taint.TEMP)
                    .withTaint(CodeValue.Taint.PATH);
            case "subprocess.Popen", "os.getpid", "os.getppid" -> CodeValue.result(a.all()).withRef(ref + "()")
                    .withTaint(CodeValue.Taint.PROCESS);
            default -> source(ref, a);
        };
    }

    /** Calls whose result is known by where it comes from rather than what it is. */
    private CodeValue source(String ref, Args a) {
        CodeValue result = CodeValue.result(a.all()).withRef(ref + "()");
        if (PATHS.contains(ref)) {
            return a.positional().isEmpty() ? CodeValue.computed(".").withTaint(CodeValue.Taint.PATH)
                    : CodeValue.joinPath(a.positional());
        }
        if (SAME_PATH.contains(ref)) {
            return a.at(0).withTaint(CodeValue.Taint.PATH);
        }
        if (TEMPORARY.contains(ref)) {
            return result.withTaint(CodeValue.Taint.TEMP).withTaint(CodeValue.Taint.PATH);
        }
        if (ref.equals("codecs.decode") || ref.equals("codecs.encode")) {
            return codec(a, result);
        }
        if (DECODERS.contains(ref)) {
            return result.withTaint(CodeValue.Taint.DECODED);
        }
        if (SOCKETS.contains(ref)) {
            return result.withTaint(CodeValue.Taint.SOCKET);
        }
        if (DOWNLOADERS.stream().anyMatch(ref::startsWith)) {
            return result.withTaint(CodeValue.Taint.DOWNLOADED);
        }
        return null;
    }

    /** codecs.encode(s, "utf-8") is ordinary; rot13, base64, hex and zlib are ciphers or encodings that hide text. */
    private static CodeValue codec(Args a, CodeValue result) {
        CodeValue encoding = a.named("encoding", 1);
        String e = encoding.known() ? encoding.text().toLowerCase(Locale.ROOT).replace("-", "_") : "";
        if (e.startsWith("utf") || e.equals("ascii") || e.equals("latin_1") || e.equals("latin1")) {
            return a.at(0);
        }
        return result.withTaint(CodeValue.Taint.DECODED);
    }

    /** $HOME however it is asked for is the home directory, written ~ as SensitivePaths expects. */
    static CodeValue environment(CodeValue key, CodeValue fallback, PyValues values) {
        if (key.known() && (key.text().equals("HOME") || key.text().equals("USERPROFILE"))) {
            return CodeValue.computed("~").withTaint(CodeValue.Taint.PATH);
        }
        if (key.known() && (key.text().equals("TMPDIR") || key.text().equals("TEMP") || key.text().equals("TMP"))) {
            return CodeValue.computed("/tmp").withTaint(CodeValue.Taint.TEMP);
        }
        CodeValue v = CodeValue.derived(List.of(key)).withExternal(true);
        return fallback == null ? v : CodeValue.merge(List.of(v, fallback));
    }

    /** A local function's result: what its return statements return, its parameters bound to the arguments. */
    private CodeValue local(SyntaxNode function, Args args) {
        if (function.is("lambda")) {
            return values.of(function.child("body").orElse(null));
        }
        List<CodeValue> returned = new ArrayList<>();
        SyntaxNode body = function.child("body").orElse(function);
        collectReturns(body, returned);
        if (returned.isEmpty()) {
            return CodeValue.result(args.all());
        }
        return CodeValue.merge(returned);
    }

    private void collectReturns(SyntaxNode n, List<CodeValue> out) {
        for (SyntaxNode c : n.children()) {
            if (c.is("function_definition") || c.is("lambda") || c.is("class_definition")) {
                continue;
            }
            if (c.is("return_statement")) {
                out.add(c.namedChildren().isEmpty() ? CodeValue.derived(List.of())
                        : flow.value(c.namedChildren().getFirst()));
            } else if (out.size() < 32) {
                collectReturns(c, out);
            }
        }
    }

    /** "%s -la %s" % (a, b) */
    static CodeValue percent(CodeValue format, CodeValue args) {
        List<CodeValue> items = args.items() != null ? args.items() : List.of(args);
        return fill(format, PERCENT_FIELD, items, Map.of(), true);
    }

    /** "{} {name}".format(...) */
    static CodeValue format(CodeValue format, Args a) {
        return fill(format, FORMAT_FIELD, a.positional(), a.named(), false);
    }

    private static CodeValue fill(CodeValue format, Pattern field, List<CodeValue> items, Map<String, CodeValue> named,
                                  boolean percent) {
        if (!format.known()) {
            return CodeValue.derived(List.of(format)).absorb(CodeValue.derived(items));
        }
        Matcher m = field.matcher(format.text());
        CodeValue out = CodeValue.literal("", false);
        int last = 0;
        int next = 0;
        while (m.find()) {
            out = CodeValue.concat(out, piece(format, last, m.start()));
            String spec = m.group(1);
            if (percent && spec.equals("%")) {
                out = CodeValue.concat(out, piece(format, m.start(), m.start() + 1));
            } else {
                String name = percent ? "" : spec.split("[:!]")[0];
                CodeValue arg = name.isEmpty() ? (next < items.size() ? items.get(next++) : CodeValue.unknown())
                        : name.matches("\\d+") && Integer.parseInt(name) < items.size() ? items.get(Integer.parseInt(name))
                        : named.getOrDefault(name, CodeValue.unknown());
                out = CodeValue.concat(out, arg);
            }
            last = m.end();
        }
        return CodeValue.concat(out, piece(format, last, format.text().length())).absorb(format.withText(null));
    }

    /** A piece of a format string: known text, but not a piece of source on its own. */
    private static CodeValue piece(CodeValue format, int from, int to) {
        String t = format.text().substring(from, to);
        return new CodeValue(t, t, List.of(), false, false, Set.of(), null, null, null, null, null, null);
    }
}
