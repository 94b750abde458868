package dev.mycel.policy;

import static dev.mycel.policy.Decision.CONFIRM;
import static dev.mycel.policy.Decision.DENY;
import static dev.mycel.policy.Risk.CRITICAL;
import static dev.mycel.policy.Risk.HIGH;
import static dev.mycel.policy.Risk.MEDIUM;

/**
 * Every rule the code validator can report: a stable id (what {@code check --json} prints
 * and what users may search for), what it asks for, and a sentence a user understands.
 * Ids never change meaning; a new behaviour gets a new id.
 */
enum Rule {
    // shared by every language
    CREDENTIAL_READ("credential-read", DENY, CRITICAL, "touches a credential store (keys, tokens, passwords)"),
    PERSISTENCE("persistence", DENY, CRITICAL, "makes itself run again later (startup file, cron, service, hook)"),
    UNPARSED("unparsed", CONFIRM, MEDIUM, "part of the code could not be parsed, so it could not be checked"),
    UNPARSED_HIDING("unparsed-hiding", DENY, HIGH, "code that could not be parsed contains dangerous words"),
    TOO_COMPLEX("too-complex", DENY, HIGH, "the code is nested too deeply to be checked"),
    ESCAPED_TEXT("escaped-text", DENY, HIGH, "spells ordinary text with escape codes, which hides what it says"),
    DECODE_EXEC("decode-exec", DENY, CRITICAL, "decodes hidden text and runs it as code"),
    DOWNLOAD_EXEC("download-exec", DENY, CRITICAL, "downloads code and runs it"),
    DYNAMIC_CODE("dynamic-code", DENY, HIGH, "runs code built at run time, which cannot be checked"),
    REVERSE_SHELL("reverse-shell", DENY, CRITICAL, "connects a shell to a network socket (remote control)"),
    PRIVILEGE_ESCALATION("privilege-escalation", DENY, CRITICAL, "tries to gain administrator (root) rights"),
    ASSEMBLED_NAME("assembled-name", DENY, HIGH, "builds a name from pieces, which hides what it calls"),
    DELETE_EVERYTHING("delete-everything", DENY, CRITICAL, "deletes the whole home directory or system"),
    DELETE_FILES("delete-files", CONFIRM, HIGH, "deletes files"),
    OVERWRITE_FILE("overwrite-file", CONFIRM, MEDIUM, "writes over or moves files outside the working directory"),
    WRITE_SYSTEM("write-system", CONFIRM, HIGH, "writes to a system location"),
    KILL_PROCESS("kill-process", CONFIRM, MEDIUM, "stops other running programs"),
    INSTALL_PACKAGE("install-package", CONFIRM, MEDIUM, "installs or removes software packages"),
    OPAQUE_CODE("opaque-code", CONFIRM, MEDIUM, "runs inline code in a language Mycel cannot check"),
    DYNAMIC_SHELL("dynamic-shell", CONFIRM, MEDIUM, "runs a shell command assembled at run time"),
    // bash
    DISGUISED_COMMAND("disguised-command", DENY, HIGH, "hides a command name with quotes, escapes or expansion tricks"),
    DYNAMIC_COMMAND("dynamic-command", DENY, HIGH, "runs a command whose name is only known at run time"),
    SHADOWED_COMMAND("shadowed-command", DENY, HIGH, "redefines a standard command, so it no longer does what it says"),
    SETUID("setuid", DENY, CRITICAL, "gives a program root rights through setuid bits or root ownership"),
    FORK_BOMB("fork-bomb", DENY, HIGH, "starts copies of itself without end (fork bomb)"),
    ANTI_FORENSICS("anti-forensics", DENY, HIGH, "erases the command history or logs to hide what it did"),
    DISK_OVERWRITE("disk-overwrite", DENY, CRITICAL, "writes raw data onto a disk device"),
    FORMAT_DISK("format-disk", CONFIRM, CRITICAL, "formats or repartitions a disk"),
    RECURSIVE_PERMISSIONS("recursive-permissions", CONFIRM, HIGH, "changes permissions or owners of a whole tree"),
    FORCE_PUSH("force-push", CONFIRM, HIGH, "force-pushes, which can destroy other people's commits"),
    DISCARD_CHANGES("discard-changes", CONFIRM, MEDIUM, "throws away uncommitted work in a git repository"),
    SYSTEM_CONTROL("system-control", CONFIRM, HIGH, "stops services, the firewall or the machine"),
    // python and javascript
    DYNAMIC_IMPORT("dynamic-import", DENY, HIGH, "imports a module whose name is computed at run time"),
    DYNAMIC_ATTRIBUTE("dynamic-attribute", DENY, HIGH, "looks up a function by a computed name"),
    CLASS_WALK("class-walk", DENY, CRITICAL, "walks the object model to reach functions it did not import");

    private final String suffix;
    private final Decision decision;
    private final Risk risk;
    private final String message;

    Rule(String suffix, Decision decision, Risk risk, String message) {
        this.suffix = suffix;
        this.decision = decision;
        this.risk = risk;
        this.message = message;
    }

    /** The full id, prefixed with the language it was found in: {@code bash.decode-exec}. */
    String id(Language language) {
        return prefix(language) + "." + suffix;
    }

    Finding at(Language language, int line, String detail) {
        String shown = detail.strip().replaceAll("\\s+", " ");
        shown = shown.length() > 80 ? shown.substring(0, 77) + "..." : shown;
        String text = shown.isEmpty() ? message : message + ": " + shown;
        return new Finding(id(language), capitalised(text), line, decision, risk);
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String prefix(Language language) {
        return switch (language) {
            case BASH -> "bash";
            case PYTHON -> "py";
            case JAVASCRIPT -> "js";
        };
    }
}
