package dev.mycel.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.ai.Message;
import dev.mycel.ai.ToolCall;
import dev.mycel.ai.Tools;
import dev.mycel.ipc.ErrorCode;
import dev.mycel.patterns.HostFact;
import dev.mycel.policy.Action;
import dev.mycel.policy.Context;
import dev.mycel.policy.FileOutcome;
import dev.mycel.policy.Language;
import dev.mycel.sandbox.ExecOutcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the model's tool calls into {@link Action}s and sends each down the one road every
 * action takes ({@link ActionPipeline}: judge, audit, confirm, run, audit). The model's
 * arguments are data: paths become paths, code is validated as code, nothing is spliced into
 * anything (invariant 3). What comes back to the model is capped and says when it was cut; a
 * refusal comes back as a refusal, marked as an error, so the model can explain it.
 */
final class AgentTools {
    /** What one call became: the message for the model and the entry for the chat's result. */
    record Done(Message.ToolResult result, ObjectNode entry, Optional<Conversation.Surface> surface) {
    }

    private final ActionPipeline actions;
    private final int resultBytes;
    private final HostFacts facts;
    private final WebFront web;
    private final Learning learning;

    /** What the collective wants to know of tool calls. */
    interface Learning {
        /** Which calls run a shared pattern, and whose. */
        Optional<ActionPipeline.Provenance> provenance(ToolCall call);

        /** The model's own program ran to success for {@code request}, as the user allowed or approved. */
        void succeeded(String request, Action.RunCode code, Map<String, String> env);

        /** A shared pattern ran; {@code success} is exit code 0. */
        void sharedRan(ToolCall call, boolean success);
    }

    AgentTools(ActionPipeline actions, int resultBytes, HostFacts facts, WebFront web, Learning learning) {
        this.actions = actions;
        this.resultBytes = resultBytes;
        this.facts = facts;
        this.web = web;
        this.learning = learning;
    }

    Done run(Call call, ToolCall tool, Context context, Duration codeTimeout, Conversation conversation) {
        Optional<Action> action;
        try {
            action = action(tool, context.workDir());
        } catch (BadArguments e) {
            return invalid(tool, e.getMessage());
        }
        if (action.isEmpty()) {
            return invalid(tool, "unknown tool '" + tool.name() + "'; the tools are "
                    + String.join(", ", Tools.all().stream().map(t -> t.name()).toList()));
        }
        Action a = action.get();
        if (a instanceof Action.ShowSurface) {
            Optional<String> refused = web.refusal(text(tool.arguments(), "html"));
            if (refused.isPresent()) {
                return invalid(tool, refused.get());
            }
        }
        ActionPipeline.Request request;
        try {
            request = a instanceof Action.RunCode ? codeRequest(a, tool.arguments(), codeTimeout)
                    : ActionPipeline.Request.of(a, codeTimeout);
        } catch (BadArguments e) {
            return invalid(tool, e.getMessage());
        }
        Optional<ActionPipeline.Provenance> shared = learning.provenance(tool);
        ActionPipeline.Request asked = shared.map(request::from).orElse(request);
        ActionPipeline.Outcome outcome = actions.perform(call, asked, context);
        if (shared.isPresent() && outcome instanceof ActionPipeline.Outcome.Ran ran) {
            learning.sharedRan(tool, ran.outcome() instanceof ExecOutcome.Completed c && c.exitCode() == 0);
        }
        if (a instanceof Action.RunCode code && shared.isEmpty() && !tool.id().startsWith("offline-")
                && outcome instanceof ActionPipeline.Outcome.Ran ran && ran.outcome() instanceof ExecOutcome.Completed c
                && c.exitCode() == 0) {
            lastRequest(conversation).ifPresent(words -> learning.succeeded(words, code, asked.env()));
        }
        Optional<Conversation.Surface> surface = outcome instanceof ActionPipeline.Outcome.Shown
                ? Optional.of(show(tool.arguments(), conversation))
                : Optional.empty();
        return done(tool, a, outcome, surface);
    }

    private Conversation.Surface show(JsonNode args, Conversation conversation) {
        String title = text(args, "title");
        String html = text(args, "html");
        return conversation.addSurface(web.publish(title, html, args.path("interactive").asBoolean(false)), title, html);
    }

    private static Optional<String> lastRequest(Conversation conversation) {
        List<Message> messages = conversation.messages();
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof Message.User u) {
                return Optional.of(u.text());
            }
        }
        return Optional.empty();
    }

    private static final class BadArguments extends Exception {
        BadArguments(String message) {
            super(message);
        }
    }

    private static Optional<Action> action(ToolCall tool, Path workDir) throws BadArguments {
        JsonNode args = tool.arguments();
        return Optional.ofNullable(switch (tool.name()) {
            case Tools.RUN_CODE -> new Action.RunCode(language(args), required(args, "code"), workDir);
            case Tools.READ_FILE -> new Action.ReadFile(path(args));
            case Tools.WRITE_FILE -> new Action.WriteFile(path(args), required(args, "content"),
                    args.path("append").asBoolean(false));
            case Tools.DELETE_FILE -> new Action.DeleteFile(path(args));
            case Tools.LIST_DIRECTORY -> new Action.ListDirectory(path(args));
            case Tools.SHOW_SURFACE -> new Action.ShowSurface(required(args, "title"),
                    required(args, "html").getBytes(StandardCharsets.UTF_8).length);
            default -> null;
        });
    }

    /** What a program may use besides its code: argv, environment, the files it reads and writes, host facts. */
    private ActionPipeline.Request codeRequest(Action code, JsonNode args, Duration timeout) throws BadArguments {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode given = args.path("env");
        if (!given.isMissingNode() && !given.isObject()) {
            throw new BadArguments("env must be an object of names to strings");
        }
        for (var e : given.properties()) {
            if (!e.getValue().isTextual()) {
                throw new BadArguments("env value for " + shortened(e.getKey(), 40) + " must be a string");
            }
            env.put(e.getKey(), e.getValue().asText());
        }
        for (String name : strings(args, "facts")) {
            HostFact fact = Arrays.stream(HostFact.values()).filter(f -> f.name().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> new BadArguments("facts are processes or listening, not '" + shortened(name, 40) + "'"));
            env.put(fact.envName(), facts.gather(fact));
        }
        try {
            return new ActionPipeline.Request(code, timeout, strings(args, "args"), env, paths(args, "reads"),
                    paths(args, "writes"), Optional.empty());
        } catch (IllegalArgumentException e) {
            throw new BadArguments(e.getMessage());
        }
    }

    private static List<String> strings(JsonNode args, String name) throws BadArguments {
        JsonNode v = args.path(name);
        if (v.isMissingNode() || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new BadArguments(name + " must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                throw new BadArguments(name + " must be an array of strings");
            }
            out.add(item.asText());
        }
        return out;
    }

    private static List<Path> paths(JsonNode args, String name) throws BadArguments {
        List<Path> out = new ArrayList<>();
        for (String p : strings(args, name)) {
            out.add(path(p));
        }
        return out;
    }

    private static Language language(JsonNode args) throws BadArguments {
        String name = required(args, "language");
        return Language.fromWire(name).orElseThrow(() -> new BadArguments(
                "language must be bash, python or javascript, not '" + shortened(name, 40) + "'"));
    }

    private static Path path(JsonNode args) throws BadArguments {
        return path(required(args, "path"));
    }

    private static Path path(String p) throws BadArguments {
        if (p.isBlank()) {
            throw new BadArguments("path must not be empty");
        }
        try {
            return Path.of(p);
        } catch (InvalidPathException e) {
            throw new BadArguments("path is not a valid path: " + e.getReason());
        }
    }

    private static String required(JsonNode args, String name) throws BadArguments {
        JsonNode v = args.get(name);
        if (v == null || !v.isTextual()) {
            throw new BadArguments(name + " is required and must be a string");
        }
        return v.asText();
    }

    private static String text(JsonNode args, String name) {
        return args.path(name).asText("");
    }

    private Done invalid(ToolCall tool, String why) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("tool", tool.name()).put("summary", "call " + shortened(tool.name(), 40))
                .put("decision", "deny").put("outcome", "invalid").put("reason", why);
        return new Done(new Message.ToolResult(tool.id(), tool.name(), "not run: " + why, true), entry, Optional.empty());
    }

    private Done done(ToolCall tool, Action action, ActionPipeline.Outcome outcome,
                      Optional<Conversation.Surface> surface) {
        String surfaceId = surface.map(Conversation.Surface::id).orElse("");
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("tool", tool.name()).put("summary", action.describe());
        String content;
        boolean error;
        switch (outcome) {
            case ActionPipeline.Outcome.Ran ran -> {
                ruling(entry, ran.ruling());
                content = ranText(ran.outcome());
                error = false;
                entry.put("outcome", "ran");
                if (ran.outcome() instanceof ExecOutcome.Completed c) {
                    entry.put("exitCode", c.exitCode());
                } else {
                    entry.put("exitCode", 124);
                }
            }
            case ActionPipeline.Outcome.FileDone f -> {
                ruling(entry, f.ruling());
                error = f.outcome() instanceof FileOutcome.Refused;
                content = fileText(f.outcome());
                entry.put("outcome", error ? "failed" : "done");
                if (f.outcome() instanceof FileOutcome.Refused r) {
                    entry.put("reason", r.reason());
                }
            }
            case ActionPipeline.Outcome.Shown s -> {
                ruling(entry, s.ruling());
                entry.put("outcome", "done").put("surface", surfaceId);
                content = "The page is shown to the user as surface " + surfaceId + ".";
                error = false;
            }
            case ActionPipeline.Outcome.Refused no -> {
                ruling(entry, no.ruling());
                entry.put("reason", no.reason());
                entry.put("outcome", no.code() == ErrorCode.CONFIRMATION_DECLINED ? "declined"
                        : no.code() == ErrorCode.DENIED_BY_POLICY ? "refused" : "failed");
                content = refusalText(no);
                error = true;
            }
        }
        return new Done(new Message.ToolResult(tool.id(), tool.name(), capped(content), error), entry, surface);
    }

    private static void ruling(ObjectNode entry, dev.mycel.policy.Ruling r) {
        entry.put("decision", r.decision().wireName()).put("risk", r.risk().wireName()).put("reason", r.reason());
    }

    private static String refusalText(ActionPipeline.Outcome.Refused no) {
        return switch (no.code()) {
            case DENIED_BY_POLICY -> "Refused by Mycel's policy (risk " + no.ruling().risk().wireName() + "): " + no.reason()
                    + ". Nothing was done. Do not try to get around this; tell the user what was refused and why.";
            case CONFIRMATION_DECLINED -> "The user did not approve this (" + no.reason() + "). Nothing was done.";
            default -> "Nothing was done: " + no.reason();
        };
    }

    private static String ranText(ExecOutcome outcome) {
        return switch (outcome) {
            case ExecOutcome.Completed c -> "exit code " + c.exitCode() + streams(c.stdout(), c.stderr(), c.truncated());
            case ExecOutcome.TimedOut t -> "timed out after " + t.durationMs() + " ms and was killed"
                    + streams(t.stdout(), t.stderr(), t.truncated());
            case ExecOutcome.Unavailable u -> "nothing ran: " + u.reason();
        };
    }

    private static String streams(String stdout, String stderr, boolean truncated) {
        return "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr
                + (truncated ? "\n[output truncated by the sandbox's output limit]" : "");
    }

    private static String fileText(FileOutcome outcome) {
        return switch (outcome) {
            case FileOutcome.Read r -> r.text() + (r.truncated() ? "\n[file truncated: " + r.sizeBytes() + " bytes in all]" : "");
            case FileOutcome.Written w -> (w.appended() ? "appended " : "wrote ") + w.bytes() + " bytes to " + w.path();
            case FileOutcome.Deleted d -> "deleted " + d.path();
            case FileOutcome.Listed l -> listing(l);
            case FileOutcome.Refused r -> "Nothing was done: " + r.reason();
        };
    }

    private static String listing(FileOutcome.Listed l) {
        StringBuilder out = new StringBuilder();
        for (FileOutcome.Entry e : l.entries()) {
            out.append(switch (e.type()) {
                case DIRECTORY -> e.name() + "/";
                case SYMLINK -> e.name() + " (symbolic link)";
                case FILE -> e.name() + " (" + e.sizeBytes() + " bytes)";
                case OTHER -> e.name() + " (special file)";
            }).append('\n');
        }
        if (l.truncated()) {
            out.append("[listing truncated]\n");
        }
        return out.isEmpty() ? "(empty directory)" : out.toString();
    }

    /** At most {@code resultBytes} of UTF-8, cut at a character, with the cut said in words. */
    String capped(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= resultBytes) {
            return content;
        }
        String head = new String(bytes, 0, resultBytes, StandardCharsets.UTF_8);
        if (head.endsWith("\uFFFD")) {
            head = head.substring(0, head.length() - 1);
        }
        return head + "\n[truncated by Mycel: " + bytes.length + " bytes in all, the first " + resultBytes + " shown]";
    }

    private static String shortened(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
