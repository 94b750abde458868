package dev.mycel.policy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The commands the bash rules know by name, grouped by what they can do. */
final class ShellVocabulary {

    static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "zsh", "ksh", "ash", "mksh", "fish", "tcsh", "csh",
            "busybox", "rbash");
    /** Interpreters whose inline-code flag takes code Mycel can parse. */
    static final Set<String> PYTHONS = Set.of("python", "python3", "python2", "pypy", "pypy3");
    static final Set<String> NODES = Set.of("node", "nodejs", "deno", "bun");
    /** Interpreters Mycel cannot parse; their inline code is never taken on trust. */
    static final Set<String> OTHER_INTERPRETERS = Set.of("perl", "ruby", "php", "lua", "tclsh", "Rscript", "osascript",
            "pwsh", "powershell", "expect", "gdb", "irb", "jshell");
    /** Programs that fetch a URL's content. */
    static final Set<String> FETCHERS = Set.of("curl", "wget", "fetch", "aria2c", "lwp-download", "lynx", "w3m", "links",
            "http", "https");
    /** Everything whose output may come from another machine: the fetchers and the network copy and pipe tools. */
    static final Set<String> DOWNLOADERS = union(FETCHERS, Set.of("ftp", "tftp", "nc", "ncat", "netcat", "socat",
            "telnet", "scp", "sftp", "rsync", "ssh"));
    /** Tools that carry a shell over the network in the classic reverse-shell one-liners. */
    static final Set<String> NETWORK = Set.of("nc", "ncat", "netcat", "socat", "telnet", "openssl", "ssh", "curl", "wget");
    private static final Set<String> ALWAYS_DECODE = Set.of("base32", "basenc", "uudecode", "zcat", "bzcat", "xzcat",
            "zstdcat", "gunzip", "bunzip2", "unxz", "unzstd", "rev", "tr", "iconv", "xxd", "unlzma", "lzcat");
    private static final Set<String> DECODE_WITH_FLAG = Set.of("base64", "gzip", "bzip2", "xz", "zstd", "openssl",
            "lzma", "od");
    /** Commands that run the rest of their arguments as another command. */
    static final Set<String> WRAPPERS = Set.of("env", "nohup", "timeout", "nice", "ionice", "setsid", "stdbuf", "time",
            "command", "builtin", "exec", "xargs", "chroot", "unshare", "nsenter", "flock", "taskset", "chrt", "caffeinate",
            "watch", "strace", "ltrace", "parallel", "sudo", "doas", "pkexec", "runuser", "run0", "sg", "firejail",
            "bwrap", "systemd-run", "script", "su", "cgexec", "prlimit", "setpriv", "torsocks", "proxychains", "eatmydata",
            "unbuffer", "gosu", "sudoedit");
    static final Set<String> PRIVILEGE = Set.of("sudo", "su", "doas", "pkexec", "runuser", "run0", "sg", "setpriv",
            "usermod", "useradd", "passwd", "chpasswd", "gpasswd", "visudo", "newgrp", "setcap", "adduser", "gosu", "sudoedit");
    /** Names a script has no business redefining: builtins and the tools every script relies on. */
    static final Set<String> STANDARD = Set.of("ls", "cd", "cat", "echo", "printf", "rm", "cp", "mv", "ln", "mkdir",
            "rmdir", "chmod", "chown", "sudo", "su", "ssh", "scp", "git", "curl", "wget", "python", "python3", "node",
            "npm", "pip", "pip3", "bash", "sh", "grep", "sed", "awk", "find", "xargs", "sort", "uniq", "head", "tail",
            "wc", "cut", "tr", "tee", "kill", "ps", "id", "whoami", "which", "type", "command", "builtin", "exec", "eval",
            "source", "test", "read", "export", "unset", "set", "alias", "unalias", "trap", "exit", "return", "true",
            "false", "pwd", "pushd", "popd", "date", "env", "printenv", "du", "df", "tar", "gzip", "unzip", "zip", "make",
            "docker", "systemctl", "crontab", "passwd", "history", "clear", "less", "more", "vi", "vim", "nano", "touch",
            "chgrp", "mount", "umount", "apt", "apt-get", "yum", "dnf", "local", "declare", "typeset", "shift", "wait",
            "jobs", "fg", "bg", "hash", "enable", "logout", "stat", "file", "diff", "cmp", "basename", "dirname",
            "readlink", "realpath", "sleep", "top", "free", "uname", "hostname", "ip", "ifconfig", "ping", "ssh-keygen",
            "gpg", "openssl", "base64", "mktemp", "install", "dd", "tput", "stty", "getopts", "let", "mapfile", "cmd",
            "command_not_found_handle");

    private static final Pattern SETUID_SYMBOLIC = Pattern.compile("[ugoa]*[+=][rwxXt]*s");
    private static final Pattern OCTAL_MODE = Pattern.compile("0?[0-7]{3,4}");

    private ShellVocabulary() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** Does this command, given these argument words, turn hidden text back into plain text (decoding, unpacking, mapping)? */
    static boolean decodes(String name, List<String> args) {
        if (ALWAYS_DECODE.contains(name)) {
            return true;
        }
        if (!DECODE_WITH_FLAG.contains(name)) {
            return (name.equals("printf") || name.equals("echo")) && args.stream().anyMatch(a -> EscapedText.of(a).hidesText());
        }
        return args.stream().anyMatch(a -> a.equals("-d") || a.equals("-D") || a.equals("--decode")
                || a.matches("-[a-zA-Z]*d[a-zA-Z]*") || a.equals("enc") || a.equals("base64") || a.equals("-r"));
    }

    /** A chmod mode that sets the setuid or setgid bit ({@code 4755}, {@code u+s}); null is none. */
    static boolean setsSetuid(String mode) {
        if (mode == null) {
            return false;
        }
        if (OCTAL_MODE.matcher(mode).matches()) {
            String bits = mode.length() > 4 ? mode.substring(mode.length() - 4) : mode;
            return bits.length() == 4 && ((bits.charAt(0) - '0') & 6) != 0;
        }
        return SETUID_SYMBOLIC.matcher(mode).find();
    }

    /** A chmod mode that makes a file executable by someone ({@code 755}, {@code +x}); null is none. */
    static boolean addsExec(String mode) {
        if (mode == null) {
            return false;
        }
        if (OCTAL_MODE.matcher(mode).matches()) {
            return mode.substring(mode.length() - 3).chars().anyMatch(c -> ((c - '0') & 1) != 0);
        }
        return mode.matches(".*[+=][rwXst]*x.*");
    }

    /** Which parseable language an interpreter name runs, if any. */
    static Optional<Language> interpreted(String name) {
        if (SHELLS.contains(name)) {
            return Optional.of(Language.BASH);
        }
        if (PYTHONS.contains(name) || name.matches("python3\\.\\d+")) {
            return Optional.of(Language.PYTHON);
        }
        return NODES.contains(name) ? Optional.of(Language.JAVASCRIPT) : Optional.empty();
    }

    static boolean isInterpreter(String name) {
        return interpreted(name).isPresent() || OTHER_INTERPRETERS.contains(name);
    }

    /** The flag that introduces inline code for this interpreter ({@code -c} for shells and python, {@code -e} for node). */
    static boolean isInlineCodeFlag(String interpreter, String flag) {
        if (SHELLS.contains(interpreter) || PYTHONS.contains(interpreter) || interpreter.startsWith("python")) {
            return flag.equals("-c") || (flag.startsWith("-") && !flag.startsWith("--") && flag.endsWith("c"));
        }
        if (NODES.contains(interpreter)) {
            return flag.equals("-e") || flag.equals("--eval") || flag.equals("-p") || flag.equals("--print") || flag.equals("eval");
        }
        return flag.equals("-e") || flag.equals("-E") || flag.equals("-r") || flag.equals("-c") || flag.equals("-Command");
    }
}
