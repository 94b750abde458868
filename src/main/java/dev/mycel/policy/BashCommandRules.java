package dev.mycel.policy;

import dev.mycel.policy.BashScope.Origin;
import dev.mycel.policy.ShellCommand.Arg;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What each program does with its arguments: wrappers run another command, interpreters
 * run code, and file, permission and process commands change the user's machine.
 */
final class BashCommandRules {

    /** Where text becomes code: the bash rules judge it by where it comes from. */
    interface CodeSink {
        /** A word the shell will run as code in {@code language}. */
        void code(Language language, SyntaxNode text);

        /** Literal code found inside another tool's argument at {@code at}. */
        void literal(Language language, String code, SyntaxNode at);
    }

    private static final int MAX_WRAPPERS = 6;
    private static final Pattern EVERYTHING = Pattern.compile(
            "^(/|/\\*|~|~/\\*|/home(/\\*)?|/(etc|usr|bin|sbin|boot|var|lib|lib64|opt|root|srv|sys)(/\\*)?)$");
    private static final Pattern DEVICE = Pattern.compile("^/dev/(sd|hd|vd|xvd|nvme|mmcblk|md|dm-|mapper/|disk/|loop|sr)");
    private static final Pattern LOGS = Pattern.compile("^/var/log(/|$)|^~/\\.\\w*_?history$|^/(var/)?run/utmp$");
    /** Wrapper options that take the next argument as their value. */
    private static final Map<String, Set<String>> VALUE_OPTIONS = Map.of(
            "env", Set.of("-u", "--unset", "-C", "--chdir"),
            "timeout", Set.of("-s", "--signal", "-k", "--kill-after"),
            "nice", Set.of("-n", "--adjustment"),
            "ionice", Set.of("-c", "-n", "-p"),
            "sudo", Set.of("-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U"),
            "xargs", Set.of("-I", "-n", "-P", "-d", "-a", "-L", "-s", "-E", "--max-args", "--max-procs", "--delimiter"),
            "watch", Set.of("-n", "--interval", "-d"),
            "strace", Set.of("-o", "-e", "-p", "-s"),
            "cgexec", Set.of("-g"),
            "systemd-run", Set.of("-p", "--property", "--unit", "-u", "--description"));
    /** Wrappers whose first operand is not the command (a duration, a directory, a lock file...). */
    private static final Set<String> SKIP_ONE_OPERAND = Set.of("timeout", "chroot", "flock", "taskset", "chrt", "sg", "runuser");
    /** Wrapper options whose value is shell code. */
    private static final Set<String> CODE_OPTIONS = Set.of("-c", "--command", "-S", "--split-string");

    private final Findings out;
    private final BashScope scope;
    private final CodeSink sink;
    private final BashToolRules tools;

    BashCommandRules(Findings out, BashScope scope, CodeSink sink) {
        this.out = out;
        this.scope = scope;
        this.sink = sink;
        this.tools = new BashToolRules(out, sink);
    }

    void judge(ShellCommand c) {
        judge(c, 0);
    }

    private void judge(ShellCommand c, int wraps) {
        ranFile(c.path(), c.at(), Language.BASH);
        if (ShellVocabulary.PRIVILEGE.contains(c.name())) {
            out.add(Rule.PRIVILEGE_ESCALATION, c.at());
        }
        Optional<Integer> forwarded = scope.forwardsFrom(c.name());
        if (forwarded.isPresent()) {
            if (c.args().size() > forwarded.get()) {
                innerCommand(c, forwarded.get(), wraps);
            }
            return;
        }
        if (ShellVocabulary.WRAPPERS.contains(c.name()) || c.name().equals("busybox")) {
            wrapped(c, wraps);
            return;
        }
        if (ShellVocabulary.isInterpreter(c.name())) {
            interpreter(c);
            return;
        }
        switch (c.name()) {
            case "eval" -> c.args().forEach(a -> sink.code(Language.BASH, a.node()));
            case "trap" -> c.firstOperand().ifPresent(a -> sink.code(Language.BASH, a.node()));
            case "source", "." -> c.firstOperand().ifPresent(file -> sourced(file, Language.BASH));
            case "rm", "rmdir", "unlink", "shred", "srm", "wipe" -> delete(c, false);
            case "find" -> find(c, wraps);
            case "mv", "cp", "install", "ln", "rsync" -> copyOrMove(c);
            case "tee", "truncate", "touch" -> c.operands().forEach(a -> writeTarget(a, c.at()));
            case "sed", "perl" -> inPlaceEdit(c);
            case "dd" -> dd(c);
            case "chmod" -> chmod(c);
            case "chown", "chgrp" -> chown(c);
            case "kill" -> kill(c);
            case "mapfile", "readarray" -> callback(c);
            case "pkill", "killall", "xkill", "skill", "killall5" -> out.add(Rule.KILL_PROCESS, c.at());
            default -> tools.judge(c);
        }
    }

    private void ranProduced(Origin origin, SyntaxNode at, String path) {
        out.add(origin.whenRun(), at, "runs " + path + ", written at run time");
    }

    /** A file the script wrote and now runs: its known text is judged as code, else where it came from. */
    void ranFile(String path, SyntaxNode at, Language language) {
        scope.producedBy(path).ifPresentOrElse(o -> ranProduced(o, at, path),
                () -> scope.writtenTo(path).ifPresent(code -> sink.literal(language, code, at)));
    }

    /** {@code env}, {@code timeout}, {@code xargs}, {@code sudo}...: judge the command they run. */
    private void wrapped(ShellCommand c, int wraps) {
        if (wraps >= MAX_WRAPPERS) {
            out.add(Rule.TOO_COMPLEX, c.at(), "commands wrapped " + wraps + " deep");
            return;
        }
        if (c.name().equals("command") && c.hasOption("-v", "-V")) {
            return;
        }
        Set<String> valued = VALUE_OPTIONS.getOrDefault(c.name(), Set.of());
        boolean skipOperand = SKIP_ONE_OPERAND.contains(c.name());
        List<Arg> args = c.args();
        for (int i = 0; i < args.size(); i++) {
            Arg a = args.get(i);
            String s = a.shown();
            if (CODE_OPTIONS.contains(s) && i + 1 < args.size() && !c.name().equals("xargs")) {
                sink.code(Language.BASH, args.get(i + 1).node());
                return;
            }
            if (a.isOption() || c.name().equals("env") && s.matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
                i += valued.contains(s) ? 1 : 0;
                continue;
            }
            if (skipOperand) {
                skipOperand = false;
                continue;
            }
            if (c.name().equals("watch") && i == args.size() - 1) {
                sink.code(Language.BASH, a.node());
                return;
            }
            innerCommand(c, i, wraps);
            return;
        }
    }

    private void innerCommand(ShellCommand c, int at, int wraps) {
        Arg a = c.args().get(at);
        if (a.values().isEmpty()) {
            sink.code(Language.BASH, a.node());
            return;
        }
        for (String name : a.values().get()) {
            judge(c.rest(at + 1, BashScope.baseName(name), name), wraps + 1);
        }
    }

    private void interpreter(ShellCommand c) {
        List<Arg> args = c.args();
        for (int i = 0; i < args.size(); i++) {
            String s = args.get(i).shown();
            if (ShellVocabulary.isInlineCodeFlag(c.name(), s) && i + 1 < args.size()) {
                inlineCode(c.name(), args.get(i + 1));
                return;
            }
            if (s.equals("-m") && i + 1 < args.size()) {
                if (args.get(i + 1).is("pip") && args.subList(i + 2, args.size()).stream()
                        .anyMatch(x -> x.is("install") || x.is("uninstall"))) {
                    out.add(Rule.INSTALL_PACKAGE, c.at());
                }
                return;
            }
        }
        c.firstOperand().ifPresent(file -> sourced(file, ShellVocabulary.interpreted(c.name()).orElse(Language.BASH)));
    }

    private void inlineCode(String interpreter, Arg code) {
        Optional<Language> language = ShellVocabulary.interpreted(interpreter);
        if (language.isPresent()) {
            sink.code(language.get(), code.node());
            return;
        }
        Optional<String> text = code.values().map(v -> String.join("\n", v));
        if (text.isEmpty() || ParseDamage.looksDangerous(text.get())) {
            out.add(Rule.DYNAMIC_CODE, code.node(), interpreter + " " + code.shown());
        } else {
            out.add(Rule.OPAQUE_CODE, code.node(), interpreter + " " + code.shown());
        }
    }

    /** A script file given to an interpreter or {@code source}: decoded or downloaded files are caught here. */
    private void sourced(Arg file, Language language) {
        if (file.node().is("process_substitution")) {
            sink.code(Language.BASH, file.node());
            return;
        }
        file.texts().forEach(t -> ranFile(t, file.node(), language));
    }

    private void delete(ShellCommand c, boolean underTemporaryRoot) {
        if (c.hasOption("--no-preserve-root")) {
            out.add(Rule.DELETE_EVERYTHING, c.at());
            return;
        }
        List<Arg> targets = c.operands();
        if (targets.isEmpty() && !underTemporaryRoot) {
            out.add(Rule.DELETE_FILES, c.at(), c.at().text());
            return;
        }
        for (Arg t : targets) {
            if (t.texts().stream().map(SensitivePaths::normalise).anyMatch(p -> EVERYTHING.matcher(p).find())) {
                out.add(Rule.DELETE_EVERYTHING, c.at());
                return;
            }
            if (t.texts().stream().map(SensitivePaths::normalise).anyMatch(p -> LOGS.matcher(p).find())) {
                out.add(Rule.ANTI_FORENSICS, c.at());
                return;
            }
        }
        boolean allOwn = underTemporaryRoot || targets.stream().allMatch(t -> scope.isTemporary(t.node())
                || t.texts().stream().allMatch(scope::createdHere));
        if (!allOwn) {
            out.add(Rule.DELETE_FILES, c.at(), c.at().text());
        }
    }

    private void find(ShellCommand c, int wraps) {
        List<Arg> args = c.args();
        boolean temporaryRoot = !args.isEmpty() && !args.getFirst().isOption() && scope.isTemporary(args.getFirst().node());
        for (int i = 0; i < args.size(); i++) {
            String s = args.get(i).shown();
            if (s.equals("-perm") && i + 1 < args.size() && args.get(i + 1).shown().matches("[-/+]?(0?[4-7]000|u=s|g=s|u\\+s).*")) {
                out.add(Rule.PRIVILEGE_ESCALATION, c.at(), "looks for setuid programs to abuse");
            }
            if (Set.of("-name", "-iname", "-path", "-ipath", "-wholename").contains(s) && i + 1 < args.size()
                    && SensitivePaths.globReachesSecretName(args.get(i + 1).shown())) {
                out.add(Rule.CREDENTIAL_READ, c.at(), "searches for key and password files");
            }
            if (s.equals("-delete") && !temporaryRoot) {
                out.add(Rule.DELETE_FILES, c.at(), c.at().text());
            }
            if (Set.of("-exec", "-execdir", "-ok", "-okdir").contains(s) && i + 1 < args.size()) {
                int end = i + 1;
                while (end < args.size() && !args.get(end).is(";") && !args.get(end).is("+")) {
                    end++;
                }
                ShellCommand inner = new ShellCommand("", "", args.subList(i + 1, end), c.at());
                Arg name = args.get(i + 1);
                if (name.values().isEmpty()) {
                    out.add(Rule.DYNAMIC_COMMAND, name.node());
                } else if (temporaryRoot && Set.of("rm", "unlink", "shred").contains(name.values().get().getFirst())) {
                    i = end;
                    continue;
                } else {
                    String program = name.values().get().getFirst();
                    judge(inner.rest(1, BashScope.baseName(program), program), wraps + 1);
                }
                i = end;
            }
        }
    }

    private void copyOrMove(ShellCommand c) {
        List<Arg> ops = c.operands();
        if (ops.isEmpty()) {
            return;
        }
        Arg destination = ops.getLast();
        if (!destination.shown().matches("^[\\w.-]+@?[\\w.-]*:.*")) {
            writeTarget(destination, c.at());
        }
        if (c.name().equals("mv")) {
            for (Arg source : ops.subList(0, ops.size() - 1)) {
                if (source.texts().stream().anyMatch(SensitivePaths::isOutsideWorkdir) && !scope.isTemporary(source.node())) {
                    out.add(Rule.OVERWRITE_FILE, c.at(), "moves " + source.shown());
                }
            }
        }
    }

    private void inPlaceEdit(ShellCommand c) {
        boolean inPlace = c.args().stream().map(Arg::shown).anyMatch(s -> s.startsWith("-i") || s.equals("--in-place")
                || s.matches("-[a-zA-Z]*i[a-zA-Z]*"));
        if (c.name().equals("perl")) {
            interpreter(c);
        }
        List<Arg> ops = c.operands();
        if (inPlace && ops.size() > 1) {
            ops.subList(1, ops.size()).forEach(a -> writeTarget(a, c.at()));
        }
    }

    private void dd(ShellCommand c) {
        for (Arg a : c.args()) {
            String s = a.shown();
            if (s.startsWith("of=")) {
                writeTarget(Arg.word(a.node(), s.substring(3)), c.at());
            } else if (s.startsWith("if=")) {
                credentialArguments(List.of(Arg.word(a.node(), s.substring(3))));
            }
        }
    }

    private void chmod(ShellCommand c) {
        List<Arg> ops = c.operands();
        if (ops.isEmpty()) {
            return;
        }
        String mode = ops.getFirst().shown();
        if (ShellVocabulary.setsSetuid(mode)) {
            out.add(Rule.SETUID, c.at());
        }
        recursive(c);
        for (Arg target : ops.subList(1, ops.size())) {
            target.texts().forEach(t -> scope.producedBy(t).ifPresent(o -> ranProduced(o, c.at(), t)));
            writeTarget(target, c.at());
        }
    }

    private void chown(ShellCommand c) {
        c.firstOperand().map(Arg::shown).filter(o -> o.matches("(root|0)(:.*)?|:(root|0)|.*:(root|wheel|sudo)"))
                .ifPresent(o -> out.add(Rule.SETUID, c.at()));
        recursive(c);
    }

    private void recursive(ShellCommand c) {
        if (c.hasOption("--recursive") || c.hasShortFlag('R')) {
            out.add(Rule.RECURSIVE_PERMISSIONS, c.at());
        }
    }

    /** {@code mapfile -C cmd} calls cmd with every chunk it reads: with eval that runs the file. */
    private void callback(ShellCommand c) {
        List<Arg> args = c.args();
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).is("-C")) {
                Arg cb = args.get(i + 1);
                boolean runsText = cb.values().map(v -> v.stream().map(x -> x.strip().split("\\s+")[0])
                        .anyMatch(x -> Set.of("eval", "source", ".").contains(x) || ShellVocabulary.isInterpreter(x))).orElse(true);
                if (runsText) {
                    out.add(Rule.DYNAMIC_CODE, cb.node(), "runs every line it reads: " + c.at().text());
                }
            }
        }
    }

    /** Stopping the script's own background jobs is housekeeping; anything else stops someone else's program. */
    private void kill(ShellCommand c) {
        if (c.hasOption("-0", "-l", "-L")) {
            return;
        }
        List<Arg> targets = c.operands().stream().filter(a -> !a.shown().matches("[A-Z]+[0-9]*")).toList();
        if (targets.isEmpty() || !targets.stream().allMatch(this::ownJob)) {
            out.add(Rule.KILL_PROCESS, c.at());
        }
    }

    private boolean ownJob(Arg target) {
        String s = target.shown();
        if (s.equals("$!") || s.startsWith("%") || s.equals("$$")) {
            return true;
        }
        SyntaxNode n = target.node().is("string") && target.node().namedChildren().size() == 1
                ? target.node().namedChildren().getFirst() : target.node();
        return BashScope.plainVariable(n).map(scope::holdsPid).orElse(false);
    }

    /** A path the command writes: startup files, keys, the system, logs, disks, or places outside the working directory. */
    void writeTarget(Arg target, SyntaxNode at) {
        for (String text : target.texts()) {
            String p = SensitivePaths.normalise(text);
            if (LOGS.matcher(p).find()) {
                out.add(Rule.ANTI_FORENSICS, at, "writes " + text);
                return;
            }
            if (p.matches("(~|/usr/local|/usr)/(\\.local/)?s?bin/[^/]+") && ShellVocabulary.STANDARD.contains(BashScope.baseName(p))) {
                out.add(Rule.SHADOWED_COMMAND, at, "puts a program named " + BashScope.baseName(p) + " on the PATH");
                return;
            }
            Optional<SensitivePaths.Kind> kind = SensitivePaths.classify(text).or(() -> SensitivePaths.classifyPiece(text));
            if (kind.isPresent()) {
                switch (kind.get()) {
                    case PERSISTENCE -> out.add(Rule.PERSISTENCE, at, "writes " + text);
                    case CREDENTIAL -> out.add(Rule.CREDENTIAL_READ, at, "writes " + text);
                    case SYSTEM -> out.add(DEVICE.matcher(p).find() ? Rule.DISK_OVERWRITE : Rule.WRITE_SYSTEM, at, "writes " + text);
                }
                return;
            }
            if (SensitivePaths.isOutsideWorkdir(text) && !scope.isTemporary(target.node())) {
                out.add(Rule.OVERWRITE_FILE, at, "writes " + text);
                return;
            }
        }
    }

    /** Arguments that name a credential store, however the option around them is spelled. */
    void credentialArguments(List<Arg> args) {
        for (Arg a : args) {
            for (String text : a.texts()) {
                String t = text.startsWith("@") ? text.substring(1) : text.replaceFirst("^-{1,2}[\\w-]+=", "");
                t = t.replaceFirst("^(file|if)[:=]", "");
                if (SensitivePaths.classifyPiece(t).filter(k -> k == SensitivePaths.Kind.CREDENTIAL).isPresent()
                        || SensitivePaths.globReachesSecret(t)) {
                    out.add(Rule.CREDENTIAL_READ, a.node(), text);
                    return;
                }
            }
        }
    }

    /** Files that curl or wget write, so that running them later counts as running a download. */
    void noteDownloads(SyntaxNode command) {
        Optional<String> name = command.child("name").flatMap(ShellText::literal).map(BashScope::baseName);
        if (name.isEmpty() || !Set.of("curl", "wget").contains(name.get())) {
            return;
        }
        List<SyntaxNode> nodes = command.all("argument");
        char outputFlag = name.get().equals("wget") ? 'O' : 'o';
        for (int i = 0; i < nodes.size(); i++) {
            String a = ShellText.shown(nodes.get(i));
            boolean output = a.equals("--output") || a.equals("--output-document")
                    || a.matches("-[a-zA-Z]*" + outputFlag);
            if (output && i + 1 < nodes.size()) {
                scope.expand(nodes.get(i + 1)).forEach(f -> scope.produced(f, Origin.DOWNLOADED));
                scope.produced(ShellText.shown(nodes.get(i + 1)), Origin.DOWNLOADED);
            } else if (a.startsWith("--output-document=") || a.startsWith("--output=")) {
                scope.produced(a.substring(a.indexOf('=') + 1), Origin.DOWNLOADED);
            } else if (a.matches("https?://.*|ftp://.*")) {
                scope.produced(BashScope.baseName(a.replaceAll("[?#].*", "")), Origin.DOWNLOADED);
            }
        }
    }
}
