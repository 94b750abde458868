package dev.mycel.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Streamed text is restored fragment by fragment; only a tail that may still become a placeholder waits. */
class RestoringListenerTest {
    private final List<String> seen = new ArrayList<>();
    private final RestoringListener listener = new RestoringListener(
            t -> t.replace("[EMAIL_1]", "ada@example.org"), seen::add);

    @Test
    void aPlaceholderSplitAcrossFragmentsIsRestoredWhole() {
        listener.textDelta("Write to [EM");
        listener.textDelta("AIL");
        listener.textDelta("_1] today.");
        listener.flush();
        assertThat(String.join("", seen)).isEqualTo("Write to ada@example.org today.");
        assertThat(seen.getFirst()).isEqualTo("Write to ");
    }

    @Test
    void ordinaryBracketsAndLongTailsAreNotHeldBack() {
        listener.textDelta("see [1] and [note");
        assertThat(String.join("", seen)).isEqualTo("see [1] and [note");
        listener.textDelta(" [ABCDEFGHIJKLMNOPQRSTUVWXYZ_ABCDEFGHIJKLMNOP");
        assertThat(String.join("", seen)).endsWith("OP");
    }

    @Test
    void flushSendsWhatWasHeld() {
        listener.textDelta("ends with [EMAIL");
        assertThat(String.join("", seen)).isEqualTo("ends with ");
        listener.flush();
        assertThat(String.join("", seen)).isEqualTo("ends with [EMAIL");
    }
}
