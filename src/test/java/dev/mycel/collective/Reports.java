package dev.mycel.collective;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Outcome reports for the reputation tests, signed and opened through the real code. */
final class Reports {
    private final List<OutcomeReport.Verified> all = new ArrayList<>();

    /** A content address that names a pattern by {@code author}; its value does not matter to reputation. */
    static String address(AuthorKey author, int n) {
        return HexFormat.of().formatHex(AuthorKey.sha256((author.text() + "#" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    static OutcomeReport.Verified verified(OutcomeReport.Signed signed) {
        OutcomeReport.Opened o = OutcomeReport.open(signed);
        assertThat(o).isInstanceOf(OutcomeReport.Opened.Ok.class);
        return ((OutcomeReport.Opened.Ok) o).report();
    }

    /** {@code times} reports by {@code reporter} about runs of {@code author}'s pattern, one second apart from {@code at}. */
    Reports add(InstanceKey reporter, AuthorKey author, boolean success, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            all.add(verified(OutcomeReport.sign(reporter, address(author, 0), author, success, at.plusSeconds(i))));
        }
        return this;
    }

    List<OutcomeReport.Verified> list() {
        return List.copyOf(all);
    }
}
