package dev.mycel.audit;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A child process for {@link AuditCrashTest}: opens the log given as the first argument,
 * says "ready" once the first entry is on disk, then appends action lives until it is killed.
 */
public final class AuditAppendLoop {
    private AuditAppendLoop() {
    }

    public static void main(String[] args) throws IOException {
        AuditLog log = AuditLog.open(Path.of(args[0]));
        SampleEvents.actionLife(log, 0);
        System.out.println("ready");
        System.out.flush();
        for (int i = 1; ; i++) {
            SampleEvents.actionLife(log, i);
        }
    }
}
