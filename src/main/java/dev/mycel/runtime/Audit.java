package dev.mycel.runtime;

import dev.mycel.audit.ActionFacts;
import dev.mycel.audit.AuditEvent;
import dev.mycel.audit.AuditLog;
import dev.mycel.ipc.Session;
import dev.mycel.policy.Action;
import dev.mycel.policy.FileOutcome;
import dev.mycel.policy.Finding;
import dev.mycel.policy.Ruling;
import dev.mycel.sandbox.ExecOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * The runtime's words for the audit log: turns actions, rulings and outcomes into audit
 * events. Events before an action must be written (they throw); events after it are
 * best effort (the action has happened, and its failure to log is itself logged).
 */
final class Audit {
    private static final Logger LOG = Logger.getLogger(Audit.class.getName());

    private final AuditLog log;

    Audit(AuditLog log) {
        this.log = log;
    }

    long append(AuditEvent event) throws IOException {
        return log.append(event);
    }

    long proposed(Session s, Action action) throws IOException {
        return log.append(new AuditEvent.ActionProposed(s.label(), facts(action)));
    }

    void decided(Session s, long seq, Ruling ruling) throws IOException {
        log.append(new AuditEvent.ActionDecided(s.label(), seq, ruling.decision().wireName(), ruling.risk().wireName(),
                ruling.reason(), ruling.findings().stream().map(Finding::rule).distinct().toList()));
    }

    void executed(Session s, long seq, ExecOutcome outcome) {
        after(switch (outcome) {
            case ExecOutcome.Completed c -> new AuditEvent.ExecCompleted(s.label(), seq, c.exitCode(), c.durationMs(),
                    sizes(c.stdout(), c.stderr(), c.truncated()));
            case ExecOutcome.TimedOut t -> new AuditEvent.ExecTimedOut(s.label(), seq, t.durationMs(),
                    sizes(t.stdout(), t.stderr(), t.truncated()));
            case ExecOutcome.Unavailable u -> new AuditEvent.ActionFailed(s.label(), seq, "sandbox unavailable");
        });
    }

    void fileDone(Session s, long seq, FileOutcome outcome) {
        after(switch (outcome) {
            case FileOutcome.Read r -> new AuditEvent.ActionCompleted(s.label(), seq, r.sizeBytes());
            case FileOutcome.Written w -> new AuditEvent.ActionCompleted(s.label(), seq, w.bytes());
            case FileOutcome.Deleted d -> new AuditEvent.ActionCompleted(s.label(), seq, 0);
            case FileOutcome.Listed l -> new AuditEvent.ActionCompleted(s.label(), seq, l.entries().size());
            case FileOutcome.Refused r -> new AuditEvent.ActionFailed(s.label(), seq, "refused at the time of use");
        });
    }

    void completed(Session s, long seq, long bytes) {
        after(new AuditEvent.ActionCompleted(s.label(), seq, bytes));
    }

    void failed(Session s, long seq, String reason) {
        after(new AuditEvent.ActionFailed(s.label(), seq, reason));
    }

    private void after(AuditEvent event) {
        try {
            log.append(event);
        } catch (IOException | IllegalArgumentException e) {
            LOG.severe("could not write an audit entry after an action: " + e.getMessage());
        }
    }

    private static ActionFacts facts(Action action) {
        return switch (action) {
            case Action.RunCode r -> ActionFacts.code(r.language().wireName(), "run code", r.code());
            case Action.ReadFile f -> ActionFacts.file("read_file", "read a file", f.path().toString());
            case Action.WriteFile f -> ActionFacts.file("write_file", f.append() ? "append to a file" : "write a file", f.path().toString());
            case Action.DeleteFile f -> ActionFacts.file("delete_file", "delete a file", f.path().toString());
            case Action.ListDirectory f -> ActionFacts.file("list_directory", "list a directory", f.path().toString());
            case Action.ShowSurface s -> ActionFacts.file("show_surface", "show a surface", "");
        };
    }

    private static AuditEvent.OutputSizes sizes(String out, String err, boolean truncated) {
        return new AuditEvent.OutputSizes(out.getBytes(StandardCharsets.UTF_8).length,
                err.getBytes(StandardCharsets.UTF_8).length, truncated, truncated);
    }
}
