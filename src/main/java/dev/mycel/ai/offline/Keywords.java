package dev.mycel.ai.offline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The words of a request that tell close patterns apart, where sentence vectors blur them:
 * "empty folders" and "empty files", "CSV to JSON" and "JSON to CSV". Words are folded to one
 * spelling per meaning (directory, dir, subfolder → folder), and "to json" / "into csv" become
 * a direction word, since word order is what a bag of words loses.
 */
final class Keywords {
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "is",
            "are", "my", "me", "i", "it", "this", "that", "what", "which", "how", "do", "does", "show", "list", "give",
            "tell", "please", "can", "you", "all", "any", "with", "from", "by", "be", "there", "s", "here", "under",
            "inside", "into", "as", "so", "some", "each", "every", "get", "let", "see", "want", "need", "much", "many",
            "text", "size", "days", "pattern", "its", "their", "about", "out", "up", "now",
            "right", "just", "find", "where", "whats", "im", "am", "has", "have", "been", "was", "were", "will", "would");
    private static final Map<String, String> SAME = same();
    private static final java.util.regex.Pattern DIRECTION = java.util.regex.Pattern.compile(
            "(?i)\\b(?:to|into|as|in)\\s+(?:an?\\s+)?(?:file\\s+)?(json|csv|zip|tar|tarball|text)\\b");
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[a-z0-9]+");

    private Keywords() {
    }

    static Set<String> of(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("'", "");
        Set<String> out = new HashSet<>();
        Matcher d = DIRECTION.matcher(lower);
        while (d.find()) {
            out.add("to-" + fold(d.group(1)));
        }
        Matcher w = WORD.matcher(lower);
        while (w.find()) {
            String word = fold(w.group());
            if (!STOP.contains(word) && word.length() > 1) {
                out.add(word);
            }
        }
        return out;
    }

    /** Inverse document frequency of each word over the patterns' vocabularies. */
    static Map<String, Double> idf(List<Set<String>> vocabularies) {
        Map<String, Integer> df = new HashMap<>();
        vocabularies.forEach(v -> v.forEach(w -> df.merge(w, 1, Integer::sum)));
        Map<String, Double> out = new HashMap<>();
        int n = vocabularies.size();
        df.forEach((w, c) -> out.put(w, Math.log(1.0 + (double) n / c)));
        return out;
    }

    /**
     * How much of the request's weight the pattern's vocabulary covers, 0..1. Words no pattern
     * knows weigh as much as the rarest known word, so a request about something else entirely
     * ("book a flight") covers little of any pattern.
     */
    static double coverage(Set<String> request, Set<String> vocabulary, Map<String, Double> idf, double unknownWeight) {
        double total = 0;
        double covered = 0;
        for (String w : request) {
            double weight = idf.getOrDefault(w, unknownWeight);
            total += weight;
            if (vocabulary.contains(w)) {
                covered += weight;
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    private static String fold(String word) {
        String w = SAME.get(word);
        if (w != null) {
            return w;
        }
        String stem = word.length() > 4 && word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
                : word.length() > 4 && word.endsWith("es") && !word.endsWith("ses") ? word.substring(0, word.length() - 1)
                : word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
        return SAME.getOrDefault(stem, stem);
    }

    private static Map<String, String> same() {
        Map<String, String> m = new HashMap<>();
        put(m, "folder", "directory", "directories", "dir", "dirs", "subfolder", "subfolders", "subdirectory",
                "subdirectories", "folders");
        put(m, "big", "biggest", "largest", "large", "huge", "hugest", "fattest", "heaviest", "heavy", "bigger", "larger",
                "largest", "giant", "oversized", "fat");
        put(m, "memory", "ram", "mem");
        put(m, "cpu", "processor", "cores", "core", "cpus");
        put(m, "process", "processes", "program", "programs", "apps", "app", "task", "tasks", "services", "service");
        put(m, "empty", "blank", "nothing");
        put(m, "duplicate", "duplicates", "identical", "same", "copies", "copy", "twice", "redundant");
        put(m, "recent", "recently", "changed", "modified", "edited", "touched", "touch", "newest", "latest", "new");
        put(m, "search", "grep", "mention", "mentions", "containing", "contain", "contains", "look", "occurrence");
        put(m, "count", "number", "counts", "how many");
        put(m, "line", "lines", "loc");
        put(m, "word", "words");
        put(m, "archive", "compressed", "compress", "pack", "backup");
        put(m, "tar", "tarball", "tgz", "gz");
        put(m, "checksum", "checksums", "sha256", "sha1", "md5", "hash", "hashes", "sums", "fingerprint");
        put(m, "port", "ports", "listening", "listen", "socket", "sockets");
        put(m, "space", "room", "usage", "used", "taking", "weigh", "eating");
        put(m, "free", "left", "available", "full");
        put(m, "disk", "drive", "drives", "filesystem", "filesystems", "partition");
        put(m, "uptime", "reboot", "restarted", "booted");
        put(m, "kernel", "distribution", "distro", "os", "linux", "operating", "version");
        put(m, "compare", "differ", "differs", "diff", "difference", "only");
        put(m, "git", "repo", "repository", "commits", "commit", "checkout");
        put(m, "type", "types", "kind", "kinds", "extension", "extensions");
        put(m, "pretty", "indent", "format", "readable", "nicely");
        put(m, "column", "columns", "header", "headers", "field", "fields");
        return Map.copyOf(m);
    }

    private static void put(Map<String, String> m, String to, String... from) {
        for (String f : from) {
            m.put(f, to);
        }
        m.put(to, to);
    }
}
