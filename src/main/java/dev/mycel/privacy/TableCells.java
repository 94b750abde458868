package dev.mycel.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The cells of one table row as spans of the text: split at the delimiter outside double
 * quotes, trimmed, quotes excluded, the outer pipes of a Markdown row dropped; and whether a
 * cell's content looks like the type its column promises.
 */
final class TableCells {
    private TableCells() {
    }

    /** {@code [start, end]} of each cell's content in {@code s[from, to)}. */
    static List<int[]> split(String s, int from, int to, char delimiter) {
        List<int[]> cells = new ArrayList<>();
        int cellStart = from;
        boolean quoted = false;
        for (int i = from; i <= to; i++) {
            char c = i < to ? s.charAt(i) : delimiter;
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && (!quoted || i == to)) {
                cells.add(content(s, cellStart, i));
                cellStart = i + 1;
            }
        }
        if (delimiter == '|' && cells.size() >= 2) {
            if (cells.getFirst()[0] == cells.getFirst()[1] && s.substring(from, to).strip().startsWith("|")) {
                cells.removeFirst();
            }
            if (cells.getLast()[0] == cells.getLast()[1] && s.substring(from, to).strip().endsWith("|")) {
                cells.removeLast();
            }
        }
        return cells;
    }

    private static int[] content(String s, int start, int end) {
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (end - start >= 2 && s.charAt(start) == '"' && s.charAt(end - 1) == '"') {
            start++;
            end--;
        }
        return new int[] {start, end};
    }

    /** A Markdown separator row: {@code |---|:---:|}. */
    static boolean rule(String s, int from, int to) {
        boolean dash = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '-') {
                dash = true;
            } else if (c != '|' && c != ':' && c != ' ' && c != '\t' && c != '+' && c != '=') {
                return false;
            }
        }
        return dash;
    }

    private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}'’.-]*(?:,? +\\p{L}[\\p{L}'’.-]*){0,4}");
    private static final Pattern SSN = Pattern.compile("\\d{3}([- ]?)\\d{2}\\1\\d{4}");
    private static final Pattern PHONE = Pattern.compile("\\+?[\\d ()./-]{7,20}");

    static boolean looksLike(PiiType type, String cell) {
        return switch (type) {
            case NAME -> cell.length() <= 60 && cell.chars().anyMatch(Character::isUpperCase) && NAME.matcher(cell).matches();
            case ADDRESS -> cell.length() >= 5 && cell.length() <= 200 && cell.chars().anyMatch(Character::isLetter)
                    && cell.chars().anyMatch(Character::isDigit);
            case DATE_OF_BIRTH -> DateShapes.dateEnd(cell, 0) == cell.length();
            case SSN -> SSN.matcher(cell).matches() && SsnDetector.valid(cell, 0);
            case PHONE -> PHONE.matcher(cell).matches() && digits(cell) >= 7 && digits(cell) <= 15;
            case EMAIL, CARD, IBAN, IP, MAC, API_KEY, PRIVATE_KEY, JWT, URL_PASSWORD, SECRET -> false;
        };
    }

    private static int digits(String cell) {
        return (int) cell.chars().filter(Character::isDigit).count();
    }
}
