package dev.mycel.policy;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Judges what python calls do to files: opening secrets, writing startup files or places
 * outside the working directory, deleting, setuid and recursive permission changes, and
 * making a downloaded file executable. Before judging, {@link #learn} notes which files the
 * script writes and which of them receive downloaded data.
 */
final class PyFiles {

    private static final Set<String> COPIES = Set.of("shutil.copy", "shutil.copy2", "shutil.copyfile",
            "shutil.copytree", "shutil.move", "os.rename", "os.replace", "os.renames", "os.link", "os.symlink");
    private static final Set<String> DELETES = Set.of("os.remove", "os.unlink", "os.rmdir", "os.removedirs",
            "send2trash.send2trash", "shutil.rmtree");
    private static final Set<String> OPENS = Set.of("open", "io.open", "codecs.open");
    private static final List<String> FILE_APIS = List.of("os.", "shutil.", "glob.", "pathlib.", "sqlite3.connect",
            "tarfile.open", "zipfile.ZipFile", "fileinput.input", "io.", "configparser.", "json.load");
    private static final Set<String> WALKERS = Set.of("os.walk", "os.fwalk", "glob.glob", "glob.iglob");

    private final PyValues values;
    private final Scopes scopes;
    private final Findings out;
    private final ScriptFacts facts;

    PyFiles(PyValues values, Scopes scopes, Findings out, ScriptFacts facts) {
        this.values = values;
        this.scopes = scopes;
        this.out = out;
        this.facts = facts;
    }

    void judge(SyntaxNode call, String ref, PyCallValues.Args a) {
        pathMethod(call, a);
        a.positional().stream().filter(v -> v.has(CodeValue.Taint.PATH)).forEach(v -> FileWrites.touch(out, call, v));
        if (ref == null) {
            return;
        }
        if (OPENS.contains(ref)) {
            FileWrites.touch(out, call, a.named("file", 0));
            if (writes(a.named("mode", 1))) {
                FileWrites.write(out, call, a.named("file", 0));
            }
        } else if (COPIES.contains(ref)) {
            FileWrites.touch(out, call, a.at(0));
            FileWrites.write(out, call, a.named("dst", 1));
        } else if (DELETES.contains(ref)) {
            FileWrites.delete(out, call, a.named("path", 0), key(a.at(0), argument(call, 0)), facts,
                    ref.equals("shutil.rmtree"));
        } else if (ref.equals("os.chmod") || ref.equals("os.lchmod") || ref.equals("os.fchmod")) {
            chmod(call, a.at(0), argument(call, 0), a.named("mode", 1), argument(call, 1));
        } else if (ref.equals("os.chown") || ref.equals("os.lchown") || ref.equals("shutil.chown")) {
            recursive(call);
        } else if (FILE_APIS.stream().anyMatch(ref::startsWith)) {
            a.positional().forEach(v -> FileWrites.touch(out, call, v));
        }
    }

    /** Methods of pathlib paths: p.write_text(), p.unlink(), p.chmod(0o4755). */
    private void pathMethod(SyntaxNode call, PyCallValues.Args a) {
        SyntaxNode fn = call.child("function").orElse(null);
        if (fn == null || !fn.is("attribute")) {
            return;
        }
        SyntaxNode objectNode = fn.child("object").orElse(null);
        CodeValue path = values.of(objectNode);
        if (!path.has(CodeValue.Taint.PATH)) {
            return;
        }
        String method = fn.child("attribute").map(SyntaxNode::text).orElse("");
        FileWrites.touch(out, call, path);
        switch (method) {
            case "write_text", "write_bytes", "touch", "symlink_to", "hardlink_to" -> FileWrites.write(out, call, path);
            case "open" -> {
                if (writes(a.named("mode", 0))) {
                    FileWrites.write(out, call, path);
                }
            }
            case "unlink", "rmdir" -> FileWrites.delete(out, call, path, key(path, objectNode), facts, false);
            case "chmod", "lchmod" -> chmod(call, path, objectNode, a.named("mode", 0), argument(call, 0));
            case "rename", "replace" -> FileWrites.write(out, call, a.at(0));
            default -> {
            }
        }
    }

    private void chmod(SyntaxNode call, CodeValue path, SyntaxNode pathNode, CodeValue mode, SyntaxNode modeNode) {
        String modeText = modeNode == null ? "" : modeNode.text();
        Long n = mode.number();
        if (n != null && (n & 06000) != 0 || modeText.contains("S_ISUID") || modeText.contains("S_ISGID")) {
            out.add(Rule.SETUID, call, call.text());
        }
        boolean executable = n == null || (n & 0111) != 0;
        if (executable && (facts.isDownload(key(path, pathNode)) || facts.anyDownloadWritten())) {
            out.add(Rule.DOWNLOAD_EXEC, call, "makes a downloaded file executable: " + call.text());
        }
        recursive(call);
    }

    /** chmod/chown inside a loop over os.walk or rglob changes a whole tree. */
    private void recursive(SyntaxNode call) {
        for (SyntaxNode p = call.parent().orElse(null); p != null; p = p.parent().orElse(null)) {
            if (p.is("for_statement") && p.child("right").map(this::walksTree).orElse(false)) {
                out.add(Rule.RECURSIVE_PERMISSIONS, call, call.text() + " for every file of a tree");
                return;
            }
        }
    }

    private boolean walksTree(SyntaxNode iterable) {
        return iterable.contains(n -> n.is("call") && (isIn(WALKERS, values.of(n.child("function").orElse(null)).ref())
                || n.child("function").map(f -> f.text().endsWith(".rglob")).orElse(false)));
    }

    /** Notes written files and downloads written into files, before any call is judged. */
    void learn(SyntaxNode call, String ref, PyCallValues.Args a) {
        if (ref != null && (OPENS.contains(ref) && writes(a.named("mode", 1)) || COPIES.contains(ref))) {
            int target = OPENS.contains(ref) ? 0 : 1;
            facts.wrote(key(a.at(target), argument(call, target)));
        }
        if (ref != null && (ref.endsWith("urlretrieve") || ref.equals("wget.download"))) {
            facts.downloadedInto(a.positional().size() > 1 ? key(a.at(1), argument(call, 1)) : "?");
        }
        if (ref != null && ref.equals("shutil.copyfileobj") && a.at(0).has(CodeValue.Taint.DOWNLOADED)) {
            facts.downloadedInto(fileOf(argument(call, 1)).orElse("?"));
        }
        SyntaxNode fn = call.child("function").orElse(null);
        if (fn == null || !fn.is("attribute")) {
            return;
        }
        String method = fn.child("attribute").map(SyntaxNode::text).orElse("");
        SyntaxNode receiver = fn.child("object").orElse(null);
        CodeValue object = values.of(receiver);
        boolean downloaded = a.positional().stream().anyMatch(v -> v.has(CodeValue.Taint.DOWNLOADED));
        if (Set.of("write", "writelines").contains(method) && downloaded) {
            facts.downloadedInto(fileOf(receiver).orElse("?"));
        } else if (object.has(CodeValue.Taint.PATH) && method.startsWith("write_")) {
            facts.wrote(key(object, receiver));
            if (downloaded) {
                facts.downloadedInto(key(object, receiver));
            }
        } else if (object.has(CodeValue.Taint.SOCKET) && Set.of("connect", "connect_ex", "bind").contains(method)
                || "socket.create_connection".equals(ref) || "asyncio.open_connection".equals(ref)) {
            facts.connects();
        }
    }

    /** The file an open file object was opened on: {@code with open(p, "wb") as f} or {@code f = open(p)}. */
    private Optional<String> fileOf(SyntaxNode receiver) {
        if (receiver == null) {
            return Optional.empty();
        }
        SyntaxNode opened = receiver;
        if (receiver.is("identifier")) {
            opened = null;
            for (Scopes.Binding b : scopes.lookup(receiver, PyScopes.name(receiver))) {
                opened = openedBy(b.at()).orElse(opened);
            }
        }
        if (opened == null || !opened.is("call") || !isIn(OPENS, values.of(opened.child("function").orElse(null)).ref())) {
            return Optional.empty();
        }
        SyntaxNode path = argument(opened, 0);
        return Optional.of(key(values.of(path), path));
    }

    private static Optional<SyntaxNode> openedBy(SyntaxNode boundName) {
        for (SyntaxNode p = boundName.parent().orElse(null); p != null; p = p.parent().orElse(null)) {
            if (p.is("as_pattern")) {
                return Optional.of(p.namedChildren().getFirst());
            }
            if (p.is("assignment")) {
                return p.child("right");
            }
            if (!p.is("as_pattern_target") && !p.is("pattern_list")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Set.of rejects null in contains; a call's function often has no name. */
    private static boolean isIn(Set<String> set, String ref) {
        return ref != null && set.contains(ref);
    }

    private static boolean writes(CodeValue mode) {
        return mode.known() && mode.text().chars().anyMatch(c -> "wax+".indexOf(c) >= 0);
    }

    /** The i-th positional argument node of a call, or null. */
    static SyntaxNode argument(SyntaxNode call, int index) {
        List<SyntaxNode> args = call.child("arguments").map(SyntaxNode::namedChildren).orElse(List.of()).stream()
                .filter(c -> !c.is("keyword_argument") && !c.is("comment")).toList();
        return index < args.size() ? args.get(index) : null;
    }

    /** How the script names a file: its text when known, else the expression that holds it. */
    static String key(CodeValue value, SyntaxNode node) {
        if (value.known()) {
            return value.text();
        }
        return node == null ? "?" : node.text();
    }
}
