package dev.mycel.runtime;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.audit.AuditEvent;
import dev.mycel.ipc.ErrorCode;
import dev.mycel.ipc.Session;
import dev.mycel.policy.Action;
import dev.mycel.policy.ActionShape;
import dev.mycel.policy.CodeValidator;
import dev.mycel.policy.Context;
import dev.mycel.policy.FileActions;
import dev.mycel.policy.FileOutcome;
import dev.mycel.policy.Finding;
import dev.mycel.policy.PathResolver;
import dev.mycel.policy.PolicyEvaluator;
import dev.mycel.policy.Risk;
import dev.mycel.policy.Ruling;
import dev.mycel.sandbox.ExecOutcome;
import dev.mycel.sandbox.SandboxChoice;
import dev.mycel.sandbox.SandboxCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one road every proposed action takes, whoever proposed it (a user's {@code exec}, a
 * model's tool call, a pattern): validate code → judge → record the decision → [confirm] → run → record the
 * outcome. Nothing runs without a ruling, and the ruling is in the audit log before it runs
 * (invariant 1); an audit log that cannot be written means nothing runs.
 */
final class ActionPipeline {
    private final CodeValidator validator;
    private final PolicyEvaluator evaluator;
    private final Confirmations confirmations;
    private final ScopedApprovals approvals;
    private final Audit audit;
    private final SandboxChoice sandbox;
    private final FileActions files;

    /**
     * What was asked: the action, and what code may use. {@code readable} and {@code writable} are
     * the user's files the code may see or create/overwrite, as requested ({@code ~} and relative
     * paths allowed); each is judged as a read or a write before the sandbox shows it to the code.
     */
    record Request(Action action, Duration timeout, List<String> args, Map<String, String> env, List<Path> readable,
                   List<Path> writable, Optional<Provenance> provenance) {
        Request {
            args = List.copyOf(args);
            env = Map.copyOf(env);
            readable = List.copyOf(readable);
            writable = List.copyOf(writable);
            SandboxCommand.requireAllowed(args, env);
        }

        static Request of(Action action, Duration timeout) {
            return new Request(action, timeout, List.of(), Map.of(), List.of(), List.of(), Optional.empty());
        }

        Request from(Provenance p) {
            return new Request(action, timeout, args, env, readable, writable, Optional.of(p));
        }
    }

    /**
     * Where code came from when it is not the model's own: a shared pattern, signed by someone.
     * {@code signer} is shown in every prompt about it; with {@code mustAsk} (an author below the
     * reputation threshold or unknown) the code never runs unasked, whatever the policy says.
     * Such an answer is never remembered for the session: the next pattern may have another author.
     */
    record Provenance(String signer, boolean mustAsk) {
    }

    /** What became of it. {@code ruling} is what the policy said, reported back to the caller. */
    sealed interface Outcome {
        record Ran(Ruling ruling, ExecOutcome outcome) implements Outcome {
        }

        record FileDone(Ruling ruling, FileOutcome outcome) implements Outcome {
        }

        record Shown(Ruling ruling) implements Outcome {
        }

        record Refused(Ruling ruling, ErrorCode code, String reason) implements Outcome {
        }
    }

    ActionPipeline(CodeValidator validator, PolicyEvaluator evaluator, Confirmations confirmations, ScopedApprovals approvals, Audit audit,
                   SandboxChoice sandbox, FileActions files) {
        this.validator = validator;
        this.evaluator = evaluator;
        this.confirmations = confirmations;
        this.approvals = approvals;
        this.audit = audit;
        this.sandbox = sandbox;
        this.files = files;
    }

    Outcome perform(Call call, Request request, Context context) {
        Ruling ruling = judge(request, context);
        long seq;
        try {
            seq = audit.proposed(call.session(), request.action());
            audit.decided(call.session(), seq, ruling);
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome.Refused(ruling, ErrorCode.INTERNAL_ERROR,
                    "the audit log could not be written, so nothing ran: " + e.getMessage());
        }
        return switch (ruling) {
            case Ruling.Deny deny -> new Outcome.Refused(deny, ErrorCode.DENIED_BY_POLICY, deny.reason());
            case Ruling.Confirm confirm -> confirmThenRun(call, request, context, confirm, seq);
            case Ruling.Allow allow -> run(call, request, context, allow, seq);
        };
    }

    private Ruling judge(Request request, Context context) {
        // code is validated here, on the one road, so no caller can hand the policy code nobody checked
        Ruling ruling = request.action() instanceof Action.RunCode code
                ? evaluator.evaluate(code, context, validator.check(code.language(), code.code()))
                : evaluator.evaluate(request.action(), context);
        for (Path p : request.readable()) {
            Path at = absolute(p, context);
            Action read = Files.isDirectory(at) ? new Action.ListDirectory(at) : new Action.ReadFile(at);
            ruling = Rulings.stricter(ruling, evaluator.evaluate(read, context));
        }
        for (Path p : request.writable()) {
            Path at = absolute(p, context);
            ruling = Rulings.stricter(ruling, evaluator.evaluate(new Action.WriteFile(at, "", false), context));
            // a program's output file is always the user's call: the policy may forbid it, never wave it through
            ruling = Rulings.stricter(ruling, new Ruling.Confirm(Risk.MEDIUM, "the program writes " + at,
                    List.of(), Optional.of(at)));
        }
        Ruling judged = ruling;
        return request.provenance().map(p -> signed(judged, p)).orElse(judged);
    }

    /** A shared pattern's prompt always names its signer; an author below the threshold always asks. */
    private static Ruling signed(Ruling ruling, Provenance p) {
        String who = "a shared pattern signed by " + p.signer();
        return switch (ruling) {
            case Ruling.Deny deny -> deny;
            case Ruling.Confirm c -> new Ruling.Confirm(c.risk(), c.reason() + "; " + who, c.findings(), c.target());
            case Ruling.Allow a when p.mustAsk() -> new Ruling.Confirm(a.risk().max(Risk.MEDIUM), who, a.findings(), a.target());
            case Ruling.Allow a -> a;
        };
    }

    private Outcome confirmThenRun(Call call, Request request, Context context, Ruling.Confirm confirm, long seq) {
        Session session = call.session();
        ActionShape shape = ActionShape.of(request.action(), context.workDir());
        try {
            boolean scopable = request.provenance().isEmpty();
            if (scopable && approvals.covers(session, shape, confirm.risk())) {
                audit.append(new AuditEvent.ActionApproved(session.label(), seq, "session", "scoped-approval"));
                return run(call, request, context, confirm, seq);
            }
            ObjectNode details = pendingDetails(request.action(), confirm);
            if (!scopable) {
                details.put("scopable", false);
            }
            Confirmations.Answer answer = confirmations.ask(call, details);
            switch (answer) {
                case Confirmations.Answer.Approved ok -> {
                    audit.append(new AuditEvent.ActionApproved(session.label(), seq, ok.forSession() ? "session" : "once", "prompt"));
                    if (ok.forSession() && scopable && confirm.risk() != Risk.CRITICAL) {
                        approvals.add(session, shape, confirm.risk(), request.action().describe());
                    }
                    return run(call, request, context, confirm, seq);
                }
                case Confirmations.Answer.Declined no -> {
                    audit.append(new AuditEvent.ActionDeclined(session.label(), seq, no.reason()));
                    return new Outcome.Refused(confirm, ErrorCode.CONFIRMATION_DECLINED, "not approved: " + no.why());
                }
            }
        } catch (IOException e) {
            return new Outcome.Refused(confirm, ErrorCode.INTERNAL_ERROR, "the audit log could not be written, so nothing ran");
        }
    }

    private Outcome run(Call call, Request request, Context context, Ruling ruling, long seq) {
        return switch (request.action()) {
            case Action.RunCode code -> runCode(call.session(), request, code, context, ruling, seq);
            case Action.FileAction file -> fileAction(call.session(), file, context, ruling, seq);
            case Action.ShowSurface surface -> {
                audit.completed(call.session(), seq, surface.htmlBytes());
                yield new Outcome.Shown(ruling);
            }
        };
    }

    private Outcome runCode(Session session, Request request, Action.RunCode code, Context context, Ruling ruling, long seq) {
        return switch (sandbox) {
            case SandboxChoice.Unusable none -> {
                audit.failed(session, seq, "no sandbox: " + none.reason());
                ExecOutcome.Unavailable u = none.asOutcome();
                yield new Outcome.Refused(ruling, ErrorCode.SANDBOX_UNAVAILABLE,
                        "nothing ran: " + u.reason() + "; " + u.installHint());
            }
            case SandboxChoice.Usable usable -> {
                List<Path> reads = absolute(request.readable(), context);
                List<Path> writes = absolute(request.writable(), context);
                Optional<Path> missing = reads.stream().filter(p -> !Files.exists(p)).findFirst();
                if (missing.isPresent()) {
                    audit.failed(session, seq, "input missing");
                    yield new Outcome.Refused(ruling, ErrorCode.INVALID_PARAMS, "nothing ran: " + missing.get() + " does not exist");
                }
                List<Path> created;
                try {
                    created = OutputFiles.createMissing(writes);
                } catch (IOException e) {
                    audit.failed(session, seq, "output file not created: " + e.getClass().getSimpleName());
                    yield new Outcome.Refused(ruling, ErrorCode.INTERNAL_ERROR, "nothing ran: " + e.getMessage());
                }
                ExecOutcome outcome = usable.sandbox().run(new SandboxCommand(code.language(), code.code(), request.args(),
                        request.env(), code.workDir(), reads, writes, request.timeout()));
                if (!(outcome instanceof ExecOutcome.Completed c && c.exitCode() == 0)) {
                    OutputFiles.removeIfEmpty(created);
                }
                audit.executed(session, seq, outcome);
                yield new Outcome.Ran(ruling, outcome);
            }
        };
    }

    private static List<Path> absolute(List<Path> requested, Context context) {
        return requested.stream().map(p -> absolute(p, context)).toList();
    }

    private static Path absolute(Path requested, Context context) {
        return PathResolver.absolute(requested, context).normalize();
    }

    private Outcome fileAction(Session session, Action.FileAction file, Context context, Ruling ruling, long seq) {
        try {
            FileOutcome outcome = files.perform(file, context, ruling);
            audit.fileDone(session, seq, outcome);
            return new Outcome.FileDone(ruling, outcome);
        } catch (IOException e) {
            audit.failed(session, seq, "file action failed: " + e.getClass().getSimpleName());
            return new Outcome.FileDone(ruling, new FileOutcome.Refused("could not " + file.describe() + ": " + e.getMessage()));
        }
    }

    /** What the user is shown before answering: what will happen, how risky, why it asks, and the code. */
    static ObjectNode pendingDetails(Action action, Ruling ruling) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("summary", action.describe());
        out.set("action", ActionJson.of(action));
        out.put("risk", ruling.risk().wireName());
        out.put("reason", ruling.reason());
        out.set("findings", findings(ruling.findings()));
        out.put("scopable", ruling.risk() != Risk.CRITICAL);
        return out;
    }

    static ArrayNode findings(List<Finding> findings) {
        ArrayNode arr = JsonNodeFactory.instance.arrayNode();
        for (Finding f : findings) {
            arr.addObject().put("rule", f.rule()).put("message", f.message()).put("line", f.line())
                    .put("decision", f.decision().wireName()).put("risk", f.risk().wireName());
        }
        return arr;
    }
}
