package dev.mycel.audit;

import dev.mycel.audit.AuditEvent.ActionApproved;
import dev.mycel.audit.AuditEvent.ActionDecided;
import dev.mycel.audit.AuditEvent.ActionProposed;
import dev.mycel.audit.AuditEvent.ExecCompleted;
import dev.mycel.audit.AuditEvent.OutputSizes;
import java.io.IOException;
import java.util.List;

/** Events shaped like the ones the runtime writes for one confirmed code action. */
final class SampleEvents {
    private SampleEvents() {
    }

    static ActionProposed proposed(int i) {
        return new ActionProposed("s" + (i % 7), ActionFacts.code("bash", "list the files in the working directory #" + i,
                "ls -la /tmp/work" + i));
    }

    /** Appends one action's whole life (proposed, decided, approved, completed); returns the seqs. */
    static List<Long> actionLife(AuditLog log, int i) throws IOException {
        long proposed = log.append(proposed(i));
        long decided = log.append(new ActionDecided("s1", proposed, "confirm", "high", "deletes files",
                List.of("bash.rm-recursive")));
        long approved = log.append(new ActionApproved("s1", proposed, "once", "prompt"));
        long done = log.append(new ExecCompleted("s1", proposed, 0, 12, new OutputSizes(42, 0, false, false)));
        return List.of(proposed, decided, approved, done);
    }

    static void appendMany(AuditLog log, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            log.append(proposed(i));
        }
    }
}
