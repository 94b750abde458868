package dev.mycel.ai.offline;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.ai.Message;
import dev.mycel.ai.PatternAnswers;
import dev.mycel.ai.ProviderReply;
import dev.mycel.ai.StopReason;
import dev.mycel.ai.ToolCall;
import dev.mycel.ai.Tools;
import dev.mycel.patterns.Binding;
import dev.mycel.patterns.HostFact;
import dev.mycel.patterns.Pattern;
import dev.mycel.patterns.SlotException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Mycel's own model: it maps what the person said to a vetted pattern, fills the pattern's slots
 * from the request, and proposes the pattern's code as an ordinary {@code run_code} tool call,
 * which the runtime then judges, confirms and sandboxes like any other AI code. Below its
 * confidence threshold it does not guess. When the call's result comes back it presents the
 * output the way the pattern says. It keeps no state: everything is in the conversation.
 */
public final class OfflineEngine implements PatternAnswers {
    /** Tool calls it makes are named by this prefix and the pattern id, so it knows its own results. */
    static final String CALL_PREFIX = "offline-";

    private volatile PatternMatcher matcher;
    private final double minConfidence;
    private final Path home;
    private final AtomicLong calls = new AtomicLong();

    public OfflineEngine(PatternMatcher matcher, double minConfidence, Path home) {
        this.matcher = matcher;
        this.minConfidence = minConfidence;
        this.home = home;
    }

    /** Matches against {@code next} from now on: the built-ins plus the shared patterns after an import. */
    public void use(PatternMatcher next) {
        this.matcher = next;
    }

    /** What the engine makes of the conversation so far. */
    public sealed interface Turn {
        /** A pattern matched and its call is proposed. */
        record Propose(ProviderReply.Answer answer, PatternMatcher.Match match) implements Turn {
        }

        /** Its own call came back; the answer presents the output. */
        record Present(ProviderReply.Answer answer) implements Turn {
        }

        /** Not confident, or a slot could not be filled: the answer says so. */
        record Cannot(ProviderReply.Answer answer, List<PatternMatcher.Match> closest) implements Turn {
        }
    }

    @Override
    public int patternCount() {
        return matcher.patterns().size();
    }

    @Override
    public boolean ready() {
        return matcher.ready();
    }

    @Override
    public boolean owns(List<Message> messages) {
        return !messages.isEmpty() && messages.getLast() instanceof Message.ToolResult r
                && r.toolCallId().startsWith(CALL_PREFIX);
    }

    @Override
    public boolean confident(String request) {
        List<PatternMatcher.Match> best = matcher.closest(request, 1);
        return !best.isEmpty() && best.getFirst().score() >= minConfidence;
    }

    @Override
    public ProviderReply.Answer answer(List<Message> messages, Path workDir, String noModel) {
        return switch (turn(messages, workDir, noModel)) {
            case Turn.Propose p -> p.answer();
            case Turn.Present p -> p.answer();
            case Turn.Cannot c -> c.answer();
        };
    }

    /**
     * Answers the conversation: presents its own tool result, or matches the last user message.
     * {@code noModel} is appended when it cannot help, saying how to configure a model.
     */
    public Turn turn(List<Message> messages, Path workDir, String noModel) {
        if (owns(messages)) {
            return new Turn.Present(text(present(messages)));
        }
        String request = lastUserText(messages);
        List<PatternMatcher.Match> closest = matcher.closest(request, 3);
        if (closest.isEmpty() || closest.getFirst().score() < minConfidence) {
            return new Turn.Cannot(text(Replies.cannot(closest, noModel)), closest);
        }
        PatternMatcher.Match match = closest.getFirst();
        Pattern p = match.pattern();
        Binding bound;
        try {
            bound = Binding.bind(p, match.slots(), workDir, home);
        } catch (SlotException e) {
            return new Turn.Cannot(text(Replies.needs(p, e.getMessage())), closest);
        }
        ToolCall call = new ToolCall(CALL_PREFIX + p.id() + "-" + calls.incrementAndGet(), Tools.RUN_CODE, arguments(p, bound));
        return new Turn.Propose(new ProviderReply.Answer(Replies.proposing(p, match.slots()), List.of(call),
                StopReason.TOOL_USE), match);
    }

    private static ObjectNode arguments(Pattern p, Binding bound) {
        ObjectNode args = JsonNodeFactory.instance.objectNode();
        args.put("language", p.language().wireName()).put("code", p.code());
        ObjectNode env = args.putObject("env");
        bound.env().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> env.put(e.getKey(), e.getValue()));
        bound.reads().forEach(r -> args.withArray("reads").add(r.toString()));
        bound.writes().forEach(w -> args.withArray("writes").add(w.toString()));
        for (HostFact f : p.facts()) {
            args.withArray("facts").add(f.name().toLowerCase(Locale.ROOT));
        }
        return args;
    }

    private String present(List<Message> messages) {
        Message.ToolResult result = (Message.ToolResult) messages.getLast();
        String id = result.toolCallId().substring(CALL_PREFIX.length());
        Optional<Pattern> pattern = matcher.patterns().stream().filter(p -> id.startsWith(p.id() + "-")).findFirst();
        return pattern.map(p -> Replies.output(p, result)).orElse(result.content());
    }

    private static String lastUserText(List<Message> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof Message.User u) {
                return u.text();
            }
        }
        return "";
    }

    private static ProviderReply.Answer text(String text) {
        return new ProviderReply.Answer(text, List.of(), StopReason.END_TURN);
    }
}
