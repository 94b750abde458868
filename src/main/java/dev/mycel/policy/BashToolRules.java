package dev.mycel.policy;

import dev.mycel.policy.ShellCommand.Arg;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rules for tools judged by their subcommand: package managers, git, services, schedulers, network tools. */
final class BashToolRules {

    /** Subcommands (or pacman-style flags) that install or remove software, per package manager. */
    private static final Map<String, Set<String>> INSTALLERS = Map.ofEntries(
            Map.entry("apt", Set.of("install", "remove", "purge", "autoremove", "upgrade", "dist-upgrade", "full-upgrade", "reinstall")),
            Map.entry("apt-get", Set.of("install", "remove", "purge", "autoremove", "upgrade", "dist-upgrade", "reinstall")),
            Map.entry("aptitude", Set.of("install", "remove", "purge", "upgrade")),
            Map.entry("dpkg", Set.of("-i", "--install", "-r", "--remove", "-P", "--purge")),
            Map.entry("dnf", Set.of("install", "remove", "erase", "upgrade", "update", "reinstall", "downgrade")),
            Map.entry("yum", Set.of("install", "remove", "erase", "upgrade", "update", "reinstall", "downgrade")),
            Map.entry("zypper", Set.of("install", "in", "remove", "rm", "update", "up", "dup")),
            Map.entry("apk", Set.of("add", "del", "upgrade")),
            Map.entry("snap", Set.of("install", "remove", "refresh")),
            Map.entry("flatpak", Set.of("install", "uninstall", "update")),
            Map.entry("brew", Set.of("install", "uninstall", "remove", "upgrade", "reinstall", "tap")),
            Map.entry("pip", Set.of("install", "uninstall")),
            Map.entry("pip3", Set.of("install", "uninstall")),
            Map.entry("pipx", Set.of("install", "uninstall", "run", "inject")),
            Map.entry("uv", Set.of("install", "add", "remove", "tool", "run")),
            Map.entry("poetry", Set.of("add", "remove", "install")),
            Map.entry("conda", Set.of("install", "remove", "uninstall", "update", "create")),
            Map.entry("mamba", Set.of("install", "remove", "uninstall", "update", "create")),
            Map.entry("npm", Set.of("install", "i", "add", "ci", "uninstall", "remove", "rm", "un", "update", "exec")),
            Map.entry("pnpm", Set.of("install", "i", "add", "remove", "rm", "update", "dlx", "exec")),
            Map.entry("yarn", Set.of("install", "add", "remove", "upgrade", "dlx")),
            Map.entry("bun", Set.of("install", "i", "add", "remove", "x")),
            Map.entry("gem", Set.of("install", "uninstall", "update")),
            Map.entry("cargo", Set.of("install", "uninstall")),
            Map.entry("go", Set.of("install", "get")),
            Map.entry("port", Set.of("install", "uninstall")),
            Map.entry("pacman", Set.of()),
            Map.entry("nix-env", Set.of("-i", "--install", "-e", "--uninstall")));
    /** Tools that hand out stored secrets, with the subcommands that do it (empty: any use). */
    private static final Map<String, Set<String>> SECRET_TOOLS = Map.ofEntries(
            Map.entry("secret-tool", Set.of("lookup", "search")),
            Map.entry("security", Set.of("find-generic-password", "find-internet-password", "dump-keychain", "export")),
            Map.entry("keyring", Set.of("get")),
            Map.entry("pass", Set.of()),
            Map.entry("gopass", Set.of()),
            Map.entry("lpass", Set.of("show", "export")),
            Map.entry("op", Set.of("read", "item", "inject")),
            Map.entry("bw", Set.of("get", "export", "list")),
            Map.entry("kwallet-query", Set.of()),
            Map.entry("gnome-keyring-daemon", Set.of()),
            Map.entry("gh", Set.of("token")),
            Map.entry("gcloud", Set.of("print-access-token", "print-identity-token")),
            Map.entry("aws", Set.of("get", "export-credentials", "get-session-token")),
            Map.entry("gpg", Set.of("--export-secret-keys", "--export-secret-subkeys")));
    private static final Pattern SECRET_PATTERN = Pattern.compile(
            "(?i)private.key|passw(or)?d|secret|api.?key|token|AKIA|BEGIN .*KEY|aws_access|credential");
    private static final Set<String> RUN_FROM_REGISTRY = Set.of("npx", "pnpx", "bunx", "uvx");
    private static final Set<String> UNIT_ENABLING = Set.of("enable", "link", "reenable", "preset", "edit", "add-wants",
            "add-requires", "revert");
    private static final Set<String> UNIT_STOPPING = Set.of("stop", "disable", "mask", "kill", "isolate", "poweroff",
            "reboot", "halt", "suspend", "hibernate", "rescue", "emergency", "kexec", "soft-reboot", "default");

    private static final Pattern AWK_SYSTEM = Pattern.compile("system\\s*\\(([^)]*)\\)");
    /** {@code print … | "cmd"} and {@code "cmd" | getline}; a lone | (not ||) before or after a quoted command. */
    private static final Pattern AWK_PIPE = Pattern.compile("(?<!\\|)\\|(?!\\|)\\s*\"([^\"]*)\"|\"([^\"]*)\"\\s*\\|\\s*getline");
    private static final Pattern QUOTED = Pattern.compile("\\s*\"([^\"]*)\"\\s*");

    private final Findings out;
    private final BashCommandRules.CodeSink sink;

    BashToolRules(Findings out, BashCommandRules.CodeSink sink) {
        this.out = out;
        this.sink = sink;
    }

    void judge(ShellCommand c) {
        String n = c.name();
        switch (n) {
            case "git" -> git(c);
            case "crontab" -> {
                if (!(c.operands().isEmpty() && c.hasOption("-l"))) {
                    out.add(Rule.PERSISTENCE, c.at());
                }
            }
            case "at", "batch", "update-rc.d", "chkconfig" -> out.add(Rule.PERSISTENCE, c.at());
            case "launchctl" -> subcommand(c, Set.of("load", "bootstrap", "enable", "submit"), Rule.PERSISTENCE);
            case "loginctl" -> subcommand(c, Set.of("enable-linger"), Rule.PERSISTENCE);
            case "systemctl" -> {
                subcommand(c, UNIT_ENABLING, Rule.PERSISTENCE);
                subcommand(c, UNIT_STOPPING, Rule.SYSTEM_CONTROL);
            }
            case "service" -> {
                if (c.operands().size() > 1 && Set.of("stop", "restart").contains(c.operands().get(1).shown())) {
                    out.add(Rule.SYSTEM_CONTROL, c.at());
                }
            }
            case "shutdown", "reboot", "halt", "poweroff", "init", "telinit", "modprobe", "insmod", "rmmod", "swapoff" ->
                    out.add(Rule.SYSTEM_CONTROL, c.at());
            case "ufw" -> subcommand(c, Set.of("disable", "reset", "allow", "delete"), Rule.SYSTEM_CONTROL);
            case "iptables", "ip6tables", "nft", "firewall-cmd" -> {
                if (c.hasOption("-F", "--flush", "-X", "-P", "--policy", "-D") || c.operands().stream().anyMatch(a -> a.is("flush"))) {
                    out.add(Rule.SYSTEM_CONTROL, c.at());
                }
            }
            case "setenforce" -> out.add(Rule.SYSTEM_CONTROL, c.at());
            case "history" -> {
                if (c.hasShortFlag('c') || c.hasShortFlag('d') || c.hasShortFlag('w') || c.hasShortFlag('r')) {
                    out.add(Rule.ANTI_FORENSICS, c.at());
                }
            }
            case "set", "shopt" -> {
                if (c.args().stream().anyMatch(a -> a.is("history")) && c.hasOption("+o", "-u", "-uo")) {
                    out.add(Rule.ANTI_FORENSICS, c.at());
                }
            }
            case "journalctl" -> {
                if (c.args().stream().anyMatch(a -> a.shown().startsWith("--vacuum") || a.is("--rotate"))) {
                    out.add(Rule.ANTI_FORENSICS, c.at());
                }
            }
            case "alias" -> alias(c);
            case "nc", "ncat", "netcat" -> {
                if (c.hasOption("-e", "-c", "--exec", "--sh-exec", "--lua-exec") || c.hasShortFlag('e')) {
                    out.add(Rule.REVERSE_SHELL, c.at());
                }
            }
            case "socat" -> {
                if (c.args().stream().anyMatch(a -> a.shown().matches("(?i).*(exec|system):.*|(?i).*\\bpty\\b.*"))) {
                    out.add(Rule.REVERSE_SHELL, c.at());
                }
            }
            case "zmodload" -> {
                if (c.args().stream().anyMatch(a -> a.shown().startsWith("zsh/net"))) {
                    out.add(Rule.REVERSE_SHELL, c.at());
                }
            }
            case "grep", "egrep", "rg", "ag", "ack", "git-grep" -> secretHunt(c);
            case "awk", "gawk", "mawk", "nawk", "busybox-awk" -> awk(c);
            case "xterm" -> {
                if (c.hasOption("-display")) {
                    out.add(Rule.REVERSE_SHELL, c.at());
                }
            }
            default -> other(c);
        }
    }

    private void other(ShellCommand c) {
        String n = c.name();
        if (n.startsWith("mkfs") || Set.of("fdisk", "sfdisk", "parted", "wipefs", "mkswap", "sgdisk", "gdisk", "cfdisk").contains(n)) {
            out.add(Rule.FORMAT_DISK, c.at());
        } else if (SECRET_TOOLS.containsKey(n) && handsOutSecrets(c)) {
            out.add(Rule.CREDENTIAL_READ, c.at());
        } else if (RUN_FROM_REGISTRY.contains(n)) {
            out.add(Rule.INSTALL_PACKAGE, c.at(), "downloads and runs a package: " + c.at().text());
        } else if (INSTALLERS.containsKey(n)) {
            installs(c);
        }
    }

    private static boolean handsOutSecrets(ShellCommand c) {
        Set<String> verbs = SECRET_TOOLS.get(c.name());
        return verbs.isEmpty() || c.args().stream().map(Arg::shown).anyMatch(verbs::contains);
    }

    private void installs(ShellCommand c) {
        Set<String> verbs = INSTALLERS.get(c.name());
        boolean installs = c.args().stream().limit(4).map(Arg::shown).anyMatch(verbs::contains)
                || c.name().equals("pacman") && c.args().stream().map(Arg::shown).anyMatch(s -> s.matches("-[SRU].*"));
        if (installs) {
            out.add(Rule.INSTALL_PACKAGE, c.at());
        }
    }

    private void subcommand(ShellCommand c, Set<String> verbs, Rule rule) {
        if (c.operands().stream().limit(2).map(Arg::shown).anyMatch(verbs::contains)) {
            out.add(rule, c.at());
        }
    }

    private void git(ShellCommand c) {
        List<Arg> ops = c.operands();
        Optional<String> sub = ops.stream().map(Arg::shown).filter(s -> !s.contains("=") && !s.startsWith("/")).findFirst();
        if (c.args().stream().map(Arg::shown).anyMatch(s -> s.matches("(?i)(core\\.(hookspath|sshcommand|fsmonitor|pager|editor)|alias\\..*)(=.*)?"))) {
            out.add(Rule.PERSISTENCE, c.at(), "git configuration that runs a program later");
        }
        if (sub.isEmpty()) {
            return;
        }
        boolean forced = c.hasOption("--force", "-f") || c.hasShortFlag('f')
                || c.args().stream().map(Arg::shown).anyMatch(s -> s.startsWith("--force-with-lease") || s.startsWith("+"));
        switch (sub.get()) {
            case "push" -> {
                if (forced) {
                    out.add(Rule.FORCE_PUSH, c.at());
                }
            }
            case "reset" -> {
                if (c.hasOption("--hard", "--merge", "--keep")) {
                    out.add(Rule.DISCARD_CHANGES, c.at());
                }
            }
            case "clean" -> {
                if (forced) {
                    out.add(Rule.DISCARD_CHANGES, c.at());
                }
            }
            case "checkout", "restore" -> {
                if (forced || c.hasOption("--") || ops.stream().anyMatch(a -> a.is("."))) {
                    if (!c.hasOption("--staged")) {
                        out.add(Rule.DISCARD_CHANGES, c.at());
                    }
                }
            }
            case "stash" -> subcommand(c, Set.of("drop", "clear"), Rule.DISCARD_CHANGES);
            case "credential" -> out.add(Rule.CREDENTIAL_READ, c.at());
            case "branch" -> {
                if (c.hasOption("-D") || c.hasOption("--delete") && forced) {
                    out.add(Rule.DISCARD_CHANGES, c.at());
                }
            }
            default -> {
            }
        }
    }

    /** awk's system() and pipes run shell commands; only literal ones can be judged. */
    private void awk(ShellCommand c) {
        c.args().stream().filter(a -> !a.isOption()).findFirst().ifPresent(program -> {
            String text = program.shown();
            Matcher system = AWK_SYSTEM.matcher(text);
            while (system.find()) {
                Matcher literal = QUOTED.matcher(system.group(1));
                if (literal.matches()) {
                    sink.literal(Language.BASH, literal.group(1), program.node());
                } else {
                    out.add(Rule.DYNAMIC_CODE, program.node(), "awk runs a computed shell command");
                }
            }
            Matcher pipe = AWK_PIPE.matcher(text);
            while (pipe.find()) {
                sink.literal(Language.BASH, pipe.group(1) != null ? pipe.group(1) : pipe.group(2), program.node());
            }
        });
    }

    /** Searching the whole home directory or system for keys and passwords is harvesting, not work. */
    private void secretHunt(ShellCommand c) {
        List<Arg> ops = c.operands();
        boolean secretPattern = ops.stream().limit(1).anyMatch(a -> SECRET_PATTERN.matcher(a.shown()).find())
                || c.args().stream().anyMatch(a -> SECRET_PATTERN.matcher(a.shown()).find() && a.shown().startsWith("-e"));
        boolean wide = ops.stream().skip(1).flatMap(a -> a.texts().stream()).map(SensitivePaths::normalise)
                .anyMatch(p -> p.matches("~|/|/home|/root|/etc|~/\\.config|~/\\.local(/share)?"));
        if (secretPattern && wide) {
            out.add(Rule.CREDENTIAL_READ, c.at(), "searches the home directory or system for secrets");
        }
    }

    private void alias(ShellCommand c) {
        for (Arg a : c.operands()) {
            String s = a.shown();
            int eq = s.indexOf('=');
            if (eq > 0 && ShellVocabulary.STANDARD.contains(s.substring(0, eq))) {
                out.add(Rule.SHADOWED_COMMAND, a.node(), "alias " + s);
            }
        }
    }
}
