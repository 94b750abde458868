package dev.mycel.config;

import java.util.List;

/**
 * Path rules shared by the policy layer and the sandbox. {@code blockedPaths} can be neither
 * read nor written (the sandbox masks them); {@code writeProtectedPaths} may be read but never
 * changed. Globs use {@code ~} for the user's home and {@code **} for any depth.
 * {@code confirmNewFiles} asks before creating a file even inside the working directory;
 * {@code denyCritical} turns every critical-risk confirmation into a denial.
 */
public record PolicySettings(List<String> blockedPaths, List<String> writeProtectedPaths,
                             boolean confirmNewFiles, boolean denyCritical, java.time.Duration confirmTimeout) {

    public static final java.time.Duration DEFAULT_CONFIRM_TIMEOUT = java.time.Duration.ofMinutes(2);

    /** The path rules alone, with both switches off (the defaults). */
    public PolicySettings(List<String> blockedPaths, List<String> writeProtectedPaths) {
        this(blockedPaths, writeProtectedPaths, false, false);
    }

    public PolicySettings(List<String> blockedPaths, List<String> writeProtectedPaths,
                          boolean confirmNewFiles, boolean denyCritical) {
        this(blockedPaths, writeProtectedPaths, confirmNewFiles, denyCritical, DEFAULT_CONFIRM_TIMEOUT);
    }

    public static final List<String> DEFAULT_BLOCKED = List.of(
            "~/.ssh/**", "~/.gnupg/**", "/root/**", "/etc/shadow", "/etc/gshadow", "/etc/sudoers",
            "/etc/sudoers.d/**", "/etc/ssh/*_key", "~/.aws/**", "~/.azure/**", "~/.config/gcloud/**",
            "~/.kube/**", "~/.docker/config.json", "~/.netrc", "~/.git-credentials",
            "~/.config/git/credentials", "~/.config/gh/hosts.yml", "~/.npmrc", "~/.pypirc",
            "~/.cargo/credentials.toml", "~/.terraform.d/credentials.tfrc.json",
            "~/.mozilla/**", "~/.config/google-chrome/**", "~/.config/chromium/**",
            "~/.config/BraveSoftware/**", "~/.config/microsoft-edge/**", "~/.password-store/**",
            "~/.local/share/keyrings/**", "~/.config/op/**", "~/.config/Bitwarden/**",
            "~/.pki/**", "~/.local/share/mycel/**", "~/.config/mycel/secrets/**");

    public static final List<String> DEFAULT_WRITE_PROTECTED = List.of(
            "/etc/passwd", "/etc/group", "~/.bashrc", "~/.bash_profile", "~/.profile", "~/.zshrc",
            "~/.zprofile", "~/.bash_login", "~/.config/autostart/**", "~/.config/systemd/**",
            "~/.config/mycel/**");

    /** Mycel's own runtime and data dirs are always blocked, whatever the config file says. */
    public PolicySettings withPlaces(Places places) {
        var blocked = new java.util.ArrayList<>(blockedPaths);
        for (String own : List.of(places.runtimeDir() + "/**", places.dataDir() + "/**")) {
            if (!blocked.contains(own)) {
                blocked.add(own);
            }
        }
        return new PolicySettings(List.copyOf(blocked), writeProtectedPaths, confirmNewFiles, denyCritical, confirmTimeout);
    }

    public static PolicySettings defaults() {
        return new PolicySettings(DEFAULT_BLOCKED, DEFAULT_WRITE_PROTECTED);
    }
}
