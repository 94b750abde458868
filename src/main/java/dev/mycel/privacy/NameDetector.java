package dev.mycel.privacy;

import java.util.List;
import java.util.Set;

/**
 * People's names, best effort, from the context that marks them: a title ({@code Dr. Jane
 * Smith} — the name, not the title), a label ({@code Name: Jane Smith},
 * {@code "customer_name": "Jane Smith"}), a salutation ({@code Dear Jane}), a sign-off line
 * ({@code Regards,\nJane Smith}), an e-mail display name ({@code Jane Smith <jane@…>}), or a
 * common given name followed by a capitalised surname. Capitalised words alone are not
 * enough: headings, product names and CI step names ({@code name: Run Tests}) look the same.
 */
final class NameDetector implements Detector {
    /** Labels that always introduce a person. */
    private static final Set<String> PERSON_LABELS = Set.of("full_name", "fullname", "first_name", "firstname",
            "last_name", "lastname", "surname", "given_name", "family_name", "middle_name", "customer",
            "customer_name", "client_name", "patient", "patient_name", "employee", "employee_name", "contact_name",
            "cardholder", "card_holder", "cardholder_name", "card_holder_name", "account_holder", "holder_name",
            "account_name", "attn", "attention", "signed", "signed_by", "author", "recipient", "recipient_name",
            "sender", "sender_name", "beneficiary", "applicant", "student", "student_name", "guardian", "spouse",
            "emergency_contact", "contact_person", "passenger", "guest", "guest_name", "tenant", "landlord",
            "witness", "physician", "doctor", "prepared_by", "submitted_by", "requested_by", "approved_by",
            "assigned_to", "assignee", "reporter", "person", "owner_name", "parent", "next_of_kin", "insured",
            "policyholder", "name_on_card", "legal_name", "display_name", "user_full_name", "traveler",
            "traveller", "member_name", "buyer", "seller", "bill_to", "ship_to", "sold_to", "from_name", "to_name");
    private static final Set<String> PERSON_QUALIFIERS = Set.of("customer", "client", "patient", "employee",
            "contact", "full", "first", "last", "given", "family", "middle", "holder", "cardholder", "recipient",
            "sender", "student", "member", "guest", "owner", "person", "legal", "maiden", "user", "account",
            "applicant", "beneficiary", "passenger", "tenant", "parent", "guardian", "spouse", "driver");
    /** Labels that often, but not always, introduce a person: the name must start with a known given name. */
    private static final Set<String> LOOSE_LABELS = Set.of("name", "contact", "owner", "user", "by", "from", "to",
            "cc", "member", "manager", "client", "lead", "admin", "teacher", "agent", "rep", "name_");
    private static final Set<String> INTRO_LAST_WORDS = Set.of("is", "am", "i'm", "name's", "me", "with", "it's");
    private static final List<String> WEAK_INTRODUCTIONS = List.of("this is ", "it's ", "speaking with ");
    private static final List<String> INTRODUCTIONS = List.of("my name is ", "name's ", "i am ", "i'm ", "call me ");
    private static final Set<String> SIGN_OFFS = Set.of("regards", "best regards", "kind regards", "warm regards",
            "sincerely", "yours sincerely", "yours truly", "yours faithfully", "thanks", "thank you", "many thanks",
            "cheers", "best", "best wishes", "all the best", "respectfully", "love", "warmly", "--");

    @Override
    public void find(Scanned text, List<Span> out) {
        String s = text.raw();
        int resume = 0;
        int first = out.size();
        for (int k = 0; k < text.capitalCount(); k++) {
            int i = text.capital(k);
            if (i < resume) {
                continue;
            }
            NameRun run = NameRun.at(s, i, 4);
            if (run != null) {
                resume = judge(text, run, out);
            }
        }
        again(text, out.subList(first, out.size()), out);
    }

    /**
     * Once {@code Hannah Schmidt} is known to be a person, {@code Hannah} alone elsewhere in the same
     * text is her too: the given names of the names found are looked for once more.
     */
    private static void again(Scanned text, List<Span> found, List<Span> out) {
        String s = text.raw();
        List<Set<String>> byFirst = new java.util.ArrayList<>(java.util.Collections.nCopies(128, (Set<String>) null));
        for (Span span : found) {
            int end = span.start();
            while (end < span.end() && Character.isLetter(s.charAt(end))) {
                end++;
            }
            char c = s.charAt(span.start());
            if (end < span.end() && end - span.start() >= 3 && c < 128) {
                if (byFirst.get(c) == null) {
                    byFirst.set(c, new java.util.HashSet<>());
                }
                byFirst.get(c).add(s.substring(span.start(), end));
            }
        }
        for (int k = 0; k < text.capitalCount(); k++) {
            int i = text.capital(k);
            char c = s.charAt(i);
            if (c >= 128 || byFirst.get(c) == null) {
                continue;
            }
            for (String name : byFirst.get(c)) {
                int end = i + name.length();
                if (s.startsWith(name, i) && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)))) {
                    NameRun run = NameRun.at(s, i, 3); // null when glued on by '_': Hannah_notes is an identifier
                    if (run != null) {
                        out.add(new Span(PiiType.NAME, i, run.end()));
                    }
                    break;
                }
            }
        }
    }

    /** Adds the name this run is (or introduces), if any; returns where scanning goes on. */
    private static int judge(Scanned text, NameRun run, List<Span> out) {
        String s = text.raw();
        if (NameWords.TITLES.contains(run.first()) || NameWords.SALUTATIONS.contains(run.first())) {
            int after = afterWord(s, run.start(), run.first());
            NameRun name = after < 0 ? null : NameRun.at(s, after, 3);
            if (name != null && NameWords.TITLES.contains(name.first())) {
                after = afterWord(s, name.start(), name.first()); // Dear Mr. Thompson
                name = after < 0 ? null : NameRun.at(s, after, 3);
            }
            if (name != null && !NameWords.NOT_NAMES.contains(name.first()) && !NameWords.NOT_SURNAMES.contains(name.first())
                    && !NameWords.TITLES.contains(name.first())) {
                out.add(new Span(PiiType.NAME, name.start(), name.end()));
                return name.end();
            }
            return run.start() + run.first().length();
        }
        if (NameWords.NOT_SURNAMES.contains(run.first())) {
            return run.start() + run.first().length(); // "By Greg Ward": the name starts at the next word
        }
        boolean given = NameWords.GIVEN.contains(run.first());
        boolean named = switch (label(text, run.start())) {
            case PERSON -> true;
            case LOOSE -> given;
            // four capitalised words in a row are a title or an organisation more often than a person
            case NONE -> run.words() < 4 && (given && run.words() >= 2 || run.words() >= 2 && displayName(s, run.end()))
                    || run.words() <= 3 && introduced(text, run, given)
                    || run.words() <= 3 && signature(text, run);
        };
        if (named && !NameWords.NOT_NAMES.contains(run.first())) {
            out.add(new Span(PiiType.NAME, run.start(), run.end()));
            return run.end();
        }
        return run.start() + run.first().length(); // "Contact Aarav Patel": the name may start at the next word
    }

    private enum Label { PERSON, LOOSE, NONE }

    /** Where the next word starts after {@code word} (and its full stop, as in {@code Dr. }) at {@code start}, or -1. */
    private static int afterWord(String s, int start, String word) {
        int after = start + word.length();
        after = after < s.length() && s.charAt(after) == '.' ? after + 1 : after;
        return after + 1 < s.length() && s.charAt(after) == ' ' ? after + 1 : -1;
    }

    /**
     * {@code my name is }, {@code I'm }: a person introducing themselves. The weak forms
     * ({@code this is }, {@code it's }) only count before a known given name or after a greeting:
     * "This is Very Helpful" is not an introduction, "Hi, this is Grace Liu" is.
     */
    private static boolean introduced(Scanned text, NameRun run, boolean given) {
        int start = run.start();
        if (start < 3 || text.raw().charAt(start - 1) != ' ' || !INTRO_LAST_WORDS.contains(wordBefore(text.lower(), start - 1))) {
            return false; // the cheap test first: almost no run follows "is", "am", "me" or "with"
        }
        String before = text.lower().substring(Math.max(0, start - 22), start);
        for (String intro : WEAK_INTRODUCTIONS) {
            if (before.endsWith(intro) && (before.length() == intro.length()
                    || !Character.isLetter(before.charAt(before.length() - intro.length() - 1)))) {
                String greeting = before.substring(0, before.length() - intro.length()).strip();
                return given || greeting.endsWith("hi,") || greeting.endsWith("hello,") || greeting.endsWith("hey,")
                        || greeting.endsWith("hi") || greeting.endsWith("hello"); // "Hi, this is Grace Liu"
            }
        }
        before = before.substring(Math.max(0, before.length() - 12));
        for (String intro : INTRODUCTIONS) {
            if (before.endsWith(intro)) {
                int at = before.length() - intro.length();
                return at == 0 || !Character.isLetter(before.charAt(at - 1));
            }
        }
        return false;
    }

    private static String wordBefore(String lower, int end) {
        int start = end;
        while (start > 0 && end - start < 8 && (Character.isLetter(lower.charAt(start - 1)) || lower.charAt(start - 1) == '\'')) {
            start--;
        }
        return lower.substring(start, end);
    }

    /** The label just before {@code start} on its line, as in {@code Name: }, {@code "first_name": "}, {@code name=}. */
    private static Label label(Scanned text, int start) {
        String s = text.raw();
        int i = start;
        while (i > 0 && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '"' || s.charAt(i - 1) == '\'' || s.charAt(i - 1) == '\t')) {
            i--;
        }
        if (i == 0 || s.charAt(i - 1) != ':' && s.charAt(i - 1) != '=' && s.charAt(i - 1) != '>') {
            return Label.NONE;
        }
        int labelEnd = --i;
        while (i > 0 && labelEnd - i < 32 && (Character.isLetter(s.charAt(i - 1)) || s.charAt(i - 1) == '_'
                || s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '-' || s.charAt(i - 1) == '"' || s.charAt(i - 1) == '<')) {
            i--;
        }
        String raw = s.substring(i, labelEnd).replace("\"", "").replace("<", "").strip();
        String key = SecretKeyNames.snakeCase(raw);
        if (PERSON_LABELS.contains(key) || personName(key)) {
            return Label.PERSON;
        }
        boolean formStyle = raw.equals("Name") && s.charAt(labelEnd) == ':' && (i == 0 || s.charAt(i - 1) == '\n');
        return formStyle ? Label.PERSON : LOOSE_LABELS.contains(key) ? Label.LOOSE : Label.NONE;
    }

    /** {@code billing_contact_name}, {@code Patient full name}: a name key whose qualifier is a person. */
    private static boolean personName(String key) {
        if (!key.endsWith("_name")) {
            return false;
        }
        String[] words = key.split("_");
        return words.length >= 2 && PERSON_QUALIFIERS.contains(words[words.length - 2]);
    }

    /** {@code Jane Smith <jane@example.com>} or {@code "Jane Smith" <…>}. */
    private static boolean displayName(String s, int end) {
        int j = end;
        j = j < s.length() && s.charAt(j) == '"' ? j + 1 : j;
        j = j < s.length() && s.charAt(j) == ' ' ? j + 1 : j;
        if (j >= s.length() || s.charAt(j) != '<') {
            return false;
        }
        int close = Scanned.indexOf(s, '>', j, j + 256);
        int at = Scanned.indexOf(s, '@', j, j + 256);
        return at > j && close > at && close - j < 256;
    }

    /** The run ends a sign-off: on the line after {@code Kind regards,}, or after it on one line ({@code Thanks, Anna}). */
    private static boolean signature(Scanned text, NameRun run) {
        String s = text.raw();
        int newline = Scanned.lastIndexOf(s, '\n', run.start() - 120, run.start());
        if (newline < 0 && run.start() >= 120) {
            return false; // deep inside a long line: not a signature
        }
        int lineStart = newline + 1;
        int lineEnd = Scanned.indexOf(s, '\n', run.end(), run.end() + 120);
        if (lineEnd < 0 && s.length() - run.end() >= 120) {
            return false;
        }
        lineEnd = lineEnd < 0 ? s.length() : lineEnd;
        String rest = s.substring(run.end(), lineEnd).strip();
        if (!rest.isEmpty() && !rest.equals(".") && !rest.equals("!")) {
            return false;
        }
        String before = text.lower().substring(lineStart, run.start()).strip();
        if (before.endsWith(",") && SIGN_OFFS.contains(before.substring(0, before.length() - 1).strip())) {
            return true;
        }
        if (!before.isEmpty() || lineStart == 0) {
            return false;
        }
        int prevEnd = lineStart - 1;
        int prevStart = Scanned.lastIndexOf(s, '\n', prevEnd - 60, prevEnd) + 1;
        prevStart = Math.max(prevStart, prevEnd - 60);
        String prev = text.lower().substring(prevStart, prevEnd).strip();
        prev = prev.endsWith(",") || prev.endsWith("!") ? prev.substring(0, prev.length() - 1).strip() : prev;
        return SIGN_OFFS.contains(prev);
    }
}
