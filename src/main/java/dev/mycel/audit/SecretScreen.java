package dev.mycel.audit;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The last check before an event is written: refuses any field value that looks like a
 * secret (invariant 5: the runtime token, session ids and API keys never reach the audit log).
 *
 * <p>It is a backstop, not the mechanism: callers are expected never to pass such values.
 * What it looks for: a run of 32 or more hex digits (the runtime's 64-hex token, a UUID
 * without dashes, most random tokens), a UUID (session ids), and the prefixes of common
 * credentials (Anthropic, OpenAI, GitHub, GitLab, AWS, Slack, Google keys, JWTs, PEM private
 * keys). A false positive refuses the entry, which the runtime must treat like any failed
 * append: the action does not run. Code digests are exempt because they only ever come from
 * {@link CodeDigest}, which hashes code itself.
 */
final class SecretScreen {
    private static final List<Pattern> LOOKS_SECRET = List.of(
            Pattern.compile("[0-9a-fA-F]{32,}"),
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"),
            Pattern.compile("sk-ant-"),
            Pattern.compile("sk-[A-Za-z0-9_-]{16,}"),
            Pattern.compile("(gh[pousr]_|github_pat_)[A-Za-z0-9_]{16,}"),
            Pattern.compile("glpat-[A-Za-z0-9_-]{16,}"),
            Pattern.compile("(AKIA|ASIA)[0-9A-Z]{16}"),
            Pattern.compile("xox[abposr]-[A-Za-z0-9-]{8,}"),
            Pattern.compile("AIza[0-9A-Za-z_-]{30,}"),
            Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ"),
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"));

    /** Fields whose values are digests made by {@link CodeDigest}, not caller text. */
    private static final String DIGEST_FIELD = "codeSha256";

    private SecretScreen() {
    }

    /** Throws IllegalArgumentException naming the event and field, never the value. */
    static void check(EventFields event) {
        for (Map.Entry<String, Object> field : event.fields().entrySet()) {
            if (!field.getKey().equals(DIGEST_FIELD)) {
                check(event.type(), field.getKey(), field.getValue());
            }
        }
    }

    private static void check(String type, String field, Object value) {
        switch (value) {
            case String s -> refuseIfSecret(type, field, s);
            case List<?> list -> list.forEach(item -> check(type, field, item));
            case null, default -> {
                // numbers and booleans cannot carry a secret
            }
        }
    }

    private static void refuseIfSecret(String type, String field, String value) {
        for (Pattern p : LOOKS_SECRET) {
            if (p.matcher(value).find()) {
                throw new IllegalArgumentException("refusing to write " + type + "." + field
                        + " to the audit log: its value looks like a secret (token, session id or API key)");
            }
        }
    }
}
