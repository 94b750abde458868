package dev.mycel.ai;

import java.util.function.UnaryOperator;

/**
 * Streamed text with placeholders restored before the user sees it. A placeholder can arrive
 * split over two fragments ({@code "[EMA"}, {@code "IL_1]"}), so a tail that could still become
 * one is held back until the next fragment or {@link #flush}.
 */
final class RestoringListener implements StreamListener {
    /** Longer than any placeholder ({@code [ADDRESS_12345]}); a longer bracket run is ordinary text. */
    private static final int LONGEST = 40;

    private final UnaryOperator<String> restore;
    private final StreamListener downstream;
    private final StringBuilder held = new StringBuilder();

    RestoringListener(UnaryOperator<String> restore, StreamListener downstream) {
        this.restore = restore;
        this.downstream = downstream;
    }

    @Override
    public void textDelta(String text) {
        held.append(text);
        int cut = safeEnd();
        if (cut > 0) {
            emit(held.substring(0, cut));
            held.delete(0, cut);
        }
    }

    void flush() {
        if (!held.isEmpty()) {
            emit(held.toString());
            held.setLength(0);
        }
    }

    private void emit(String text) {
        downstream.textDelta(restore.apply(text));
    }

    /** Everything before an unfinished {@code [LABEL_N} at the end may go out now. */
    private int safeEnd() {
        int open = held.lastIndexOf("[");
        if (open < 0 || held.length() - open > LONGEST) {
            return held.length();
        }
        for (int i = open + 1; i < held.length(); i++) {
            char c = held.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return held.length();
            }
        }
        return open;
    }
}
