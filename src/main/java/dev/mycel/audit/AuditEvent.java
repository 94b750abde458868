package dev.mycel.audit;

import java.util.List;
import java.util.Objects;

/**
 * A fact the runtime records in the audit log, named in the past tense.
 *
 * <p>The set covers one action's whole life: {@link ActionProposed} (what the AI asked for),
 * {@link ActionDecided} (the policy's answer), {@link ActionApproved} or {@link ActionDeclined}
 * (the user's answer to a confirmation), and one outcome ({@link ExecCompleted},
 * {@link ExecTimedOut}, {@link ActionCompleted} or {@link ActionFailed}); plus the runtime's
 * and sessions' lifecycle and failed authentications.
 *
 * <p>Later events name their action by {@code actionSeq}: the sequence number that
 * {@link AuditLog#append} returned for its {@code ActionProposed}. So the log needs no action
 * ids of its own and never carries one that could be used to answer a confirmation.
 *
 * <p>{@code sessionRef} is a short non-secret label the caller chooses for a session (for
 * example {@code "s12"}); it is never the session id. Its shape (at most 32 characters of
 * {@code [A-Za-z0-9._:-]}) is too short to hold a UUID or a 64-hex token.
 */
public sealed interface AuditEvent {

    /** The runtime came up; {@code version} is Mycel's version string. */
    record RuntimeStarted(String version) implements AuditEvent {
        public RuntimeStarted {
            FieldShapes.text("version", version);
        }
    }

    /** The runtime stopped in an orderly way ({@code reason}: "signal", "mycel down", …). */
    record RuntimeStopped(String reason) implements AuditEvent {
        public RuntimeStopped {
            FieldShapes.text("reason", reason);
        }
    }

    /** A client authenticated and got a session, labelled {@code sessionRef} from here on. */
    record SessionOpened(String sessionRef, int peerUid) implements AuditEvent {
        public SessionOpened {
            FieldShapes.sessionRef(sessionRef);
        }
    }

    /** A session ended ({@code reason}: "expired", "disconnected", …). */
    record SessionClosed(String sessionRef, String reason) implements AuditEvent {
        public SessionClosed {
            FieldShapes.sessionRef(sessionRef);
            FieldShapes.text("reason", reason);
        }
    }

    /** Authentication was refused; {@code reason} says why in words and never holds what was presented. */
    record AuthFailed(int peerUid, String reason) implements AuditEvent {
        public AuthFailed {
            FieldShapes.text("reason", reason);
        }
    }

    /** The AI (or a command) proposed an action; logged before it is judged. */
    record ActionProposed(String sessionRef, ActionFacts action) implements AuditEvent {
        public ActionProposed {
            FieldShapes.sessionRef(sessionRef);
            Objects.requireNonNull(action, "action");
        }
    }

    /**
     * The policy judged the action: {@code decision} is "allow", "confirm" or "deny" as
     * {@code check --json} spells it, {@code risk} likewise, {@code rules} the ids of the
     * findings that drove it.
     */
    record ActionDecided(String sessionRef, long actionSeq, String decision, String risk, String reason,
                         List<String> rules) implements AuditEvent {
        public ActionDecided {
            FieldShapes.sessionRef(sessionRef);
            FieldShapes.actionSeq(actionSeq);
            FieldShapes.word("decision", decision);
            FieldShapes.word("risk", risk);
            FieldShapes.text("reason", reason);
            rules = List.copyOf(rules);
            rules.forEach(r -> FieldShapes.ruleId(r));
        }
    }

    /**
     * The user approved a confirmation: {@code scope} "once" or "session"; {@code via} how the
     * answer came ("prompt", "yes-flag", "scoped-approval"), so a reader can tell a person's
     * yes from a standing one.
     */
    record ActionApproved(String sessionRef, long actionSeq, String scope, String via) implements AuditEvent {
        public ActionApproved {
            FieldShapes.sessionRef(sessionRef);
            FieldShapes.actionSeq(actionSeq);
            FieldShapes.word("scope", scope);
            FieldShapes.word("via", via);
        }
    }

    /** A confirmation ended in a denial: {@code why} "user", "timeout", "disconnect" or "no-terminal". */
    record ActionDeclined(String sessionRef, long actionSeq, String why) implements AuditEvent {
        public ActionDeclined {
            FieldShapes.sessionRef(sessionRef);
            FieldShapes.actionSeq(actionSeq);
            FieldShapes.word("why", why);
        }
    }

    /** Sandboxed code ran to its end. */
    record ExecCompleted(String sessionRef, long actionSeq, int exitCode, long durationMs, OutputSizes output)
            implements AuditEvent {
        public ExecCompleted {
            FieldShapes.sessionRef(sessionRef);
            FieldShapes.actionSeq(actionSeq);
            FieldShapes.notNegative("durationMs", durationMs);
            Objects.requireNonNull(output, "output");
        }
    }

    /** Sandboxed code was killed at its time limit; {@code output} is what it wrote until then. */
    record ExecTimedOut(String sessionRef, long actionSeq, long durationMs, OutputSizes output) implements AuditEvent {
        public ExecTimedOut {
            FieldShapes.sessionRef(sessionRef);
            FieldShapes.actionSeq(actionSeq);
            FieldShapes.notNegative("durationMs", durationMs);
            Objects.requireNonNull(output, "output");
        }
    }

    /** A non-code action (read, write, delete, list, surface) finished; {@code bytes} it read or wrote. */
    record ActionCompleted(String sessionRef, long actionSeq, long bytes) implements AuditEvent {
        public ActionCompleted {
            FieldShapes.sessionRef(sessionRef);
            FieldShapes.actionSeq(actionSeq);
            FieldShapes.notNegative("bytes", bytes);
        }
    }

    /** An allowed action could not be carried out (sandbox unavailable, I/O error). */
    record ActionFailed(String sessionRef, long actionSeq, String reason) implements AuditEvent {
        public ActionFailed {
            FieldShapes.sessionRef(sessionRef);
            FieldShapes.actionSeq(actionSeq);
            FieldShapes.text("reason", reason);
        }
    }

    /** How much a program wrote, and whether the caps cut it. */
    record OutputSizes(long stdoutBytes, long stderrBytes, boolean stdoutTruncated, boolean stderrTruncated) {
        public OutputSizes {
            FieldShapes.notNegative("stdoutBytes", stdoutBytes);
            FieldShapes.notNegative("stderrBytes", stderrBytes);
        }
    }
}
