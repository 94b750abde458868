package dev.mycel.runtime;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.ai.Message;
import dev.mycel.ai.ProviderReply;
import dev.mycel.ai.ProviderRequest;
import dev.mycel.ai.ProviderRouter;
import dev.mycel.ai.ToolCall;
import dev.mycel.ai.Tools;
import dev.mycel.config.AgentSettings;
import dev.mycel.config.AiSettings.Mode;
import dev.mycel.ipc.ErrorCode;
import dev.mycel.ipc.RpcError;
import dev.mycel.policy.Context;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * One chat turn: the model answers or asks for tools; each tool call goes through
 * {@link AgentTools} (policy, confirmation, sandbox, audit) and its result goes back to the
 * model, until the model answers without tools. Bounded by the number of tool steps and by
 * the turn's deadline; past either, the model is not asked again and the user is told why.
 */
final class ChatTurn {
    private static final int MAX_TOKENS = 4096;
    private static final Duration MIN_CODE_TIME = Duration.ofSeconds(1);

    private final ProviderRouter router;
    private final AgentTools tools;
    private final AgentSettings limits;
    private final Duration codeTimeout;
    private final InstantSource clock;

    ChatTurn(ProviderRouter router, AgentTools tools, AgentSettings limits, Duration codeTimeout, InstantSource clock) {
        this.router = router;
        this.tools = tools;
        this.limits = limits;
        this.codeTimeout = codeTimeout;
        this.clock = clock;
    }

    /** What the turn produced so far; becomes the {@code chat} result. */
    private static final class Progress {
        final StringBuilder reply = new StringBuilder();
        final ArrayNode actions = JsonNodeFactory.instance.arrayNode();
        final ArrayNode surfaces = JsonNodeFactory.instance.arrayNode();
        String provider = "none";
    }

    Reply run(Call call, Conversation conversation, Mode mode, Context context, String message) {
        Instant deadline = clock.instant().plus(limits.turnTimeout());
        conversation.add(new Message.User(message));
        conversation.trim(limits.historyMessages());
        Progress progress = new Progress();
        for (int step = 0; ; step++) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                return finish(call, progress, "Stopped: this turn reached its time limit of "
                        + limits.turnTimeout().toSeconds() + " s ([agent] turn_timeout_seconds).");
            }
            separate(call, progress);
            ProviderRouter.Routed routed = askModel(call, conversation, mode, context, progress, left);
            progress.provider = routed.provider();
            switch (routed.reply()) {
                case ProviderReply.Offline offline -> {
                    say(call, progress, offline.guidance());
                    return finish(call, progress, null);
                }
                case ProviderReply.Failure f when f.kind() == ProviderReply.FailureKind.CANCELLED
                        && !clock.instant().isBefore(deadline) -> {
                    return finish(call, progress, "Stopped: the model did not finish within the turn's "
                            + "time limit of " + limits.turnTimeout().toSeconds() + " s ([agent] turn_timeout_seconds).");
                }
                case ProviderReply.Failure f -> {
                    return unavailable(progress, f.reason());
                }
                case ProviderReply.Answer answer -> {
                    conversation.add(new Message.Assistant(answer.text(), answer.toolCalls()));
                    if (answer.toolCalls().isEmpty()) {
                        return finish(call, progress, null);
                    }
                    if (step >= limits.maxToolSteps()) {
                        answer.toolCalls().forEach(t -> conversation.add(new Message.ToolResult(t.id(), t.name(),
                                "not run: the limit of " + limits.maxToolSteps() + " tool steps per turn was reached", true)));
                        return finish(call, progress, "Stopped: the model asked for more than "
                                + limits.maxToolSteps() + " tool steps in one turn ([agent] max_tool_steps).");
                    }
                    for (ToolCall t : answer.toolCalls()) {
                        runTool(call, conversation, context, deadline, progress, t);
                    }
                }
            }
        }
    }

    private void runTool(Call call, Conversation conversation, Context context, Instant deadline, Progress progress,
                         ToolCall t) {
        Duration left = Duration.between(clock.instant(), deadline);
        Duration timeout = left.compareTo(codeTimeout) < 0 ? left : codeTimeout;
        if (timeout.compareTo(MIN_CODE_TIME) < 0) {
            conversation.add(new Message.ToolResult(t.id(), t.name(), "not run: the turn's time limit was reached", true));
            return;
        }
        AgentTools.Done done = tools.run(call, t, context, timeout, conversation);
        conversation.add(done.result());
        progress.actions.add(done.entry());
        done.surface().ifPresent(s -> progress.surfaces.addObject().put("id", s.id()).put("title", s.title())
                .put("bytes", s.html().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .put("url", s.link().toString()));
    }

    /** The model's words of each step stream to the client as they arrive; a blank line between steps. */
    private ProviderRouter.Routed askModel(Call call, Conversation conversation, Mode mode, Context context,
                                           Progress progress, Duration left) {
        ProviderRequest request = ProviderRequest.of(systemPrompt(context), conversation.messages(), Tools.all(), MAX_TOKENS);
        return Deadline.interrupting(left, () -> router.turn(mode, request, conversation.pseudonyms(),
                context.workDir(), text -> say(call, progress, text)));
    }

    private static void separate(Call call, Progress progress) {
        if (!progress.reply.isEmpty() && !progress.reply.toString().endsWith("\n\n")) {
            say(call, progress, progress.reply.toString().endsWith("\n") ? "\n" : "\n\n");
        }
    }

    private static void say(Call call, Progress progress, String text) {
        if (text.isEmpty()) {
            return;
        }
        progress.reply.append(text);
        call.notifier().notify("chat.delta", JsonNodeFactory.instance.objectNode().put("text", text));
    }

    private static Reply finish(Call call, Progress progress, String note) {
        if (note != null) {
            separate(call, progress);
            say(call, progress, note);
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("reply", progress.reply.toString().strip());
        out.put("provider", progress.provider);
        out.set("actions", progress.actions);
        out.set("surfaces", progress.surfaces);
        return new Reply.Result(out);
    }

    /** -32030 with what already happened in this turn, so a client can show the actions that ran. */
    private static Reply unavailable(Progress progress, String reason) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("provider", progress.provider);
        data.set("actions", progress.actions);
        return new Reply.Failure(new RpcError(ErrorCode.PROVIDER_UNAVAILABLE, "AI provider unavailable: " + reason, data));
    }

    static String systemPrompt(Context context) {
        return """
                You are Mycel, the assistant of an AI-native operating system running on the user's own computer. \
                Do what the user asks, briefly and plainly.
                You act through tools. run_code runs a bash, python or javascript program in a sandbox: no network, \
                a private home and /tmp, the working directory readable but not writable. read_file, write_file, \
                delete_file and list_directory work on the user's files. show_surface shows the user an HTML page.
                Every tool call is checked by Mycel's policy first: it is allowed, refused, or shown to the user \
                for approval. When a call is refused or not approved, do not try to get around it: say what was \
                refused and why, and offer another way if there is a safe one.
                The working directory is %s. The home directory is %s (~).""".formatted(context.workDir(), context.home());
    }

    /** Runs a call with an alarm that interrupts it at the deadline; the provider turns that into CANCELLED. */
    static final class Deadline {
        private Deadline() {
        }

        static <T> T interrupting(Duration left, Supplier<T> body) {
            Thread caller = Thread.currentThread();
            // set and read under its own lock, so the alarm cannot interrupt the caller once it has left the call
            AtomicBoolean inCall = new AtomicBoolean(true);
            Thread alarm = Thread.ofVirtual().name("mycel-turn-deadline").start(() -> {
                try {
                    Thread.sleep(left);
                } catch (InterruptedException cancelled) {
                    return;
                }
                synchronized (inCall) {
                    if (inCall.get()) {
                        caller.interrupt();
                    }
                }
            });
            try {
                return body.get();
            } finally {
                synchronized (inCall) {
                    inCall.set(false);
                }
                alarm.interrupt();
                Thread.interrupted(); // an alarm that fired as the call returned must not hit the next wait
            }
        }
    }
}
