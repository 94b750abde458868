package dev.mycel.audit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The shapes audit event fields must have, checked when an event is built so that programming
 * errors (and values too long or too odd to be a label) fail early, before anything runs.
 */
final class FieldShapes {
    static final int MAX_TEXT = 4096;
    private static final Pattern SESSION_REF = Pattern.compile("[A-Za-z0-9._:-]{1,32}");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9_-]{0,31}");
    private static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private FieldShapes() {
    }

    static void sessionRef(String value) {
        matches("sessionRef", value, SESSION_REF);
    }

    static void word(String field, String value) {
        matches(field, value, WORD);
    }

    static void ruleId(String value) {
        matches("rules", value, RULE_ID);
    }

    static void text(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_TEXT + " characters");
        }
    }

    static void actionSeq(long value) {
        if (value < 1) {
            throw new IllegalArgumentException("actionSeq must be the seq of an ActionProposed entry (>= 1)");
        }
    }

    static void notNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative");
        }
    }

    private static void matches(String field, String value, Pattern shape) {
        Objects.requireNonNull(value, field);
        if (!shape.matcher(value).matches()) {
            // The value is left out on purpose: it may be exactly the secret this shape keeps out.
            throw new IllegalArgumentException(field + " does not have the expected shape " + shape.pattern());
        }
    }
}
