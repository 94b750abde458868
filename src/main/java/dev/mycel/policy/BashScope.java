package dev.mycel.policy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a shell script's variables can hold, learned from every assignment in it: the
 * literal values they may take, and where computed values come from (decoded, downloaded,
 * or otherwise built at run time). Flow-insensitive on purpose: an attacker cannot hide a
 * value behind the order of assignments, and ordinary scripts lose nothing by it.
 */
final class BashScope {

    /** Where text that is only known at run time comes from, and what running such text is. */
    enum Origin {
        DECODED(Rule.DECODE_EXEC), DOWNLOADED(Rule.DOWNLOAD_EXEC), COMPUTED(Rule.DYNAMIC_CODE);

        private final Rule whenRun;

        Origin(Rule whenRun) {
            this.whenRun = whenRun;
        }

        Rule whenRun() {
            return whenRun;
        }

        /** The origin that hides code (a download before a decoding); computed text alone is not one. */
        static Optional<Origin> hiding(EnumSet<Origin> origins) {
            return origins.contains(DOWNLOADED) ? Optional.of(DOWNLOADED)
                    : origins.contains(DECODED) ? Optional.of(DECODED) : Optional.empty();
        }
    }

    private static final int MAX_CANDIDATES = 16;
    private static final Set<String> TEMP_MAKERS = Set.of("mktemp", "tempfile");

    private final Map<String, List<SyntaxNode>> values = new HashMap<>();
    /** {@code x+=…}, in the order written; a variable grown inside a loop is never literal. */
    private final Map<String, List<SyntaxNode>> appends = new HashMap<>();
    private final Set<String> grownInLoop = new HashSet<>();
    private final Set<String> pidVars = new HashSet<>();
    private final Map<String, Origin> producedFiles = new HashMap<>();
    private final Set<String> createdFiles = new HashSet<>();
    private final Map<String, String> writtenCode = new HashMap<>();
    /** Functions that run their own arguments as a command ({@code "$@"}), with how many they shift off first. */
    private final Map<String, Integer> forwarders = new HashMap<>();

    private final BashScope outer;

    private BashScope(BashScope outer) {
        this.outer = outer;
    }

    /** The scope of a script, or of code nested in one ({@code outer}), which sees the outer variables and files. */
    static BashScope of(SyntaxNode root, BashScope outer) {
        BashScope scope = new BashScope(outer);
        root.walk(n -> {
            if (n.is("variable_assignment")) {
                scope.assign(n);
            } else if (n.is("function_definition")) {
                scope.noteForwarder(n);
            } else if (n.is("for_statement")) {
                n.child("variable").ifPresent(v -> n.all("value").forEach(val -> scope.add(v.text(), val)));
            }
        });
        return scope;
    }

    private void assign(SyntaxNode n) {
        Optional<SyntaxNode> name = n.child("name");
        Optional<SyntaxNode> value = n.child("value");
        if (name.isEmpty()) {
            return;
        }
        String var = name.get().text().replaceAll("\\[.*", "");
        if (value.isEmpty()) {
            values.computeIfAbsent(var, k -> new ArrayList<>());
            return;
        }
        if (value.get().text().equals("$!")) {
            pidVars.add(var);
        }
        if (n.children().stream().anyMatch(c -> c.is("+="))) {
            appends.computeIfAbsent(var, k -> new ArrayList<>()).add(value.get());
            if (n.hasAncestor(a -> a.is("for_statement") || a.is("while_statement") || a.is("c_style_for_statement"))) {
                grownInLoop.add(var);
            }
            return;
        }
        add(var, value.get());
    }

    private void noteForwarder(SyntaxNode function) {
        Optional<SyntaxNode> name = function.child("name");
        Optional<SyntaxNode> body = function.child("body");
        if (name.isEmpty() || body.isEmpty() || !body.get().contains(c -> c.is("command")
                && c.child("name").map(x -> x.text().matches("\"?\\$\\{?@}?\"?")).orElse(false))) {
            return;
        }
        int shifted = 0;
        for (SyntaxNode c : body.get().find(x -> x.is("command"))) {
            if (c.child("name").map(x -> x.text().equals("shift")).orElse(false)) {
                shifted += c.all("argument").stream().findFirst().map(SyntaxNode::text).filter(t -> t.matches("\\d+"))
                        .map(Integer::parseInt).orElse(1);
            }
        }
        forwarders.put(name.get().text(), shifted);
    }

    /** For a function that runs {@code "$@"}: the index of the argument its callers give as the command. */
    Optional<Integer> forwardsFrom(String function) {
        Optional<Integer> here = Optional.ofNullable(forwarders.get(function));
        return here.isPresent() || outer == null ? here : outer.forwardsFrom(function);
    }

    private void add(String var, SyntaxNode value) {
        if (value.is("array")) {
            value.namedChildren().stream().findFirst().ifPresent(first -> values.computeIfAbsent(var, k -> new ArrayList<>()).add(first));
            return;
        }
        values.computeIfAbsent(var, k -> new ArrayList<>()).add(value);
    }

    /** Assignments to {@code var} here, else in the code this is nested in; null when never assigned. */
    private List<SyntaxNode> assigned(String var) {
        List<SyntaxNode> here = values.get(var);
        if (here == null && appends.containsKey(var)) {
            return List.of();
        }
        return here != null || outer == null ? here : outer.assigned(var);
    }

    private List<SyntaxNode> appended(String var) {
        List<SyntaxNode> here = appends.get(var);
        return here != null || outer == null ? (here == null ? List.of() : here) : outer.appended(var);
    }

    private boolean grownInLoop(String var) {
        return grownInLoop.contains(var) || outer != null && outer.grownInLoop(var);
    }

    /** A file the script writes with the output of a decoder or a download, so running it later is caught. */
    void produced(String path, Origin origin) {
        producedFiles.merge(stripDotSlash(path), origin, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }

    Optional<Origin> producedBy(String path) {
        Optional<Origin> here = Optional.ofNullable(producedFiles.get(stripDotSlash(path)));
        return here.isPresent() || outer == null ? here : outer.producedBy(path);
    }

    /** The script writes this literal text into {@code path}; running the file runs the text. */
    void wrote(String path, String text, boolean append) {
        writtenCode.merge(stripDotSlash(path), text, (old, more) -> append ? old + "\n" + more : more);
    }

    Optional<String> writtenTo(String path) {
        Optional<String> here = Optional.ofNullable(writtenCode.get(stripDotSlash(path)));
        return here.isPresent() || outer == null ? here : outer.writtenTo(path);
    }

    void created(String path) {
        createdFiles.add(stripDotSlash(path));
    }

    boolean createdHere(String path) {
        return createdFiles.contains(stripDotSlash(path)) || outer != null && outer.createdHere(path);
    }

    boolean holdsPid(String var) {
        return pidVars.contains(var) || outer != null && outer.holdsPid(var);
    }

    /**
     * Every literal text the word can stand for, with variables that only ever hold literals
     * substituted; empty when any part is computed at run time.
     */
    Optional<List<String>> resolve(SyntaxNode n) {
        return resolve(n, new HashSet<>(), false);
    }

    /** The literal values a variable can hold, when every assignment to it is literal. */
    Optional<List<String>> valuesOf(String var) {
        return resolveVariable(var, new HashSet<>(), false);
    }

    /** Like {@link #resolve}, but what cannot be known stays as written ({@code $HOME/.profile}); never empty. */
    List<String> expand(SyntaxNode n) {
        return resolve(n, new HashSet<>(), true).orElse(List.of(ShellText.shown(n)));
    }

    private Optional<List<String>> resolve(SyntaxNode n, Set<String> visiting, boolean keepUnknown) {
        Optional<String> lit = ShellText.literal(n);
        if (lit.isPresent()) {
            return Optional.of(List.of(lit.get()));
        }
        Optional<List<String>> r = switch (n.type()) {
            case "simple_expansion", "expansion" -> plainVariable(n).flatMap(v -> resolveVariable(v, visiting, keepUnknown));
            case "string", "concatenation", "command_name" -> resolveParts(n.namedChildren(), visiting, keepUnknown);
            default -> Optional.empty();
        };
        return r.isEmpty() && keepUnknown ? Optional.of(List.of(n.text())) : r;
    }

    private Optional<List<String>> resolveParts(List<SyntaxNode> parts, Set<String> visiting, boolean keepUnknown) {
        List<String> acc = List.of("");
        for (SyntaxNode part : parts) {
            Optional<List<String>> options = part.is("string_content") ? Optional.of(List.of(part.text()))
                    : resolve(part, visiting, keepUnknown);
            if (options.isEmpty()) {
                return Optional.empty();
            }
            acc = joined(acc, options.get());
        }
        return Optional.of(acc);
    }

    private static List<String> joined(List<String> heads, List<String> tails) {
        List<String> next = new ArrayList<>();
        for (String a : heads) {
            for (String b : tails) {
                if (next.size() < MAX_CANDIDATES) {
                    next.add(a + b);
                }
            }
        }
        return next;
    }

    private Optional<List<String>> resolveVariable(String var, Set<String> visiting, boolean keepUnknown) {
        List<SyntaxNode> assigned = assigned(var);
        if (assigned == null || grownInLoop(var) || !visiting.add(var)) {
            return Optional.empty();
        }
        try {
            List<String> out = new ArrayList<>();
            for (SyntaxNode v : assigned) {
                Optional<List<String>> r = resolve(v, visiting, keepUnknown);
                if (r.isEmpty()) {
                    return Optional.empty();
                }
                out.addAll(r.get());
            }
            if (out.isEmpty()) {
                out.add("");
            }
            for (SyntaxNode grown : appended(var)) {
                Optional<List<String>> r = resolve(grown, visiting, keepUnknown);
                if (r.isEmpty()) {
                    return Optional.empty();
                }
                out = joined(out, r.get());
            }
            return Optional.of(out.size() > MAX_CANDIDATES ? out.subList(0, MAX_CANDIDATES) : out);
        } finally {
            visiting.remove(var);
        }
    }

    /** The variable a plain {@code $x}, {@code ${x}} or {@code ${x[@]}} expands; empty for ${x:1:2}, ${!x} and friends. */
    static Optional<String> plainVariable(SyntaxNode n) {
        if (n.is("simple_expansion")) {
            return n.namedChildren().stream().filter(c -> c.is("variable_name")).map(SyntaxNode::text).findFirst();
        }
        if (!n.is("expansion") || n.children().stream().anyMatch(c -> !c.named() && !c.is("${") && !c.is("}"))) {
            return Optional.empty();
        }
        List<SyntaxNode> inner = n.namedChildren();
        if (inner.size() != 1) {
            return Optional.empty();
        }
        SyntaxNode only = inner.getFirst();
        if (only.is("variable_name")) {
            return Optional.of(only.text());
        }
        return only.is("subscript") ? only.child("name").map(SyntaxNode::text) : Optional.empty();
    }

    /** Where the run-time parts of a word come from; empty means the word is literal. */
    EnumSet<Origin> origins(SyntaxNode n) {
        EnumSet<Origin> out = EnumSet.noneOf(Origin.class);
        collectOrigins(n, out, new HashSet<>());
        return out;
    }

    private void collectOrigins(SyntaxNode n, EnumSet<Origin> out, Set<String> visiting) {
        switch (n.type()) {
            case "command_substitution", "process_substitution" -> {
                out.add(Origin.COMPUTED);
                n.find(c -> c.is("command")).forEach(c -> out.addAll(producerOrigins(c, visiting)));
                n.find(c -> c.is("simple_expansion") || c.is("expansion"))
                        .forEach(c -> collectOrigins(c, out, visiting));
            }
            case "simple_expansion", "expansion" -> {
                Optional<String> var = plainVariable(n);
                if (var.isEmpty()) {
                    out.add(Origin.COMPUTED);
                    n.namedChildren().forEach(c -> collectOrigins(c, out, visiting));
                    n.find(c -> c.is("variable_name")).forEach(v -> variableOrigins(v.text(), out, visiting));
                    return;
                }
                variableOrigins(var.get(), out, visiting);
            }
            case "ansi_c_string" -> {
                if (EscapedText.of(n.text()).hidesText()) {
                    out.add(Origin.DECODED);
                }
            }
            case "arithmetic_expansion" -> {
            }
            default -> n.namedChildren().forEach(c -> collectOrigins(c, out, visiting));
        }
    }

    private void variableOrigins(String var, EnumSet<Origin> out, Set<String> visiting) {
        List<SyntaxNode> assigned = assigned(var);
        if (assigned == null || grownInLoop(var)) {
            out.add(Origin.COMPUTED);
        }
        if (assigned != null && visiting.add(var)) {
            assigned.forEach(v -> collectOrigins(v, out, visiting));
            appended(var).forEach(v -> collectOrigins(v, out, visiting));
            visiting.remove(var);
        }
    }

    /** What running this command produces on its standard output, judged by what it is. */
    EnumSet<Origin> producerOrigins(SyntaxNode command) {
        return producerOrigins(command, new HashSet<>());
    }

    /** {@code visiting}: the variables being expanded, so {@code f=$(basename "$f")} does not recurse forever. */
    private EnumSet<Origin> producerOrigins(SyntaxNode command, Set<String> visiting) {
        EnumSet<Origin> out = EnumSet.noneOf(Origin.class);
        Optional<String> name = command.child("name").flatMap(this::firstName).map(BashScope::baseName);
        if (name.isEmpty()) {
            out.add(Origin.COMPUTED);
            return out;
        }
        List<SyntaxNode> args = command.all("argument");
        if (ShellVocabulary.decodes(name.get(), args.stream().map(ShellText::shown).toList())) {
            out.add(Origin.DECODED);
        }
        if (ShellVocabulary.DOWNLOADERS.contains(name.get())) {
            out.add(Origin.DOWNLOADED);
        }
        for (SyntaxNode a : args) {
            ShellText.literal(a).flatMap(this::producedBy).ifPresent(out::add);
            collectOrigins(a, out, visiting);
        }
        return out;
    }

    private Optional<String> firstName(SyntaxNode nameNode) {
        return resolve(nameNode).flatMap(l -> l.stream().findFirst());
    }

    /** The temporary file or folder this word names: /tmp paths, $TMPDIR, or a variable that holds mktemp's output. */
    boolean isTemporary(SyntaxNode word) {
        String shown = ShellText.shown(word);
        if (SensitivePaths.isTemporary(shown) && !shown.contains("..")) {
            return true;
        }
        SyntaxNode first = firstPart(word);
        Optional<String> var = plainVariable(first);
        return var.isPresent() && !shown.contains("..") && holdsTemporary(var.get(), new HashSet<>());
    }

    private boolean holdsTemporary(String var, Set<String> visiting) {
        List<SyntaxNode> assigned = assigned(var);
        if (assigned == null || assigned.isEmpty() || !visiting.add(var)) {
            return false;
        }
        return assigned.stream().allMatch(v -> isTemporaryValue(v, visiting));
    }

    private boolean isTemporaryValue(SyntaxNode v, Set<String> visiting) {
        if (v.is("command_substitution")) {
            return v.namedChildren().stream().anyMatch(c -> c.is("command")
                    && c.child("name").flatMap(ShellText::literal).map(TEMP_MAKERS::contains).orElse(false));
        }
        String shown = ShellText.shown(v);
        if (SensitivePaths.isTemporary(shown)) {
            return true;
        }
        Optional<String> inner = plainVariable(firstPart(v));
        return inner.isPresent() && holdsTemporary(inner.get(), visiting);
    }

    private static SyntaxNode firstPart(SyntaxNode word) {
        SyntaxNode n = word;
        while ((n.is("string") || n.is("concatenation")) && !n.namedChildren().isEmpty()) {
            n = n.namedChildren().getFirst();
        }
        return n;
    }

    static String baseName(String path) {
        int slash = path.lastIndexOf('/');
        return slash >= 0 && slash < path.length() - 1 ? path.substring(slash + 1) : path;
    }

    private static String stripDotSlash(String path) {
        return path.startsWith("./") ? path.substring(2) : path;
    }
}
