package dev.mycel.config;

/**
 * The offline pattern engine. {@code minConfidence} is the similarity below which it does not
 * guess but says what it can do; {@code answerFirst}: in {@code auto} mode a confident match is
 * answered by a vetted pattern even when a model is configured (cheaper, private, predictable).
 */
public record OfflineSettings(boolean enabled, double minConfidence, boolean answerFirst) {

    public static OfflineSettings defaults() {
        return new OfflineSettings(true, 0.5, true);
    }
}
