package dev.mycel.ai.offline;

import dev.mycel.patterns.Pattern;
import dev.mycel.patterns.Slot;
import dev.mycel.patterns.SlotType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;


/**
 * Finds slot values in what the person wrote: quoted text, paths ({@code ~}, absolute, relative,
 * file names with an extension, "my Downloads folder"), globs ("*.py", "python files"), sizes
 * ("100M", "2 GB"), durations ("3 days", "yesterday") and plain numbers. Values are handed on
 * as text; {@code patterns} normalises and checks them, and they reach the code only through
 * the environment, so nothing found here can change what the code is.
 */
final class SlotFinder {
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile(
            "\"([^\"]{1,500})\"|“([^”]{1,500})”|'([^']{1,500})'|`([^`]{1,500})`");
    private static final java.util.regex.Pattern SIZE = java.util.regex.Pattern.compile(
            "(?i)\\b(\\d+(?:\\.\\d+)?)\\s*(bytes?|b|k|kb|kib|m|mb|mib|megs?|megabytes?|g|gb|gib|gigs?|gigabytes?|t|tb|tib|kilobytes?|terabytes?)\\b");
    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile(
            "(?i)\\b(\\d+|an?|one|two|three|four|five|six|seven|ten)\\s*(seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|w|months?|years?)\\b");
    private static final java.util.regex.Pattern RELATIVE_DAY = java.util.regex.Pattern.compile(
            "(?i)\\b(yesterday|today|last night|this week|last week|past week|this month|last month|past month|this year|last year)\\b");
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("(?<![\\w./~-])(\\d{1,9})(?![\\w./-]|\\.\\d)");
    private static final java.util.regex.Pattern GLOB = java.util.regex.Pattern.compile("(?<![\\w/~])(\\*[\\w.*?-]*|[\\w.-]*\\*[\\w.*?-]*)");
    private static final java.util.regex.Pattern EXTENSION_FILES = java.util.regex.Pattern.compile(
            "(?i)(?<![\\w/~*])\\.([a-z0-9]{1,6})\\s+files?\\b");
    private static final java.util.regex.Pattern PATH = java.util.regex.Pattern.compile(
            "(?<![\\w])(~(?:/[^\\s\"'`,;]*)?|\\.{1,2}/[^\\s\"'`,;]*|/(?:[^\\s\"'`,;/]+/?)+|[\\w.-]+(?:/[\\w.-]+)+/?|[\\w-][\\w.-]*\\.[A-Za-z][A-Za-z0-9]{0,5})(?![\\w])");
    private static final java.util.regex.Pattern FOLDER_WORD = java.util.regex.Pattern.compile(
            "(?i)\\b(downloads|documents|desktop|pictures|photos|music|videos|home (?:folder|directory|dir)|my home|"
                    + "this (?:folder|directory|dir)|current (?:folder|directory|dir)|working directory|here)\\b");
    private static final java.util.regex.Pattern TEXT_AFTER = java.util.regex.Pattern.compile(
            "(?i)\\b(?:for|containing|contain|contains|mentioning|mention|mentions|with the word|the word|matching|named|called|says)\\s+"
                    + "([^\\s\"'`]+(?:\\s+[^\\s\"'`]+){0,3}?)(?=\\s+(?:in|inside|under|within|across|from|on|at)\\b|[?.!]*$)");
    private static final Map<String, String> LANGUAGE_FILES = languageFiles();
    private static final java.util.regex.Pattern FORMAT_NAME = java.util.regex.Pattern.compile(
            "(?i)(?:tar|tgz|zip|gz|bz2|xz|json|csv|txt)(?:\\.(?:gz|bz2|xz|zip))?");
    private static final java.util.regex.Pattern OUTPUT_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:to|into|as|called|named|make|create|write|save)\\s+(?:a\\s+|the\\s+|file\\s+)*$");

    private SlotFinder() {
    }

    /**
     * What was found, per type, in the order the person wrote it; {@code masked} is the request with
     * each value replaced by a word for its kind ("folder", "text"), which is what gets matched:
     * "find 'invoice' in ~/docs" and "find 'TODO' in ./src" then mean the same thing.
     */
    record Found(Map<SlotType, List<String>> values, List<String> impliedPaths, List<String> outputs, String masked) {
        List<String> of(SlotType type) {
            return values.getOrDefault(type, List.of());
        }
    }

    static Found find(String request) {
        Map<SlotType, List<String>> values = new EnumMap<>(SlotType.class);
        for (SlotType t : SlotType.values()) {
            values.put(t, new ArrayList<>());
        }
        Remaining rest = new Remaining(request);
        Matcher q = QUOTED.matcher(request);
        while (q.find()) {
            String text = firstGroup(q);
            values.get(looksLikePath(text) ? SlotType.PATH : SlotType.TEXT).add(text);
            if (looksLikePath(text)) {
                values.get(SlotType.TEXT).add(text);
            }
            rest.blank(q.start(), q.end(), looksLikePath(text) ? kindOfPath(text) : "text");
        }
        take(rest, SIZE, "size", m -> values.get(SlotType.SIZE).add(m.group(1) + " " + m.group(2)));
        take(rest, RELATIVE_DAY, "recently", m -> values.get(SlotType.DURATION).add(relativeDay(m.group(1))));
        take(rest, DURATION, "days", m -> values.get(SlotType.DURATION).add(duration(count(m.group(1)), unit(m.group(2)))));
        take(rest, EXTENSION_FILES, null, m -> values.get(SlotType.GLOB).add("*." + m.group(1).toLowerCase(Locale.ROOT)));
        take(rest, GLOB, "pattern", m -> values.get(SlotType.GLOB).add(m.group(1)));
        String unquoted = rest.toString();
        Matcher t = TEXT_AFTER.matcher(unquoted);
        if (values.get(SlotType.TEXT).isEmpty() && t.find()) {
            values.get(SlotType.TEXT).add(t.group(1).strip());
        }
        List<String> outputs = new ArrayList<>();
        takePaths(rest, values.get(SlotType.PATH), outputs);
        List<String> implied = new ArrayList<>();
        Matcher w = FOLDER_WORD.matcher(rest.toString());
        while (w.find()) {
            implied.add(folder(w.group(1)));
        }
        take(rest, NUMBER, "", m -> values.get(SlotType.NUMBER).add(m.group(1)));
        for (Map.Entry<String, String> e : LANGUAGE_FILES.entrySet()) {
            if (java.util.regex.Pattern.compile("(?i)\\b" + e.getKey() + "\\s+(?:source\\s+)?(?:files?|scripts?|code)\\b").matcher(unquoted).find()) {
                values.get(SlotType.GLOB).add(e.getValue());
            }
        }
        return new Found(values, implied, outputs, rest.masked());
    }

    /**
     * The values for {@code pattern}'s slots, in slot order: each slot takes the next unused value
     * of its type. Slots with nothing found are left out, so their defaults apply.
     */
    static Map<String, String> assign(Pattern pattern, Found found) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<SlotType, Integer> used = new EnumMap<>(SlotType.class);
        List<String> paths = new ArrayList<>(found.of(SlotType.PATH));
        paths.addAll(found.impliedPaths());
        int outputs = 0;
        for (Slot slot : pattern.slots()) {
            if (slot.output()) {
                // only a path named as the destination; otherwise the default puts it beside the input
                if (outputs < found.outputs().size()) {
                    out.put(slot.name(), found.outputs().get(outputs++));
                }
                continue;
            }
            List<String> pool = slot.type() == SlotType.PATH ? paths : found.of(slot.type());
            int next = used.getOrDefault(slot.type(), 0);
            if (next < pool.size()) {
                out.put(slot.name(), pool.get(next));
                used.put(slot.type(), next + 1);
            }
        }
        return out;
    }

    private interface Hit {
        void on(Matcher m);
    }

    /**
     * Runs {@code p} over what is left and blanks each hit, so one stretch of text fills one slot;
     * {@code word} stands for it in the masked text (null: the text stays, "": it goes).
     */
    private static void take(Remaining rest, java.util.regex.Pattern p, String word, Hit hit) {
        Matcher m = p.matcher(rest.toString());
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            hit.on(m);
            spans.add(new int[] {m.start(), m.end()});
        }
        spans.forEach(s -> rest.blank(s[0], s[1], word));
    }

    /** Paths; one right after "to", "into", "as" or "called" is where the result goes, not an input. */
    private static void takePaths(Remaining rest, List<String> paths, List<String> outputs) {
        String text = rest.toString();
        Matcher m = PATH.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            String path = trimPunctuation(m.group(1));
            if (FORMAT_NAME.matcher(path).matches()) {
                continue; // "a tar.gz archive" names a format, not a file
            }
            boolean output = OUTPUT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 24), m.start())).find();
            (output ? outputs : paths).add(path);
            spans.add(new int[] {m.start(), m.start() + path.length()});
        }
        for (int[] span : spans) {
            rest.blank(span[0], span[1], kindOfPath(rest.original(span[0], span[1])));
        }
    }

    private static final java.util.regex.Pattern EXTENSION = java.util.regex.Pattern.compile(".*[^/.]\\.([A-Za-z][A-Za-z0-9]{0,5})");

    /** A path with a file extension is a file of that kind ("csv file"); anything else is taken for a folder. */
    private static String kindOfPath(String path) {
        Matcher m = EXTENSION.matcher(path);
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) + " file" : "folder";
    }

    /** The request as it is being taken apart: what is left to search, and the masked text. */
    private static final class Remaining {
        private final String request;
        private final StringBuilder text;
        private final String[] words;

        Remaining(String request) {
            this.request = request;
            text = new StringBuilder(request);
            words = new String[request.length()];
        }

        String original(int from, int to) {
            return request.substring(from, to);
        }

        void blank(int from, int to, String word) {
            words[from] = word == null ? request.substring(from, to) : word;
            for (int i = from; i < to; i++) {
                text.setCharAt(i, '\0');
            }
        }

        String masked() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c != '\0') {
                    out.append(c);
                } else if (words[i] != null && !words[i].isEmpty()) {
                    out.append(' ').append(words[i]).append(' ');
                }
            }
            return out.toString().replaceAll("\\s+", " ").strip();
        }

        @Override
        public String toString() {
            return text.toString().replace('\0', ' ');
        }
    }

    private static String firstGroup(Matcher m) {
        for (int i = 1; i <= m.groupCount(); i++) {
            if (m.group(i) != null) {
                return m.group(i);
            }
        }
        return "";
    }

    /** Quoted text is a path when it is shaped like one; spaces are fine inside quotes. */
    private static boolean looksLikePath(String text) {
        return !text.contains("\n") && !text.matches(".*[$`()<>|;&].*") && (text.startsWith("~") || text.startsWith("/") || text.startsWith("./")
                || text.contains("/") || text.matches("[\\w -][\\w. -]*\\.[A-Za-z][A-Za-z0-9]{0,5}"));
    }

    private static String trimPunctuation(String path) {
        String p = path;
        while (p.length() > 1 && ".,;:!?)".indexOf(p.charAt(p.length() - 1)) >= 0) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static String folder(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return switch (w) {
            case "downloads" -> "~/Downloads";
            case "documents" -> "~/Documents";
            case "desktop" -> "~/Desktop";
            case "pictures", "photos" -> "~/Pictures";
            case "music" -> "~/Music";
            case "videos" -> "~/Videos";
            default -> w.contains("home") ? "~" : ".";
        };
    }

    private static String relativeDay(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        if (p.equals("yesterday") || p.equals("today") || p.equals("last night")) {
            return "1 days";
        }
        return p.endsWith("week") ? "7 days" : p.endsWith("month") ? "30 days" : "365 days";
    }

    /** Months and years as days, the longest unit {@code patterns} reads. */
    private static String duration(long n, String unit) {
        return switch (unit) {
            case "months" -> n * 30 + " days";
            case "years" -> n * 365 + " days";
            default -> n + " " + unit;
        };
    }

    private static long count(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "ten" -> 10;
            default -> Long.parseLong(word);
        };
    }

    /** Unit words as {@code patterns} reads them; months and years become days. */
    private static String unit(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("s")) {
            return "seconds";
        }
        if (w.startsWith("mo")) {
            return "months";
        }
        if (w.startsWith("m")) {
            return "minutes";
        }
        if (w.startsWith("h")) {
            return "hours";
        }
        if (w.startsWith("d")) {
            return "days";
        }
        return w.startsWith("w") ? "weeks" : "years";
    }

    private static Map<String, String> languageFiles() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("python", "*.py");
        m.put("javascript", "*.js");
        m.put("typescript", "*.ts");
        m.put("java", "*.java");
        m.put("markdown", "*.md");
        m.put("text", "*.txt");
        m.put("csv", "*.csv");
        m.put("json", "*.json");
        m.put("log", "*.log");
        m.put("shell", "*.sh");
        m.put("rust", "*.rs");
        m.put("go", "*.go");
        m.put("html", "*.html");
        m.put("pdf", "*.pdf");
        return m;
    }
}
