package dev.mycel.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One session's placeholders: stable per value, numbered per type, thread-safe, bounded, never leaking values in toString. */
class PseudonymsTest {
    private final Redactor redactor = new Redactor();

    @Test
    void the_same_value_always_gets_the_same_placeholder() {
        Pseudonyms session = new Pseudonyms();
        Redacted first = redactor.redact("mail ann@example.com, then bob@example.com, then ann@example.com", session);
        assertThat(first.text()).isEqualTo("mail [EMAIL_1], then [EMAIL_2], then [EMAIL_1]");
        Redacted later = redactor.redact("again: bob@example.com and +1 415-555-0132", session);
        assertThat(later.text()).isEqualTo("again: [EMAIL_2] and [PHONE_1]");
    }

    @Test
    void numbers_count_per_type_and_sessions_are_independent() {
        Pseudonyms a = new Pseudonyms();
        Pseudonyms b = new Pseudonyms();
        assertThat(redactor.redact("x@example.com 415-555-0132 y@example.com 212-555-0199", a).text())
                .isEqualTo("[EMAIL_1] [PHONE_1] [EMAIL_2] [PHONE_2]");
        assertThat(redactor.redact("y@example.com", b).text()).isEqualTo("[EMAIL_1]");
        assertThat(b.restore("[EMAIL_2]")).isEqualTo("[EMAIL_2]");
    }

    @Test
    void concurrent_redactions_agree_on_placeholders() throws Exception {
        Pseudonyms session = new Pseudonyms();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        seen.add(session.placeholder(PiiType.EMAIL, "user" + (i % 50) + "@example.com"));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        assertThat(seen).hasSize(50);
        assertThat(session.size()).isEqualTo(50);
        for (int i = 0; i < 50; i++) {
            String p = session.placeholder(PiiType.EMAIL, "user" + i + "@example.com");
            assertThat(session.restore(p)).isEqualTo("user" + i + "@example.com");
        }
    }

    @Test
    void past_its_capacity_the_session_forgets_the_least_recently_used_value_and_never_reuses_a_number() {
        Pseudonyms session = new Pseudonyms(2);
        String one = session.placeholder(PiiType.NAME, "Ann");
        String two = session.placeholder(PiiType.NAME, "Bob");
        session.placeholder(PiiType.NAME, "Ann"); // Ann is now the more recently used
        String three = session.placeholder(PiiType.NAME, "Cy");
        assertThat(session.size()).isEqualTo(2);
        assertThat(session.restore(one + " " + two + " " + three)).isEqualTo("Ann " + two + " Cy");
        assertThat(session.placeholder(PiiType.NAME, "Bob")).isEqualTo("[NAME_4]");
        assertThatThrownBy(() -> new Pseudonyms(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void to_string_never_shows_a_value() {
        Pseudonyms session = new Pseudonyms();
        Redacted r = redactor.redact("password=hunter2 and jane@example.com", session);
        assertThat(session.toString()).doesNotContain("hunter2", "jane").contains("2");
        assertThat(r.toString()).doesNotContain("hunter2", "jane@example.com").contains("[SECRET_1]");
    }
}
