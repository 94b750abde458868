package dev.mycel.collective;

import dev.mycel.patterns.PatternException;
import dev.mycel.patterns.PatternFile;
import dev.mycel.policy.Language;
import dev.mycel.privacy.PiiType;
import dev.mycel.privacy.Pseudonyms;
import dev.mycel.privacy.Redactor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Draws a candidate pattern from one successful, approved interaction: the user's words and the
 * program the model ran for them. Only the program's shape may leave, never the user's data, so:
 * a request or program about a blocked category (money, health, personal legal matters) is
 * dropped; a program that holds personal data or a path of this machine in its text is dropped
 * (values belong in slots, and the code cannot be rewritten safely); every value the program got
 * through its environment becomes a typed slot whose default is generic, never the user's value;
 * the user's words are generalised (values replaced by what they are) and then redacted. What
 * survives is scored for sensitivity and waits for the user's approval in any case.
 */
public final class Candidates {
    private static final Map<String, Set<String>> CATEGORY_WORDS = Map.of(
            "financial", Set.of("bank", "banking", "account", "iban", "credit", "card", "invoice", "invoices", "tax", "taxes",
                    "salary", "payroll", "mortgage", "loan", "budget", "expenses", "payment", "payments", "paypal", "crypto",
                    "bitcoin", "wallet", "stock", "stocks", "portfolio", "finance", "financial"),
            "medical", Set.of("medical", "health", "diagnosis", "prescription", "prescriptions", "patient", "doctor",
                    "hospital", "therapy", "symptoms", "medication", "medications", "allergy", "blood", "clinic", "disease"),
            "legal", Set.of("lawsuit", "divorce", "custody", "court", "attorney", "lawyer", "legal", "will", "testament",
                    "contract", "contracts", "subpoena", "arrest", "criminal", "probation", "settlement"));
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** One approved run of the model's code: what was asked, and what ran. */
    public record Interaction(String request, Language language, String code, Map<String, String> env) {
        public Interaction {
            env = Map.copyOf(env);
        }
    }

    /** What became of an interaction. */
    public sealed interface Outcome {
        record Held(PatternStore.Candidate candidate) implements Outcome {
        }

        record Dropped(String why) implements Outcome {
        }
    }

    private final java.util.function.Supplier<Redactor> redactor;
    private final List<String> blockedCategories;
    private final double reviewSensitivity;
    private final Path home;

    public Candidates(java.util.function.Supplier<Redactor> redactor, List<String> blockedCategories, double reviewSensitivity, Path home) {
        this.redactor = redactor;
        this.blockedCategories = List.copyOf(blockedCategories);
        this.reviewSensitivity = reviewSensitivity;
        this.home = home;
    }

    public Outcome extract(Interaction i, Instant now) {
        boolean money = redactor.get().findings(i.request()).stream()
                .anyMatch(f -> f.type() == PiiType.CARD || f.type() == PiiType.IBAN);
        for (String category : blockedCategories) {
            if (touches(category, i.request()) || touches(category, i.code()) || category.equals("financial") && money) {
                return new Outcome.Dropped("it is about " + category + " matters, which are never shared");
            }
        }
        if (!redactor.get().findings(i.code()).isEmpty()) {
            return new Outcome.Dropped("its program holds personal data");
        }
        if (i.code().contains(home.toString()) || i.code().contains("~/")) {
            return new Outcome.Dropped("its program names a path of this machine instead of taking it as a value");
        }
        if (i.code().contains("'''")) {
            return new Outcome.Dropped("its program cannot be written as a pattern file");
        }
        Map<String, String> slots = new TreeMap<>();
        String words = i.request();
        double sensitivity = 0;
        for (Map.Entry<String, String> e : i.env().entrySet()) {
            if (e.getKey().startsWith("MYCEL_")) {
                continue; // host facts the runtime gathered, not the user's values
            }
            String type = typeOf(e.getValue());
            slots.put(e.getKey(), type);
            if (!e.getValue().isBlank()) {
                words = words.replace(e.getValue(), placeholder(type));
            }
            if (type.equals("path") && e.getValue().startsWith(home.toString())) {
                // the user may have written the same path with ~
                words = words.replace("~" + e.getValue().substring(home.toString().length()), placeholder(type));
            }
        }
        int personal = redactor.get().findings(words).size();
        if (personal > 0) {
            sensitivity += Math.min(0.8, 0.4 * personal);
        }
        words = redactor.get().redact(words, new Pseudonyms()).text().strip();
        if (words.matches(".*[A-Z][a-z]+ [A-Z][a-z]+.*")) {
            sensitivity += 0.2; // capitalised word pairs are often names the detector did not know
        }
        sensitivity = Math.min(1, sensitivity);
        String toml = toml(i, slots, words);
        try {
            PatternFile.parse(toml, "candidate");
        } catch (PatternException e) {
            return new Outcome.Dropped("it does not make a valid pattern: " + e.getMessage());
        }
        String note = sensitivity > reviewSensitivity
                ? String.format(Locale.ROOT, "review carefully: sensitivity %.2f (above %.2f); personal details were removed, check none is left",
                sensitivity, reviewSensitivity)
                : String.format(Locale.ROOT, "sensitivity %.2f", sensitivity);
        String id = HexFormat.of().formatHex(AuthorKey.sha256(toml.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 12);
        return new Outcome.Held(new PatternStore.Candidate(id, toml, "pending", note, sensitivity, now));
    }

    private static boolean touches(String category, String text) {
        Set<String> words = CATEGORY_WORDS.getOrDefault(category, Set.of());
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (words.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    private String typeOf(String value) {
        if (value.startsWith("/") || value.startsWith("~") || value.startsWith("./") || value.contains("/")) {
            return "path";
        }
        if (value.contains("*") || value.contains("?")) {
            return "glob";
        }
        if (NUMBER.matcher(value).matches()) {
            return "number";
        }
        return "text";
    }

    private static String placeholder(String type) {
        return switch (type) {
            case "path" -> "this folder";
            case "glob" -> "these files";
            case "number" -> "a number";
            default -> "some text";
        };
    }

    private static String toml(Interaction i, Map<String, String> slots, String words) {
        String slug = String.join("-", WORD.matcher(words.toLowerCase(Locale.ROOT)).results().map(r -> r.group())
                .filter(w -> w.length() > 2).limit(5).toList());
        StringBuilder t = new StringBuilder();
        t.append("id = ").append(quote(slug.isEmpty() ? "learned-pattern" : slug)).append('\n');
        t.append("version = 1\n");
        t.append("description = ").append(quote(capitalise(words))).append('\n');
        t.append("examples = [").append(quote(words)).append("]\n");
        t.append("language = ").append(quote(i.language().wireName())).append('\n');
        t.append("present = \"text\"\n");
        t.append("capabilities = [\"read-files\"]\n");
        t.append("code = '''\n").append(i.code().strip()).append("\n'''\n");
        for (Map.Entry<String, String> s : slots.entrySet()) {
            t.append("\n[[slots]]\nname = ").append(quote(s.getKey().toLowerCase(Locale.ROOT))).append('\n');
            t.append("type = ").append(quote(s.getValue())).append('\n');
            if (s.getValue().equals("path")) {
                t.append("default = \".\"\n");
            }
            t.append("description = ").append(quote(s.getValue() + " the program works on")).append('\n');
        }
        return t.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? "A learned pattern" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A TOML basic string: backslash, quote and control characters escaped. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

}
