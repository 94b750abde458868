package dev.mycel.runtime;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.config.Places;
import dev.mycel.config.SandboxSettings;
import dev.mycel.ipc.ErrorCode;
import dev.mycel.ipc.RpcError;
import dev.mycel.policy.Action;
import dev.mycel.policy.CodeValidator;
import dev.mycel.policy.Context;
import dev.mycel.policy.Language;
import dev.mycel.policy.Verdict;
import dev.mycel.sandbox.ExecOutcome;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** {@code exec} and {@code check}: code from the caller, validated, judged, and run only in the sandbox. */
final class ExecMethods {
    record ExecParams(String language, String code, @Params.Omittable Integer timeoutSeconds, @Params.Omittable String cwd) {
    }

    record CheckParams(String language, String code) {
    }

    private final CodeValidator validator;
    private final ActionPipeline actions;
    private final SandboxSettings sandbox;
    private final Places places;

    ExecMethods(CodeValidator validator, ActionPipeline actions, SandboxSettings sandbox, Places places) {
        this.validator = validator;
        this.actions = actions;
        this.sandbox = sandbox;
        this.places = places;
    }

    Reply check(Call call) {
        return switch (Params.bind(call.params(), CheckParams.class)) {
            case Params.Bound.Bad<CheckParams> bad -> new Reply.Failure(bad.error());
            case Params.Bound.Ok<CheckParams> ok -> {
                Optional<Language> lang = language(ok.value().language());
                if (lang.isEmpty() || ok.value().code() == null) {
                    yield badLanguageOrCode();
                }
                yield new Reply.Result(verdictJson(validator.check(lang.get(), ok.value().code())));
            }
        };
    }

    Reply exec(Call call) {
        return switch (Params.bind(call.params(), ExecParams.class)) {
            case Params.Bound.Bad<ExecParams> bad -> new Reply.Failure(bad.error());
            case Params.Bound.Ok<ExecParams> ok -> exec(call, ok.value());
        };
    }

    private Reply exec(Call call, ExecParams p) {
        Optional<Language> lang = language(p.language());
        if (lang.isEmpty() || p.code() == null) {
            return badLanguageOrCode();
        }
        Optional<Path> workDir = workDir(p.cwd(), places.home());
        if (workDir.isEmpty()) {
            return badWorkDir();
        }
        Path cwd = workDir.get();
        Duration timeout = sandbox.timeout();
        if (p.timeoutSeconds() != null) {
            if (p.timeoutSeconds() < 1) {
                return Reply.failure(ErrorCode.INVALID_PARAMS, "timeoutSeconds must be at least 1");
            }
            timeout = Duration.ofSeconds(Math.min(p.timeoutSeconds(), sandbox.timeout().toSeconds()));
        }
        Action.RunCode action = new Action.RunCode(lang.get(), p.code(), cwd);
        Context context = new Context(cwd, places.home(), call.session().label());
        return switch (actions.perform(call, ActionPipeline.Request.of(action, timeout), context)) {
            case ActionPipeline.Outcome.Ran ran -> new Reply.Result(execJson(ran));
            case ActionPipeline.Outcome.Refused no -> new Reply.Failure(refusal(no));
            case ActionPipeline.Outcome.FileDone f -> throw new IllegalStateException("exec ran a file action");
            case ActionPipeline.Outcome.Shown s -> throw new IllegalStateException("exec showed a surface");
        };
    }

    static RpcError refusal(ActionPipeline.Outcome.Refused no) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("reason", no.reason());
        data.put("decision", no.ruling().decision().wireName());
        data.put("risk", no.ruling().risk().wireName());
        data.set("findings", ActionPipeline.findings(no.ruling().findings()));
        return new RpcError(no.code(), no.reason(), data);
    }

    private static ObjectNode execJson(ActionPipeline.Outcome.Ran ran) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("decision", ran.ruling().decision().wireName());
        switch (ran.outcome()) {
            case ExecOutcome.Completed c -> out.put("exitCode", c.exitCode()).put("stdout", c.stdout())
                    .put("stderr", c.stderr()).put("timedOut", false).put("truncated", c.truncated())
                    .put("durationMs", c.durationMs());
            case ExecOutcome.TimedOut t -> out.put("exitCode", 124).put("stdout", t.stdout()).put("stderr", t.stderr())
                    .put("timedOut", true).put("truncated", t.truncated()).put("durationMs", t.durationMs());
            case ExecOutcome.Unavailable u -> throw new IllegalStateException("an unavailable sandbox reported a run");
        }
        return out;
    }

    static ObjectNode verdictJson(Verdict v) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("decision", v.decision().wireName());
        out.put("risk", v.risk().wireName());
        out.set("findings", ActionPipeline.findings(v.findings()));
        return out;
    }

    /** The directory a request names as {@code cwd} (default: the home directory), if it is absolute and exists. */
    static Optional<Path> workDir(String cwd, Path home) {
        if (cwd == null) {
            return Optional.of(home);
        }
        try {
            Path p = Path.of(cwd);
            return p.isAbsolute() && Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    static Reply badWorkDir() {
        return Reply.failure(ErrorCode.INVALID_PARAMS, "cwd must be an absolute path to an existing directory");
    }

    private static Optional<Language> language(String name) {
        return Language.fromWire(name);
    }

    private static Reply badLanguageOrCode() {
        return Reply.failure(ErrorCode.INVALID_PARAMS, "language must be bash, python or javascript, and code is required");
    }
}
