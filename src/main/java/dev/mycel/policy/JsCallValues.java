package dev.mycel.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The value a javascript call returns, where it can be known: require of a literal module,
 * string and array methods on constants (split, reverse, join, replace), character codes,
 * paths and the home directory, and where data comes from (a decoder, the network, a socket,
 * a temporary directory, a child process).
 */
final class JsCallValues {

    private static final List<String> DOWNLOADERS = List.of("fetch", "axios", "http.get", "https.get", "http.request",
            "https.request", "got", "node-fetch", "request", "undici.", "superagent", "needle", "XMLHttpRequest");
    private static final Set<String> SOCKETS = Set.of("net.connect", "net.createConnection", "tls.connect",
            "net.Socket", "dgram.createSocket", "WebSocket", "ws", "net.createServer");
    private static final Set<String> DECODERS = Set.of("atob", "decodeURIComponent", "decodeURI", "unescape",
            "crypto.createDecipheriv", "crypto.createDecipher", "querystring.unescape");
    private static final Set<String> BUFFER_ENCODINGS = Set.of("base64", "hex", "base64url", "binary", "latin1", "ucs2",
            "utf16le");
    private static final Set<String> PATHS = Set.of("path.join", "path.resolve", "path.posix.join",
            "path.posix.resolve");
    private static final Set<String> PROCESSES = Set.of("child_process.spawn", "child_process.exec",
            "child_process.execFile", "child_process.fork");

    private final Flow flow;
    private final JsValues values;

    JsCallValues(Flow flow, JsValues values) {
        this.flow = flow;
        this.values = values;
    }

    static boolean downloads(String ref) {
        return DOWNLOADERS.stream().anyMatch(d -> ref.equals(d) || ref.startsWith(d + ".") || d.endsWith(".")
                && ref.startsWith(d));
    }

    /** The argument nodes of a call or new expression; a tagged template is one argument. */
    static List<SyntaxNode> argumentNodes(SyntaxNode call) {
        SyntaxNode args = call.child("arguments").orElse(null);
        if (args == null) {
            return List.of();
        }
        if (args.is("template_string")) {
            return List.of(args);
        }
        return args.namedChildren().stream().filter(c -> !c.is("comment")).toList();
    }

    List<CodeValue> args(SyntaxNode call) {
        List<CodeValue> out = new ArrayList<>();
        for (SyntaxNode a : argumentNodes(call)) {
            out.add(values.of(a));
        }
        return out;
    }

    /** The callee of a call, or the constructor of a new expression. */
    static SyntaxNode callee(SyntaxNode call) {
        return call.child(call.is("new_expression") ? "constructor" : "function").orElse(null);
    }

    CodeValue value(SyntaxNode call) {
        SyntaxNode fn = callee(call);
        List<CodeValue> args = args(call);
        if (fn != null && fn.is("import")) {
            return module(at(args, 0));
        }
        if (fn != null && fn.is("member_expression")) {
            CodeValue object = values.of(fn.child("object").orElse(null));
            String method = fn.child("property").map(JsScopes::name).orElse("");
            List<SyntaxNode> nodes = argumentNodes(call);
            if (method.startsWith("replace") && !nodes.isEmpty() && nodes.getFirst().is("regex")) {
                CodeValue r = JsStrings.replaceRegex(object, nodes.getFirst().text(), at(args, 1));
                if (r != null) {
                    return r;
                }
            }
            CodeValue s = object.ref() == null ? JsStrings.method(object, method, args) : null;
            if (s != null) {
                return s;
            }
        }
        CodeValue callee = values.of(fn);
        if (callee.function() != null) {
            return local(callee.function(), args);
        }
        String ref = callee.ref();
        CodeValue known = ref == null ? null : known(ref, call, args);
        if (known != null) {
            return known;
        }
        List<CodeValue> in = new ArrayList<>(args);
        in.add(callee);
        return CodeValue.result(in).withRef(ref == null ? null : ref + "()");
    }

    static CodeValue at(List<CodeValue> args, int i) {
        return i < args.size() ? args.get(i) : CodeValue.unknown();
    }

    private static CodeValue module(CodeValue name) {
        return name.known() ? CodeValue.ref(JsScopes.module(name.text())) : CodeValue.derived(List.of(name)).withExternal(true);
    }

    private CodeValue known(String ref, SyntaxNode call, List<CodeValue> args) {
        CodeValue first = at(args, 0);
        return switch (ref) {
            case "require", "module.require" -> module(first);
            case "String.fromCharCode", "String.fromCodePoint" -> JsStrings.fromCharCodes(args);
            case "String", "Array.from", "JSON.parse", "JSON.stringify", "TextDecoder().decode", "Object.values" ->
                    args.isEmpty() ? CodeValue.literal("", false) : first;
            case "String.raw" -> raw(call);
            case "Buffer.from", "Uint8Array", "Uint8Array.from" -> buffer(first, at(args, 1), args.size() > 1);
            case "os.homedir" -> CodeValue.computed("~").withTaint(CodeValue.Taint.PATH);
            case "os.tmpdir" -> CodeValue.computed("/tmp").withTaint(CodeValue.Taint.TEMP).withTaint(CodeValue.Taint.PATH);
            case "process.cwd" -> CodeValue.computed(".").withTaint(CodeValue.Taint.PATH);
            case "path.normalize", "path.posix.normalize", "fs.realpathSync" -> first.withTaint(CodeValue.Taint.PATH);
            default -> source(ref, args);
        };
    }

    private CodeValue source(String ref, List<CodeValue> args) {
        CodeValue result = CodeValue.result(args).withRef(ref + "()");
        if (PATHS.contains(ref)) {
            return CodeValue.joinPath(args);
        }
        if (ref.matches("fs(\\.promises)?\\.mkdtemp(Sync)?")) {
            return result.withTaint(CodeValue.Taint.TEMP).withTaint(CodeValue.Taint.PATH);
        }
        if (DECODERS.contains(ref) || ref.startsWith("zlib.") && ref.matches("zlib\\.(inflate|gunzip|unzip|brotliDecompress).*")) {
            return result.withTaint(CodeValue.Taint.DECODED);
        }
        if (SOCKETS.contains(ref)) {
            result = result.withTaint(CodeValue.Taint.SOCKET);
            return ref.contains("WebSocket") || ref.equals("ws") ? result.withTaint(CodeValue.Taint.DOWNLOADED) : result;
        }
        if (downloads(ref)) {
            return result.withTaint(CodeValue.Taint.DOWNLOADED);
        }
        if (PROCESSES.contains(ref)) {
            return result.withTaint(CodeValue.Taint.PROCESS);
        }
        return null;
    }

    /** Buffer.from(s, "base64") decodes; Buffer.from([105, 100]) spells "id" in character codes. */
    private static CodeValue buffer(CodeValue data, CodeValue encoding, boolean hasEncoding) {
        if (hasEncoding && encoding.known() && BUFFER_ENCODINGS.contains(encoding.text().toLowerCase(Locale.ROOT))) {
            return CodeValue.derived(List.of(data)).withTaint(CodeValue.Taint.DECODED);
        }
        if (data.items() != null) {
            return JsStrings.fromCharCodes(data.items());
        }
        return data;
    }

    /** String.raw`...`: the template's text with its escapes left as written. */
    private CodeValue raw(SyntaxNode call) {
        SyntaxNode t = call.child("arguments").orElse(null);
        if (t == null || !t.is("template_string")) {
            return CodeValue.derived(List.of());
        }
        CodeValue out = CodeValue.literal("", false);
        for (SyntaxNode c : t.namedChildren()) {
            out = CodeValue.concat(out, c.is("template_substitution")
                    ? (c.namedChildren().isEmpty() ? CodeValue.unknown() : values.of(c.namedChildren().getFirst()))
                    : CodeValue.literal(c.text(), false));
        }
        return out;
    }

    /** A local function's result: its expression body or what its return statements return. */
    private CodeValue local(SyntaxNode function, List<CodeValue> args) {
        SyntaxNode body = function.child("body").orElse(null);
        if (body == null) {
            return CodeValue.result(args);
        }
        if (!body.is("statement_block")) {
            return values.of(body);
        }
        List<CodeValue> returned = new ArrayList<>();
        collectReturns(body, returned);
        return returned.isEmpty() ? CodeValue.result(args) : CodeValue.merge(returned);
    }

    private void collectReturns(SyntaxNode n, List<CodeValue> out) {
        for (SyntaxNode c : n.children()) {
            if (JsScopes.FUNCTIONS.contains(c.type()) || c.is("class_declaration")) {
                continue;
            }
            if (c.is("return_statement")) {
                out.add(c.namedChildren().isEmpty() ? CodeValue.derived(List.of()) : flow.value(c.namedChildren().getFirst()));
            } else if (out.size() < 32) {
                collectReturns(c, out);
            }
        }
    }
}
