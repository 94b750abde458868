package dev.mycel.patterns;

/**
 * A pattern file that cannot become a {@link Pattern}. The message is one line that names the
 * source and the field, so whoever wrote the file (or the collective peer that sent it) can fix it.
 */
public final class PatternException extends Exception {
    public PatternException(String message) {
        super(message);
    }
}
