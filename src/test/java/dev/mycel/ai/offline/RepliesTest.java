package dev.mycel.ai.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepliesTest {

    @Test
    void tablesAlignColumnsAndRightAlignNumbers() {
        String t = Replies.table("size\tpath\n10K\t/a/bee\n1.5M\t/c\n");
        assertThat(t).isEqualTo("size  path\n 10K  /a/bee\n1.5M  /c");
    }

    @Test
    void longTablesSayHowManyRowsWereLeftOut() {
        StringBuilder rows = new StringBuilder("n\n");
        for (int i = 0; i < 100; i++) {
            rows.append(i).append('\n');
        }
        assertThat(Replies.table(rows.toString())).endsWith("… and 40 more rows");
    }

    @Test
    void theRanOutputOfAToolResultIsTakenApart() {
        Replies.RanOutput r = Replies.RanOutput.parse("exit code 2\n--- stdout ---\nout\n--- stderr ---\nbad thing\n");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stdout()).isEqualTo("out");
        assertThat(r.stderr()).isEqualTo("bad thing\n");
        assertThat(r.truncated()).isFalse();
    }
}
