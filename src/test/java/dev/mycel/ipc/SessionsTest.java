package dev.mycel.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.harness.ManualClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionsTest {
    private final ManualClock clock = new ManualClock();
    private final Sessions sessions = new Sessions(new SecureRandom(), clock, Duration.ofMinutes(10));

    @Test
    void idsAreVersion4UuidsBuiltFromTheRandomBytes() {
        assertThat(new Sessions(TokenTest.fixed((byte) 0xff), clock, Duration.ofMinutes(1)).open("a").id())
                .isEqualTo("ffffffff-ffff-4fff-bfff-ffffffffffff");
        assertThat(new Sessions(TokenTest.fixed((byte) 0x00), clock, Duration.ofMinutes(1)).open("a").id())
                .isEqualTo("00000000-0000-4000-8000-000000000000");
    }

    @Test
    void resumeOnlyForTheSameUserAndALiveId() {
        Session s = sessions.open("alice");
        assertThat(sessions.resume(s.id(), "alice")).containsSame(s);
        assertThat(sessions.resume(s.id(), "bob")).isEmpty();
        assertThat(sessions.resume(null, "alice")).isEmpty();
        assertThat(sessions.resume("nope", "alice")).isEmpty();
        assertThat(sessions.resume(s.id().toUpperCase(), "alice")).isEmpty();
    }

    @Test
    void idleSessionsExpireAndUseKeepsThemAlive() {
        Session s = sessions.open("alice");
        assertThat(sessions.expiresAt(s)).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
        clock.advance(Duration.ofMinutes(9));
        assertThat(sessions.touch(s)).isTrue();
        clock.advance(Duration.ofMinutes(9));
        assertThat(sessions.resume(s.id(), "alice")).isPresent();
        clock.advance(Duration.ofMinutes(10));
        assertThat(sessions.touch(s)).isFalse();
        assertThat(sessions.resume(s.id(), "alice")).isEmpty();
    }

    @Test
    void sweepRemovesOnlyExpiredSessionsAndTellsTheListener() {
        List<Session> ended = new ArrayList<>();
        sessions.onExpired(ended::add);
        Session old = sessions.open("alice");
        clock.advance(Duration.ofMinutes(6));
        Session fresh = sessions.open("alice");
        clock.advance(Duration.ofMinutes(5));
        assertThat(sessions.count()).isEqualTo(2);
        assertThat(sessions.sweep()).isEqualTo(1);
        assertThat(ended).containsExactly(old);
        assertThat(sessions.count()).isEqualTo(1);
        assertThat(sessions.resume(fresh.id(), "alice")).containsSame(fresh);
        assertThat(sessions.touch(old)).isFalse();
    }

    @Test
    void labelsAndToStringNeverShowTheId() {
        Session a = sessions.open("alice");
        Session b = sessions.open("alice");
        assertThat(a.label()).isEqualTo("s1");
        assertThat(b.label()).isEqualTo("s2");
        assertThat(a.toString()).isEqualTo("Session[s1]").doesNotContain(a.id());
        assertThat(a.id()).isNotEqualTo(b.id());
    }
}
