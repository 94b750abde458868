package dev.mycel.policy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Judges one command started by a python or javascript script, word by word: the program
 * (after wrappers such as env and nohup), then what its arguments ask for. Unknown words
 * are null texts; they never make a command look harmless, but only named dangers are reported.
 */
final class Commands {

    /** Builtins that run text as shell code, besides the interpreters. */
    private static final Set<String> RUNS_TEXT = Set.of("source", ".", "eval");
    private static final Set<String> KILLERS = Set.of("kill", "pkill", "killall", "skill", "xkill");
    private static final Set<String> PACKAGERS = Set.of("pip", "pip3", "pipx", "uv", "poetry", "conda", "mamba",
            "micromamba", "npm", "pnpm", "yarn", "gem", "cargo", "go", "apt", "apt-get", "aptitude", "dnf", "yum",
            "zypper", "pacman", "apk", "brew", "snap", "flatpak", "port", "composer");
    private static final Set<String> INSTALL_WORDS = Set.of("install", "i", "add", "remove", "uninstall", "un",
            "update", "upgrade", "ci", "get", "-S", "-R", "-U", "-Syu", "-Sy", "reinstall", "purge");
    private static final Set<String> WRITERS = Set.of("cp", "mv", "ln", "tee", "install", "rsync", "dd", "scp",
            "sed", "touch", "echo", "printf");
    private static final Set<String> NETCATS = Set.of("nc", "ncat", "netcat", "socat", "telnet");

    private final Launches launches;
    private final Findings out;
    private final ScriptFacts facts;
    private final FileCommands files;

    Commands(Launches launches, Findings out, ScriptFacts facts) {
        this.launches = launches;
        this.out = out;
        this.facts = facts;
        this.files = new FileCommands(out, facts);
    }

    Findings findings() {
        return out;
    }

    static String basename(String program) {
        String p = program.strip();
        int slash = p.lastIndexOf('/');
        String name = slash >= 0 && slash < p.length() - 1 ? p.substring(slash + 1) : p;
        return name.toLowerCase(Locale.ROOT).replaceAll("\\.exe$", "");
    }

    /** words.get(0) is the program; the callers have judged how its name was spelled. */
    void judge(List<CodeValue> words, SyntaxNode at) {
        if (words.isEmpty() || !words.getFirst().known()) {
            return; // python -m <computed>: nothing more is known of what runs
        }
        String name = basename(words.getFirst().text());
        List<CodeValue> args = words.subList(1, words.size());
        if (facts.isDownload(words.getFirst().text())) {
            out.add(Rule.DOWNLOAD_EXEC, at, "runs the file it downloaded: " + name);
        }
        arguments(name, args, at);
        if (ShellVocabulary.PRIVILEGE.contains(name)) {
            out.add(Rule.PRIVILEGE_ESCALATION, at, name + " " + texts(args));
        }
        if (ShellVocabulary.WRAPPERS.contains(name)) {
            wrapped(args, at);
            return;
        }
        if (ShellVocabulary.SHELLS.contains(name)) {
            shell(args, at);
        } else if (name.startsWith("python") || name.startsWith("pypy")) {
            python(args, at);
        } else if (ShellVocabulary.NODES.contains(name)) {
            flagged(args, Set.of("-e", "--eval", "-p", "--print"))
                    .ifPresent(code -> launches.code(Language.JAVASCRIPT, code, at));
        } else {
            tool(name, args, at);
        }
    }

    private void wrapped(List<CodeValue> args, SyntaxNode at) {
        for (int i = 0; i < args.size(); i++) {
            String w = args.get(i).text();
            if (w == null) {
                return;
            }
            boolean option = w.startsWith("-") || w.contains("=") || w.matches("\\d+[smhd]?");
            if (!option) {
                judge(args.subList(i, args.size()), at);
                return;
            }
            if (w.equals("-u") || w.equals("-g") || w.equals("--user")) {
                i++;
            }
        }
    }

    private void shell(List<CodeValue> args, SyntaxNode at) {
        for (int i = 0; i < args.size(); i++) {
            String w = args.get(i).text();
            if (w != null && w.matches("-[a-z]*c[a-z]*") && !w.startsWith("--")) {
                if (i + 1 < args.size()) {
                    launches.shell(args.get(i + 1), at);
                }
                return;
            }
            if (w == null || !w.startsWith("-")) {
                script(args.get(i), at);
                return;
            }
        }
        if (facts.connected()) {
            out.add(Rule.REVERSE_SHELL, at, "starts an interactive shell in a script that opens a socket");
        }
    }

    private void python(List<CodeValue> args, SyntaxNode at) {
        Optional<CodeValue> code = flagged(args, Set.of("-c"));
        if (code.isPresent()) {
            launches.code(Language.PYTHON, code.get(), at);
            return;
        }
        int m = indexOf(args, "-m");
        if (m >= 0 && m + 1 < args.size()) {
            judge(args.subList(m + 1, args.size()), at);
            return;
        }
        if (args.stream().allMatch(a -> a.known() && a.text().startsWith("-")) && facts.connected()) {
            out.add(Rule.REVERSE_SHELL, at, "starts an interactive python in a script that opens a socket");
        }
        args.stream().filter(a -> !a.known() || !a.text().startsWith("-")).findFirst().ifPresent(s -> script(s, at));
    }

    /** A script file given to an interpreter: the download, if this script saved one and names it or hides the name. */
    private void script(CodeValue file, SyntaxNode at) {
        if (file.known() ? facts.isDownload(file.text()) : facts.anyDownloadWritten()) {
            out.add(Rule.DOWNLOAD_EXEC, at, "runs a downloaded script with an interpreter");
        }
    }

    private void tool(String name, List<CodeValue> args, SyntaxNode at) {
        String first = args.isEmpty() ? null : args.getFirst().text();
        if (files.judge(name, args, at)) {
            return;
        }
        if (KILLERS.contains(name)) {
            out.add(Rule.KILL_PROCESS, at, name + " " + texts(args));
        } else if (name.equals("npx") || PACKAGERS.contains(name) && args.stream().anyMatch(a -> a.known() && INSTALL_WORDS.contains(a.text()))) {
            out.add(Rule.INSTALL_PACKAGE, at, name + " " + texts(args));
        } else if (name.equals("crontab") && !"-l".equals(first)) {
            out.add(Rule.PERSISTENCE, at, "crontab " + texts(args));
        } else if ((name.equals("systemctl") || name.equals("launchctl")) && has(args, "enable", "load", "bootstrap", "link")) {
            out.add(Rule.PERSISTENCE, at, name + " " + texts(args));
        } else if (name.equals("systemctl") && has(args, "stop", "disable", "mask", "poweroff", "reboot", "halt", "kill")
                || Set.of("shutdown", "reboot", "poweroff", "halt").contains(name)) {
            out.add(Rule.SYSTEM_CONTROL, at, name + " " + texts(args));
        } else if (NETCATS.contains(name) && args.stream().map(CodeValue::text)
                .anyMatch(w -> w != null && (w.equals("-e") || w.equals("-c") || w.toLowerCase(Locale.ROOT).matches("(exec|system):.*")))) {
            out.add(Rule.REVERSE_SHELL, at, name + " " + texts(args));
        } else {
            more(name, args, at);
        }
    }

    private void more(String name, List<CodeValue> args, SyntaxNode at) {
        if (name.equals("git")) {
            git(args, at);
        } else if (name.equals("dd") && args.stream().map(CodeValue::text)
                .anyMatch(w -> w != null && w.matches("of=/dev/(sd|hd|vd|xvd|nvme|mmcblk|disk|mapper/).*"))) {
            out.add(Rule.DISK_OVERWRITE, at, "dd " + texts(args));
        } else if (name.startsWith("mkfs") || Set.of("fdisk", "sfdisk", "parted", "wipefs").contains(name)) {
            out.add(Rule.FORMAT_DISK, at, name + " " + texts(args));
        }
    }

    private void git(List<CodeValue> args, SyntaxNode at) {
        if (has(args, "config") && args.stream().anyMatch(a -> a.known()
                && a.text().toLowerCase(Locale.ROOT).matches("core\\.(hookspath|fsmonitor)"))) {
            // git runs these programs itself, later, in every repository the setting reaches
            out.add(Rule.PERSISTENCE, at, "git " + texts(args));
        } else if (has(args, "push") && has(args, "-f", "--force", "--force-with-lease", "--mirror")) {
            out.add(Rule.FORCE_PUSH, at, "git " + texts(args));
        } else if (has(args, "reset") && has(args, "--hard") || has(args, "clean") && args.stream()
                .anyMatch(a -> a.text() != null && a.text().matches("-[a-zA-Z]*f[a-zA-Z]*"))) {
            out.add(Rule.DISCARD_CHANGES, at, "git " + texts(args));
        }
    }

    /** What the arguments name, whatever the program: secrets, startup files, sockets. */
    private void arguments(String name, List<CodeValue> args, SyntaxNode at) {
        for (CodeValue a : args) {
            String w = a.text();
            if (w == null) {
                continue;
            }
            String path = w.startsWith("-") && w.contains("=") ? w.substring(w.indexOf('=') + 1) : w;
            if (path.startsWith("/dev/tcp/") || path.startsWith("/dev/udp/")) {
                out.add(Rule.REVERSE_SHELL, at, name + " " + path);
            }
            Optional<SensitivePaths.Kind> kind = SensitivePaths.classify(path);
            if (kind.equals(Optional.of(SensitivePaths.Kind.CREDENTIAL))) {
                out.add(Rule.CREDENTIAL_READ, at, name + " " + path);
            } else if (kind.equals(Optional.of(SensitivePaths.Kind.PERSISTENCE)) && WRITERS.contains(name)) {
                out.add(Rule.PERSISTENCE, at, name + " " + path);
            }
        }
    }

    /** A redirection in a shell string: {@code > ~/.bashrc}, {@code >& /dev/tcp/…}, {@code < ~/.ssh/id_rsa}. */
    void redirect(String target, boolean writes, SyntaxNode at) {
        if (target.startsWith("/dev/tcp/") || target.startsWith("/dev/udp/")) {
            out.add(Rule.REVERSE_SHELL, at, "redirects to " + target);
            return;
        }
        Optional<SensitivePaths.Kind> kind = SensitivePaths.classify(target);
        if (kind.equals(Optional.of(SensitivePaths.Kind.CREDENTIAL))) {
            out.add(Rule.CREDENTIAL_READ, at, target);
        } else if (writes) {
            FileWrites.judge(out, at, target, false);
        }
    }

    /** The words' texts, unknown ones empty. */
    static List<String> words(List<CodeValue> args) {
        return args.stream().map(a -> a.known() ? a.text() : "").toList();
    }

    /** An interpreter given code to run (not python -m json.tool, which only formats). */
    static boolean runsCode(List<CodeValue> words) {
        String name = basename(words.getFirst().text());
        boolean interpreter = ShellVocabulary.isInterpreter(name) || RUNS_TEXT.contains(name)
                || name.startsWith("python") || name.startsWith("pypy");
        return interpreter && !has(words, "-m");
    }

    private static Optional<CodeValue> flagged(List<CodeValue> args, Set<String> flags) {
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).known() && flags.contains(args.get(i).text())) {
                return Optional.of(args.get(i + 1));
            }
        }
        return Optional.empty();
    }

    static int indexOf(List<CodeValue> args, String word) {
        for (int i = 0; i < args.size(); i++) {
            if (word.equals(args.get(i).text())) {
                return i;
            }
        }
        return -1;
    }

    static boolean has(List<CodeValue> args, String... words) {
        return args.stream().map(CodeValue::text).anyMatch(w -> w != null && List.of(words).contains(w));
    }

    static String texts(List<CodeValue> args) {
        return String.join(" ", args.stream().map(a -> a.known() ? a.text() : "…").toList());
    }
}
