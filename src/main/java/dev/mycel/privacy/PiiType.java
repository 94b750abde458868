package dev.mycel.privacy;

/**
 * The kinds of personal or secret data the redactor finds. {@link #label()} is the word in the
 * placeholder ({@code [EMAIL_1]}); {@link #name()} is what {@code redact --json} prints as the
 * finding's type. When two findings cover exactly the same text, the more specific kind wins:
 * a key with a known provider prefix is more telling than "some value after {@code token=}".
 */
public enum PiiType {
    EMAIL("EMAIL", 60),
    PHONE("PHONE", 50),
    CARD("CARD", 75),
    IBAN("IBAN", 75),
    SSN("SSN", 70),
    IP("IP", 40),
    MAC("MAC", 45),
    API_KEY("API_KEY", 90),
    PRIVATE_KEY("PRIVATE_KEY", 100),
    JWT("JWT", 95),
    URL_PASSWORD("PASSWORD", 80),
    SECRET("SECRET", 30),
    DATE_OF_BIRTH("DOB", 35),
    NAME("NAME", 10),
    ADDRESS("ADDRESS", 20);

    private final String label;
    private final int specificity;

    PiiType(String label, int specificity) {
        this.label = label;
        this.specificity = specificity;
    }

    /** The placeholder word: {@code [label_N]}. Upper-case letters and underscores only. */
    public String label() {
        return label;
    }

    /** Higher wins a tie between two findings of the same length. */
    int specificity() {
        return specificity;
    }

    /** The type whose placeholder word is {@code label}, or null. */
    static PiiType ofLabel(String label) {
        for (PiiType t : values()) {
            if (t.label.equals(label)) {
                return t;
            }
        }
        return null;
    }
}
