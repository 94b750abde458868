package dev.mycel.patterns;

/** How the offline engine shows a pattern's standard output to the user. */
public enum Presentation {
    /** As printed. */
    TEXT,
    /** Tab-separated lines, the first one a header: shown as aligned columns. */
    TABLE,
    /** One item per line: shown as a bulleted list, with a count. */
    LIST
}
