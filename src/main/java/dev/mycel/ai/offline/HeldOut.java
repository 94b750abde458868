package dev.mycel.ai.offline;

import dev.mycel.patterns.Binding;
import dev.mycel.patterns.Pattern;
import dev.mycel.patterns.Slot;
import dev.mycel.patterns.SlotException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The held-out phrasings (written apart from the patterns' own examples) and how well the engine
 * does on them. A case expects a pattern and some slot values, or {@code none}: the right answer
 * is then "I can't", and choosing any pattern is the worst mistake, since its code would run.
 */
public final class HeldOut {
    static final String RESOURCE = "/offline/heldout.tsv";

    /** One phrasing: the pattern it means (empty: none fits) and the slot values it gives. */
    public record Case(String phrase, Optional<String> expected, Map<String, String> slots) {
        public Case {
            slots = Map.copyOf(slots);
        }
    }

    /** What became of one case. */
    public enum Verdict { RIGHT, WRONG_SLOTS, SAID_CANNOT, WRONG_PATTERN, RIGHTLY_CANNOT, GUESSED }

    public record Result(Case testCase, Verdict verdict, String chosen, float score, String detail) {
    }

    /** The counts that matter, and every case that went wrong. */
    public record Report(List<Result> results) {
        long count(Verdict v) {
            return results.stream().filter(r -> r.verdict() == v).count();
        }

        long patternCases() {
            return results.stream().filter(r -> r.testCase().expected().isPresent()).count();
        }

        long noneCases() {
            return results.size() - patternCases();
        }

        /** Right pattern chosen, slots aside, over the cases that have a pattern. */
        public double rightPattern() {
            return ratio(count(Verdict.RIGHT) + count(Verdict.WRONG_SLOTS), patternCases());
        }

        public double rightSlots() {
            return ratio(count(Verdict.RIGHT), patternCases());
        }

        /** A pattern chosen where the answer was "I can't", over those cases. */
        public double guessed() {
            return ratio(count(Verdict.GUESSED), noneCases());
        }

        public double wrongPattern() {
            return ratio(count(Verdict.WRONG_PATTERN), patternCases());
        }

        private static double ratio(long a, long b) {
            return b == 0 ? 0 : (double) a / b;
        }

        public String render(boolean everyCase) {
            StringBuilder out = new StringBuilder();
            out.append(String.format("held-out set: %d phrasings (%d for a pattern, %d where the answer is \"I can't\")%n",
                    results.size(), patternCases(), noneCases()));
            out.append(String.format("  right pattern:            %5.1f %%  (%d; target >= 90 %%)%n", 100 * rightPattern(),
                    count(Verdict.RIGHT) + count(Verdict.WRONG_SLOTS)));
            out.append(String.format("  right pattern and slots:  %5.1f %%  (%d)%n", 100 * rightSlots(), count(Verdict.RIGHT)));
            out.append(String.format("  said \"I can't\" instead:   %5.1f %%  (%d)%n",
                    100.0 * count(Verdict.SAID_CANNOT) / Math.max(1, patternCases()), count(Verdict.SAID_CANNOT)));
            out.append(String.format("  wrong pattern chosen:     %5.1f %%  (%d)%n", 100 * wrongPattern(), count(Verdict.WRONG_PATTERN)));
            out.append(String.format("  a pattern where the answer was \"I can't\": %5.1f %%  (%d of %d; target <= 2 %%)%n",
                    100 * guessed(), count(Verdict.GUESSED), noneCases()));
            for (Result r : results) {
                if (everyCase || (r.verdict() != Verdict.RIGHT && r.verdict() != Verdict.RIGHTLY_CANNOT)) {
                    out.append(String.format("  %-14s %.2f %-22s \"%s\"%s%n", r.verdict(), r.score(), r.chosen(),
                            r.testCase().phrase(), r.detail().isEmpty() ? "" : " — " + r.detail()));
                }
            }
            return out.toString().stripTrailing();
        }
    }

    private HeldOut() {
    }

    public static List<Case> load() {
        try (InputStream in = HeldOut.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tab-separated: phrase, pattern id or {@code none}, and {@code slot=value} pairs joined by {@code ;}. */
    static List<Case> parse(String tsv) {
        List<Case> out = new ArrayList<>();
        for (String line : tsv.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 2) {
                throw new IllegalArgumentException("held-out line needs a phrase and an expected pattern: " + line);
            }
            Map<String, String> slots = new LinkedHashMap<>();
            if (f.length > 2 && !f[2].isBlank()) {
                for (String pair : f[2].split(";")) {
                    int eq = pair.indexOf('=');
                    slots.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                }
            }
            out.add(new Case(f[0].strip(), f[1].strip().equals("none") ? Optional.empty() : Optional.of(f[1].strip()), slots));
        }
        return out;
    }

    public static Report evaluate(List<Case> cases, PatternMatcher matcher, double minConfidence) {
        Path work = Path.of("/work/dir");
        Path home = Path.of("/home/user");
        List<Result> results = new ArrayList<>();
        for (Case c : cases) {
            List<PatternMatcher.Match> best = matcher.closest(c.phrase(), 1);
            Optional<PatternMatcher.Match> chosen = best.isEmpty() || best.getFirst().score() < minConfidence
                    ? Optional.empty() : Optional.of(best.getFirst());
            float score = best.isEmpty() ? 0 : best.getFirst().score();
            String name = chosen.map(m -> m.pattern().id()).orElse("(can't)");
            String nearest = best.isEmpty() ? "" : "nearest " + best.getFirst().pattern().id();
            Verdict v;
            String detail = "";
            if (c.expected().isEmpty()) {
                v = chosen.isPresent() ? Verdict.GUESSED : Verdict.RIGHTLY_CANNOT;
            } else if (chosen.isEmpty()) {
                v = Verdict.SAID_CANNOT;
                detail = nearest;
            } else if (!List.of(c.expected().get().split("\\|")).contains(chosen.get().pattern().id())) {
                v = Verdict.WRONG_PATTERN;
                detail = "expected " + c.expected().get();
            } else {
                detail = slotProblems(chosen.get(), c.slots(), work, home);
                v = detail.isEmpty() ? Verdict.RIGHT : Verdict.WRONG_SLOTS;
            }
            results.add(new Result(c, v, name, score, detail));
        }
        return new Report(results);
    }

    /** Compares normalised values, so "100M" and "100 M" agree; empty when every expected slot is right. */
    private static String slotProblems(PatternMatcher.Match match, Map<String, String> expected, Path work, Path home) {
        Pattern p = match.pattern();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Optional<Slot> slot = p.slots().stream().filter(s -> s.name().equals(e.getKey())).findFirst();
            if (slot.isEmpty()) {
                problems.add("pattern has no slot " + e.getKey());
                continue;
            }
            String want = normalised(p, Map.of(e.getKey(), e.getValue()), slot.get(), work, home);
            String got = normalised(p, match.slots(), slot.get(), work, home);
            if (!want.equals(got)) {
                problems.add(e.getKey() + " = " + got + ", expected " + want);
            }
        }
        return String.join("; ", problems);
    }

    private static String normalised(Pattern p, Map<String, String> raw, Slot slot, Path work, Path home) {
        Map<String, String> values = new LinkedHashMap<>(raw);
        // fill the other required slots with a harmless value so one slot can be compared alone
        for (Slot s : p.slots()) {
            if (s.defaultValue().isEmpty() && !values.containsKey(s.name())) {
                values.put(s.name(), switch (s.type()) {
                    case PATH -> "x";
                    case GLOB -> "*";
                    case NUMBER -> "1";
                    case SIZE -> "1k";
                    case DURATION -> "1 days";
                    case TEXT -> "x";
                });
            }
        }
        try {
            return Binding.bind(p, values, work, home).env().getOrDefault(slot.envName(), "(none)");
        } catch (SlotException e) {
            return "(" + e.getMessage() + ")";
        }
    }
}
