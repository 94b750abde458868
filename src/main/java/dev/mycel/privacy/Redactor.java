package dev.mycel.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The PII detector and redactor: finds personal data and secrets in text
 * ({@link #findings}), and replaces them with a session's typed placeholders
 * ({@link #redact}). Pure and thread-safe: one instance serves the whole runtime.
 */
public final class Redactor {
    public static final String DEFAULT_PHONE_REGION = "US";

    private final List<Detector> detectors;
    private final Keywords keywords;

    public Redactor() {
        this(DEFAULT_PHONE_REGION);
    }

    /** {@code phoneRegion}: the ISO 3166 country whose national phone numbers (no {@code +}) are recognised. */
    public Redactor(String phoneRegion) {
        this.detectors = List.of(
                new PemKeyDetector(),
                new JwtDetector(),
                new ProviderKeyDetector(),
                new InfixKeyDetector(),
                new UrlPasswordDetector(),
                new AssignmentSecretDetector(),
                new EmailDetector(),
                new LuhnCardDetector(),
                new Mod97IbanDetector(),
                new SsnDetector(),
                new PhoneDetector(Objects.requireNonNull(phoneRegion)),
                new IpDetector(),
                new MacDetector(),
                new BirthDateDetector(),
                new AddressDetector(),
                new NameDetector(),
                new CsvColumnDetector());
        java.util.Set<String> words = new java.util.HashSet<>();
        for (Detector d : detectors) {
            words.addAll(d.keywords());
        }
        this.keywords = new Keywords(words);
    }

    /** Where the PII in {@code text} is: sorted, non-overlapping spans. */
    public List<Span> findings(String text) {
        Scanned scanned = Scanned.of(text, keywords);
        List<Span> found = new ArrayList<>();
        for (Detector d : detectors) {
            d.find(scanned, found);
        }
        return Overlaps.resolve(found);
    }

    /** {@code text} with each finding replaced by {@code session}'s placeholder for its value. */
    public Redacted redact(String text, Pseudonyms session) {
        Objects.requireNonNull(session, "session");
        List<Span> spans = findings(text);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (Span span : spans) {
            out.append(text, copied, span.start());
            out.append(session.placeholder(span.type(), text.substring(span.start(), span.end())));
            copied = span.end();
        }
        out.append(text, copied, text.length());
        return new RedactedText(out.toString(), spans, session);
    }
}
