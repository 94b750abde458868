package dev.mycel.policy;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which paths are secrets, which make code run again later, and which belong to the system.
 * Paths are compared after writing the home directory as {@code ~}, however the code spelled it.
 */
final class SensitivePaths {

    enum Kind { CREDENTIAL, PERSISTENCE, SYSTEM }

    private static final Pattern HOME = Pattern.compile(
            "^(\\$HOME|\\$\\{HOME}|~[a-z_][a-z0-9_-]*|/home/[^/]+|/root|/Users/[^/]+)(?=/|$)");
    private static final Pattern PERSISTENCE = Pattern.compile(
            "^~/\\.(bashrc|bash_profile|bash_login|bash_logout|profile|zshrc|zprofile|zshenv|zlogin|kshrc|cshrc|tcshrc"
                    + "|xinitrc|xprofile|xsessionrc)$"
                    + "|^~/\\.config/(fish/|autostart(/|$)|systemd/user(/|$)|environment\\.d)"
                    + "|^~/\\.ssh/(authorized_keys2?|rc)$|^~/\\.local/share/systemd"
                    + "|^/etc/(profile|bash\\.bashrc|zsh/|profile\\.d|environment|cron|anacrontab|rc\\.local|init\\.d"
                    + "|ld\\.so\\.preload|sudoers|systemd/|xdg/autostart|update-motd\\.d)"
                    + "|^/var/spool/cron|^/(usr/)?lib/systemd/|(^|/)\\.git/hooks(/|$)|(^|/)Library/LaunchAgents");
    private static final Pattern CREDENTIAL = Pattern.compile(
            "^~/\\.ssh(/(?!known_hosts$)(?!.*\\.pub$).*)?$"
                    + "|^/etc/(g?shadow|master\\.passwd|security/opasswd)$"
                    + "|^~/\\.(aws|gnupg|password-store|azure|docker/config\\.json|kube/config|kube$)"
                    + "|^~/\\.(netrc|git-credentials|pgpass|my\\.cnf|npmrc|pypirc|vault-token)$"
                    + "|^~/\\.config/(gcloud|gh/hosts\\.yml|google-chrome|chromium|BraveSoftware|microsoft-edge)"
                    + "|^~/\\.(mozilla|thunderbird)(/|$)|^~/\\.local/share/keyrings|^~/snap/firefox"
                    + "|(^|/)(id_rsa|id_dsa|id_ecdsa|id_ed25519)$|(^|/)(Login Data|key4\\.db|logins\\.json|cookies\\.sqlite)$"
                    + "|^/proc/[^/]+/environ$");
    /** Path pieces that name a secret even when the code joins the path from parts. */
    private static final Pattern CREDENTIAL_PIECE = Pattern.compile(
            "^/?\\.(ssh|aws|gnupg|netrc|git-credentials|password-store|pgpass|kube)/?$"
                    + "|^(id_rsa|id_dsa|id_ecdsa|id_ed25519|Login Data|key4\\.db|logins\\.json|cookies\\.sqlite)$"
                    + "|^/?\\.aws/credentials$|^/?\\.docker/config\\.json$|^/?\\.kube/config$|^\\.?(local/share/)?keyrings$");
    private static final Pattern PERSISTENCE_PIECE = Pattern.compile(
            "^/?\\.(bashrc|bash_profile|zshrc|profile|zprofile|xprofile)$|^authorized_keys2?$"
                    + "|^/?\\.config/(autostart|systemd/user)/?$|^/?\\.git/hooks/?$|^crontabs?$");
    private static final Pattern SYSTEM = Pattern.compile(
            "^/(etc|usr|bin|sbin|lib|lib32|lib64|boot|opt|srv|root|sys|proc|var(?!/tmp))(/|$)|^/dev/(?!null$|std|tty$|fd/)");

    private SensitivePaths() {
    }

    /** Writes the home directory as ~ and drops a trailing slash, so one pattern fits every spelling. */
    static String normalise(String path) {
        String p = HOME.matcher(path.strip()).replaceFirst("~");
        p = p.replaceAll("/{2,}", "/").replaceAll("/\\./", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** The kind of a whole path as a command would use it. */
    static Optional<Kind> classify(String path) {
        String p = normalise(path);
        if (PERSISTENCE.matcher(p).find()) {
            return Optional.of(Kind.PERSISTENCE);
        }
        if (CREDENTIAL.matcher(p).find()) {
            return Optional.of(Kind.CREDENTIAL);
        }
        return SYSTEM.matcher(p).find() ? Optional.of(Kind.SYSTEM) : Optional.empty();
    }

    /** Also recognises pieces such as ".ssh" or "id_rsa", for paths a program joins at run time. */
    static Optional<Kind> classifyPiece(String text) {
        if (PERSISTENCE_PIECE.matcher(text).find()) {
            return Optional.of(Kind.PERSISTENCE);
        }
        if (CREDENTIAL_PIECE.matcher(text).find()) {
            return Optional.of(Kind.CREDENTIAL);
        }
        Optional<Kind> whole = classify(text);
        return whole.filter(k -> k != Kind.SYSTEM);
    }

    /** Secrets that a glob such as {@code /etc/sha*} or {@code ~/.s?h/id*} might be written to reach. */
    private static final List<String> WELL_KNOWN_SECRETS = List.of("/etc/shadow", "/etc/gshadow", "~/.ssh/id_rsa",
            "~/.ssh/id_ed25519", "~/.ssh/id_ecdsa", "~/.ssh/id_dsa", "~/.ssh", "~/.aws/credentials", "~/.aws", "~/.gnupg",
            "~/.netrc", "~/.git-credentials", "~/.docker/config.json", "~/.kube/config", "~/.pgpass", "~/.password-store",
            "~/.config/gcloud", "~/.local/share/keyrings", "/etc/sudoers");

    /** Does this glob pattern match one of the well-known secrets? */
    static boolean globReachesSecret(String path) {
        String p = normalise(path);
        if (!p.contains("/") || !p.matches(".*[*?\\[].*")) {
            return false;
        }
        try {
            Pattern glob = Pattern.compile(globToRegex(p));
            return WELL_KNOWN_SECRETS.stream().anyMatch(secret -> glob.matcher(secret).matches());
        } catch (PatternSyntaxException e) {
            // a bracket expression Java cannot read is no path the shell would expand either
            return false;
        }
    }

    private static String globToRegex(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> re.append("[^/]*");
                case '?' -> re.append("[^/]");
                case '[' -> {
                    int close = glob.indexOf(']', i + 1);
                    if (close < 0) {
                        re.append("\\[");
                    } else {
                        re.append('[').append(glob.substring(i + 1, close).replace("\\", "\\\\").replaceFirst("^!", "^")).append(']');
                        i = close;
                    }
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }

    private static final List<String> SECRET_NAMES = List.of("id_rsa", "id_ed25519", "id_ecdsa", "id_dsa", "credentials",
            ".netrc", ".git-credentials", "logins.json", "key4.db", "cookies.sqlite", "Login Data", "shadow", ".pgpass");

    /** A find -name pattern such as {@code id_*} that picks out key or password files. */
    static boolean globReachesSecretName(String glob) {
        if (!glob.matches(".*[*?\\[].*")) {
            return SECRET_NAMES.contains(glob);
        }
        String name = glob.contains("/") ? glob.substring(glob.lastIndexOf('/') + 1) : glob;
        if (name.matches("\\*+|\\*\\.[\\w*]+")) {
            return false;
        }
        try {
            Pattern p = Pattern.compile(globToRegex(name));
            return SECRET_NAMES.stream().anyMatch(n -> p.matcher(n).matches());
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    static boolean isTemporary(String path) {
        String p = normalise(path);
        return p.startsWith("/tmp/") || p.startsWith("/var/tmp/") || p.startsWith("$TMPDIR") || p.startsWith("${TMPDIR");
    }

    /** Outside the working directory: absolute or in the home directory, and not temporary. */
    static boolean isOutsideWorkdir(String path) {
        String p = normalise(path);
        return (p.startsWith("/") || p.startsWith("~")) && !isTemporary(p) && !p.startsWith("/dev/");
    }
}
