package dev.mycel.audit;

import dev.mycel.audit.AuditEvent.ActionApproved;
import dev.mycel.audit.AuditEvent.ActionCompleted;
import dev.mycel.audit.AuditEvent.ActionDecided;
import dev.mycel.audit.AuditEvent.ActionDeclined;
import dev.mycel.audit.AuditEvent.ActionFailed;
import dev.mycel.audit.AuditEvent.ActionProposed;
import dev.mycel.audit.AuditEvent.AuthFailed;
import dev.mycel.audit.AuditEvent.ExecCompleted;
import dev.mycel.audit.AuditEvent.ExecTimedOut;
import dev.mycel.audit.AuditEvent.OutputSizes;
import dev.mycel.audit.AuditEvent.RuntimeStarted;
import dev.mycel.audit.AuditEvent.RuntimeStopped;
import dev.mycel.audit.AuditEvent.SessionClosed;
import dev.mycel.audit.AuditEvent.SessionOpened;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/**
 * An event as the log writes it: its type name and its fields in a fixed order.
 *
 * <p>The mapping is spelled out here rather than derived from the records by reflection, so
 * renaming a record component cannot silently change the log's format, and adding an event
 * does not compile until it is given one.
 */
record EventFields(String type, SequencedMap<String, Object> fields) {

    static final String TORN_TAIL_SEALED = "TornTailSealed";

    static EventFields of(AuditEvent event) {
        return switch (event) {
            case RuntimeStarted e -> type("RuntimeStarted").put("version", e.version()).done();
            case RuntimeStopped e -> type("RuntimeStopped").put("reason", e.reason()).done();
            case SessionOpened e -> type("SessionOpened").put("sessionRef", e.sessionRef())
                    .put("peerUid", e.peerUid()).done();
            case SessionClosed e -> type("SessionClosed").put("sessionRef", e.sessionRef())
                    .put("reason", e.reason()).done();
            case AuthFailed e -> type("AuthFailed").put("peerUid", e.peerUid()).put("reason", e.reason()).done();
            case ActionProposed e -> proposed(e);
            case ActionDecided e -> type("ActionDecided").action(e.sessionRef(), e.actionSeq())
                    .put("decision", e.decision()).put("risk", e.risk())
                    .put("reason", e.reason()).put("rules", e.rules()).done();
            case ActionApproved e -> type("ActionApproved").action(e.sessionRef(), e.actionSeq())
                    .put("scope", e.scope()).put("via", e.via()).done();
            case ActionDeclined e -> type("ActionDeclined").action(e.sessionRef(), e.actionSeq())
                    .put("why", e.why()).done();
            case ExecCompleted e -> type("ExecCompleted").action(e.sessionRef(), e.actionSeq())
                    .put("exitCode", e.exitCode()).put("durationMs", e.durationMs()).output(e.output()).done();
            case ExecTimedOut e -> type("ExecTimedOut").action(e.sessionRef(), e.actionSeq())
                    .put("durationMs", e.durationMs()).output(e.output()).done();
            case ActionCompleted e -> type("ActionCompleted").action(e.sessionRef(), e.actionSeq())
                    .put("bytes", e.bytes()).done();
            case ActionFailed e -> type("ActionFailed").action(e.sessionRef(), e.actionSeq())
                    .put("reason", e.reason()).done();
        };
    }

    /** The entry the log itself writes after lines damaged by a crash; see {@link AuditLog}. */
    static EventFields tornTailSealed(long firstLine, long lines, long bytes, String sha256) {
        return type(TORN_TAIL_SEALED).put("firstLine", firstLine).put("lines", lines)
                .put("bytes", bytes).put("sha256", sha256).done();
    }

    private static EventFields proposed(ActionProposed e) {
        ActionFacts a = e.action();
        Builder b = type("ActionProposed").put("sessionRef", e.sessionRef())
                .put("kind", a.kind()).put("summary", a.summary());
        if (a.language() != null) {
            b.put("language", a.language());
        }
        if (a.code() != null) {
            b.put("codeSha256", a.code().sha256()).put("codeBytes", a.code().bytes());
        }
        if (a.path() != null) {
            b.put("path", a.path());
        }
        return b.done();
    }

    private static Builder type(String type) {
        return new Builder(type, new LinkedHashMap<>());
    }

    /** Keeps each case of the switch above one readable expression. */
    private record Builder(String type, SequencedMap<String, Object> fields) {
        Builder put(String key, Object value) {
            fields.put(key, value);
            return this;
        }

        Builder action(String sessionRef, long actionSeq) {
            return put("sessionRef", sessionRef).put("actionSeq", actionSeq);
        }

        Builder output(OutputSizes o) {
            return put("stdoutBytes", o.stdoutBytes()).put("stderrBytes", o.stderrBytes())
                    .put("stdoutTruncated", o.stdoutTruncated()).put("stderrTruncated", o.stderrTruncated());
        }

        EventFields done() {
            return new EventFields(type, Collections.unmodifiableSequencedMap(fields));
        }
    }
}
