package dev.mycel.policy;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Judges what javascript does to files through fs (and fs/promises, fs-extra): secrets read,
 * startup files written, writes and deletes outside the working directory, setuid modes,
 * recursive permission changes and downloads made executable. {@link #learn} first notes the
 * files the script writes, which of them receive downloads, and whether it opens a socket.
 */
final class JsFiles {

    private static final Set<String> WRITES = Set.of("writeFile", "appendFile", "createWriteStream", "outputFile",
            "writeJson", "outputJson", "truncate", "writeJSON");
    private static final Set<String> MOVES = Set.of("copyFile", "cp", "copy", "rename", "move", "symlink", "link");
    private static final Set<String> DELETES = Set.of("unlink", "rm", "rmdir", "remove", "emptyDir");
    private static final Set<String> CHMODS = Set.of("chmod", "lchmod", "fchmod");
    private static final Set<String> SOCKETS = Set.of("net.connect", "net.createConnection", "tls.connect",
            "net.createServer");

    private final JsValues values;
    private final Scopes scopes;
    private final Findings out;
    private final ScriptFacts facts;

    JsFiles(JsValues values, Scopes scopes, Findings out, ScriptFacts facts) {
        this.values = values;
        this.scopes = scopes;
        this.out = out;
        this.facts = facts;
    }

    /** The fs operation a qualified name is (readFileSync and fs.promises.readFile are readFile), or null. */
    static String operation(String ref) {
        if (ref == null || !(ref.startsWith("fs.") || ref.startsWith("fs-extra.") || ref.startsWith("graceful-fs."))) {
            return null;
        }
        String op = ref.substring(ref.lastIndexOf('.') + 1);
        return op.endsWith("Sync") ? op.substring(0, op.length() - 4) : op;
    }

    void judge(SyntaxNode call, String ref, List<CodeValue> args) {
        args.stream().filter(v -> v.has(CodeValue.Taint.PATH)).forEach(v -> FileWrites.touch(out, call, v));
        String op = operation(ref);
        if (op == null) {
            return;
        }
        CodeValue first = JsCallValues.at(args, 0);
        FileWrites.touch(out, call, first);
        if (WRITES.contains(op) || op.equals("open") && writes(JsCallValues.at(args, 1))) {
            FileWrites.write(out, call, first);
        } else if (MOVES.contains(op)) {
            FileWrites.write(out, call, JsCallValues.at(args, 1));
        } else if (DELETES.contains(op)) {
            CodeValue options = JsCallValues.at(args, 1);
            boolean recursive = op.equals("remove") || op.equals("emptyDir") || options.entries() != null
                    && JsCalls.truthy(options.entries().get("recursive"));
            FileWrites.delete(out, call, first, PyFiles.key(first, argument(call, 0)), facts, recursive);
        } else if (CHMODS.contains(op)) {
            chmod(call, first, argument(call, 0), JsCallValues.at(args, 1));
        } else if (op.equals("chown") || op.equals("lchown")) {
            recursive(call);
        }
    }

    private void chmod(SyntaxNode call, CodeValue path, SyntaxNode pathNode, CodeValue mode) {
        Long n = mode.number();
        if (n == null && mode.known() && mode.text().matches("[0-7]{3,4}")) {
            n = Long.parseLong(mode.text(), 8);
        }
        if (n != null && (n & 06000) != 0) {
            out.add(Rule.SETUID, call, call.text());
        }
        boolean executable = n == null || (n & 0111) != 0;
        if (executable && (facts.isDownload(PyFiles.key(path, pathNode)) || facts.anyDownloadWritten())) {
            out.add(Rule.DOWNLOAD_EXEC, call, "makes a downloaded file executable: " + call.text());
        }
        recursive(call);
    }

    /** chmod inside a loop over a recursive directory listing, or inside a function that calls itself. */
    private void recursive(SyntaxNode call) {
        for (SyntaxNode up = call.parent().orElse(null); up != null; up = up.parent().orElse(null)) {
            SyntaxNode p = up;
            boolean tree = p.is("for_in_statement") && p.child("right").map(r -> r.text().contains("recursive")
                    || r.text().contains("walk")).orElse(false);
            boolean selfCalling = p.is("function_declaration") && p.child("name").map(SyntaxNode::text)
                    .map(name -> p.contains(c -> c.is("call_expression") && c.child("function")
                            .map(f -> f.text().equals(name)).orElse(false))).orElse(false);
            if (tree || selfCalling) {
                out.add(Rule.RECURSIVE_PERMISSIONS, call, call.text() + " for every file of a tree");
                return;
            }
        }
    }

    /** Notes files written, downloads written into files and sockets opened, before any call is judged. */
    void learn(SyntaxNode call, String ref, List<CodeValue> args) {
        String op = operation(ref);
        CodeValue first = JsCallValues.at(args, 0);
        if (op != null && (WRITES.contains(op) || MOVES.contains(op))) {
            int target = WRITES.contains(op) ? 0 : 1;
            String key = PyFiles.key(JsCallValues.at(args, target), argument(call, target));
            facts.wrote(key);
            if (WRITES.contains(op) && JsCallValues.at(args, 1).has(CodeValue.Taint.DOWNLOADED)) {
                facts.downloadedInto(key);
            }
        }
        if (ref != null && SOCKETS.contains(ref)) {
            facts.connects();
        }
        SyntaxNode fn = JsCallValues.callee(call);
        if (fn == null || !fn.is("member_expression")) {
            return;
        }
        String method = fn.child("property").map(SyntaxNode::text).orElse("");
        CodeValue receiver = values.of(fn.child("object").orElse(null));
        if (method.equals("pipe") && receiver.has(CodeValue.Taint.DOWNLOADED)) {
            facts.downloadedInto(writeStreamPath(argument(call, 0)).orElse("?"));
        } else if (receiver.has(CodeValue.Taint.SOCKET) && Set.of("connect", "listen").contains(method)) {
            facts.connects();
        } else if ("stream.pipeline".equals(ref) && first.has(CodeValue.Taint.DOWNLOADED)) {
            facts.downloadedInto(writeStreamPath(argument(call, 1)).orElse("?"));
        }
    }

    /** The file of fs.createWriteStream(path), written inline or held in a variable. */
    private Optional<String> writeStreamPath(SyntaxNode n) {
        SyntaxNode stream = n;
        if (n != null && n.is("identifier")) {
            stream = null;
            for (Scopes.Binding b : scopes.lookup(n, JsScopes.name(n))) {
                SyntaxNode parent = b.at().parent().orElse(null);
                if (parent != null && parent.is("variable_declarator")) {
                    stream = parent.child("value").orElse(stream);
                }
            }
        }
        if (stream == null || !stream.is("call_expression")
                || !"createWriteStream".equals(operation(values.of(JsCallValues.callee(stream)).ref()))) {
            return Optional.empty();
        }
        SyntaxNode path = argument(stream, 0);
        return Optional.of(PyFiles.key(values.of(path), path));
    }

    private static boolean writes(CodeValue flags) {
        return flags.known() && flags.text().chars().anyMatch(c -> "wa+".indexOf(c) >= 0);
    }

    static SyntaxNode argument(SyntaxNode call, int index) {
        List<SyntaxNode> args = JsCallValues.argumentNodes(call);
        return index < args.size() ? args.get(index) : null;
    }
}
