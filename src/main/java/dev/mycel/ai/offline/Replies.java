package dev.mycel.ai.offline;

import dev.mycel.ai.Message;
import dev.mycel.patterns.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The offline engine's words: what it proposes, what it needs, what it cannot do, and the output. */
final class Replies {
    static final int MAX_LINES = 60;

    private Replies() {
    }

    static String proposing(Pattern p, Map<String, String> slots) {
        String given = slots.isEmpty() ? "" : " (" + slots.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", ")) + ")";
        return p.description() + given + (p.id().contains("@") ? ", with the shared pattern " : ", with Mycel's built-in pattern ")
                + p.id() + ".";
    }

    static String needs(Pattern p, String problem) {
        return "I can " + lowerFirst(p.description()) + ", but " + problem + ". For example: \""
                + p.examples().getFirst() + "\".";
    }

    static String cannot(List<PatternMatcher.Match> closest, String noModel) {
        StringBuilder out = new StringBuilder("I can't do that offline: none of Mycel's patterns fits this request");
        if (closest.isEmpty()) {
            out.append('.');
        } else {
            out.append(". The closest ones I can do:");
            for (PatternMatcher.Match m : closest) {
                out.append("\n  - ").append(m.pattern().description()).append(" (say e.g. \"")
                        .append(m.pattern().examples().getFirst()).append("\")");
            }
        }
        if (!noModel.isBlank()) {
            out.append("\n").append(noModel);
        }
        return out.toString();
    }

    /** The program's output as the pattern presents it; failures and refusals in one plain line. */
    static String output(Pattern p, Message.ToolResult result) {
        String content = result.content();
        if (result.isError()) {
            return "Not done: " + content.lines().findFirst().orElse("no reason given");
        }
        if (content.startsWith("timed out")) {
            return "The program " + content.lines().findFirst().orElse("timed out") + "; try a smaller folder.";
        }
        RanOutput ran = RanOutput.parse(content);
        if (ran.exitCode() != 0) {
            return "The program failed (exit code " + ran.exitCode() + ")" + lastLines(ran.stderr());
        }
        if (ran.stdout().isBlank()) {
            return "Nothing found.";
        }
        String body = switch (p.presentation()) {
            case TEXT -> ran.stdout().stripTrailing();
            case LIST -> list(ran.stdout());
            case TABLE -> table(ran.stdout());
        };
        return body + (ran.truncated() ? "\n(output cut at the sandbox's limit)" : "");
    }

    private static String lastLines(String stderr) {
        List<String> lines = stderr.strip().lines().toList();
        return lines.isEmpty() ? "." : ": " + String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }

    private static String list(String stdout) {
        List<String> items = stdout.strip().lines().filter(l -> !l.isBlank()).toList();
        StringBuilder out = new StringBuilder(items.size() + (items.size() == 1 ? " item:" : " items:"));
        items.stream().limit(MAX_LINES).forEach(i -> out.append("\n  - ").append(i));
        if (items.size() > MAX_LINES) {
            out.append("\n  … and ").append(items.size() - MAX_LINES).append(" more");
        }
        return out.toString();
    }

    /** Tab-separated rows as aligned columns; numbers right-aligned so they compare at a glance. */
    static String table(String stdout) {
        List<String[]> rows = new ArrayList<>();
        stdout.strip().lines().filter(l -> !l.isBlank()).limit(MAX_LINES + 1L).forEach(l -> rows.add(l.split("\t", -1)));
        int cols = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] width = new int[cols];
        boolean[] numeric = new boolean[cols];
        java.util.Arrays.fill(numeric, true);
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], row[c].length());
                if (r > 0 && !row[c].matches("-?[0-9.,]+[A-Za-z%]{0,3}")) {
                    numeric[c] = false;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                String cell = row[c];
                String pad = " ".repeat(width[c] - cell.length());
                line.append(numeric[c] ? pad + cell : cell + (c == row.length - 1 ? "" : pad)).append(c == row.length - 1 ? "" : "  ");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        long total = stdout.strip().lines().filter(l -> !l.isBlank()).count();
        if (total > MAX_LINES + 1) {
            out.append("… and ").append(total - MAX_LINES - 1).append(" more rows\n");
        }
        return out.toString().stripTrailing();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** What AgentTools reports for a program that ran: exit code, stdout, stderr, and whether output was cut. */
    record RanOutput(int exitCode, String stdout, String stderr, boolean truncated) {
        static RanOutput parse(String content) {
            int out = content.indexOf("\n--- stdout ---\n");
            int err = content.lastIndexOf("\n--- stderr ---\n");
            int code = -1;
            String first = content.lines().findFirst().orElse("");
            if (first.startsWith("exit code ")) {
                try {
                    code = Integer.parseInt(first.substring(10).trim());
                } catch (NumberFormatException e) {
                    code = -1;
                }
            }
            if (out < 0 || err < out) {
                return new RanOutput(code, content, "", false);
            }
            String stderr = content.substring(err + 16);
            boolean truncated = stderr.contains("[output truncated");
            return new RanOutput(code, content.substring(out + 16, err), stderr, truncated);
        }
    }
}
