package dev.mycel.ai;

import dev.mycel.ai.ProviderReply.Failure;
import dev.mycel.ai.ProviderReply.FailureKind;
import dev.mycel.config.AiSettings.Mode;
import dev.mycel.privacy.Pseudonyms;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Chooses who answers a turn. Local means the request stays on this machine: Ollama or an
 * OpenAI-compatible server at a loopback URL ({@link Placement#LOCAL}); cloud is everything else,
 * Anthropic always (even behind a loopback proxy) and those two at any other address.
 *
 * <ul>
 * <li>{@code offline}: no model is asked; the reply is {@link ProviderReply.Offline}.</li>
 * <li>{@code local}: only local providers (Ollama first, then a loopback OpenAI-compatible
 *     server). When they fail the turn fails; it is never sent to the cloud, however it failed.
 *     None configured: an {@code Offline} reply saying how to configure one.</li>
 * <li>{@code cloud}: only remote providers (Anthropic first, then a remote OpenAI-compatible
 *     server, then a remote Ollama). None configured: an {@code Offline} reply.</li>
 * <li>{@code auto}: local providers whose probe (cached a few seconds) says they are ready are
 *     tried first; when none is ready, or one fails before it has streamed any text, the turn
 *     escalates to the cloud providers. A failure after text has reached the listener is
 *     returned as it is: the user has seen half an answer, and a second model's whole answer
 *     would follow it unannounced. Nothing configured at all: an {@code Offline} reply.</li>
 * </ul>
 * Every provider passed over is named in {@link Routed#passedOver}, so an escalation is never
 * silent. Privacy: the cloud leg is the one place that will take {@code Redacted} input once the
 * privacy layer exists; see {@link ProviderRequest}.
 */
public final class ProviderRouter {
    private final ConfiguredProviders providers;
    private final ProbeCache probes;
    private final PrivacyGate privacy;
    private final Optional<PatternAnswers> patterns;
    private final boolean patternsFirst;

    /** The name under which the pattern engine answers, in status and in chat results. */
    public static final String OFFLINE_ENGINE = "offline";

    /** Who answered ({@code none} when nobody did) and why others were passed over. */
    public record Routed(String provider, ProviderReply reply, List<String> passedOver) {
        public Routed {
            passedOver = List.copyOf(passedOver);
        }
    }

    public ProviderRouter(ConfiguredProviders providers, ProbeCache probes, PrivacyGate privacy) {
        this(providers, probes, privacy, Optional.empty(), false);
    }

    /**
     * With the offline pattern engine: it answers in {@code offline} mode, in {@code auto} mode
     * when no model is configured, and, when {@code patternsFirst}, in {@code auto} mode whenever
     * it is confident, before any model is asked.
     */
    public ProviderRouter(ConfiguredProviders providers, ProbeCache probes, PrivacyGate privacy,
                          Optional<PatternAnswers> patterns, boolean patternsFirst) {
        this.providers = providers;
        this.probes = probes;
        this.privacy = privacy;
        this.patterns = patterns;
        this.patternsFirst = patternsFirst;
    }

    /** A turn whose placeholders are numbered afresh: for one-off requests without a session. */
    public Routed turn(Mode mode, ProviderRequest request, StreamListener listener) {
        return turn(mode, request, new Pseudonyms(), listener);
    }

    /**
     * One turn of a conversation; {@code session} keeps its placeholders stable from turn to
     * turn, so {@code [EMAIL_1]} means the same person throughout.
     */
    public Routed turn(Mode mode, ProviderRequest request, Pseudonyms session, StreamListener listener) {
        return turn(mode, request, session, Path.of("").toAbsolutePath(), listener);
    }

    /** As above; {@code workDir} is where the pattern engine resolves relative paths. */
    public Routed turn(Mode mode, ProviderRequest request, Pseudonyms session, Path workDir, StreamListener listener) {
        Turn turn = new Turn(request, session, listener);
        List<Message> messages = request.messages();
        if (patterns.isPresent() && (patterns.get().owns(messages)
                || mode == Mode.AUTO && patternsFirst && lastIsUser(messages) && patterns.get().confident(userText(messages)))) {
            return byPatterns(turn, workDir, "");
        }
        Routed routed = switch (mode) {
            case OFFLINE -> new Routed("none", new ProviderReply.Offline(offlineModeGuidance()), turn.passed());
            case LOCAL -> providers.ready(Placement.LOCAL).isEmpty()
                    ? new Routed("none", new ProviderReply.Offline(guidance("No local model is configured.", Placement.LOCAL)), turn.passed())
                    : inOrder(providers.ready(Placement.LOCAL), turn).routed();
            case CLOUD -> providers.ready(Placement.REMOTE).isEmpty()
                    ? new Routed("none", new ProviderReply.Offline(guidance("No cloud model is configured.", Placement.REMOTE)), turn.passed())
                    : cloud(turn);
            case AUTO -> auto(turn);
        };
        if (patterns.isPresent() && (mode == Mode.OFFLINE || mode == Mode.AUTO)
                && routed.reply() instanceof ProviderReply.Offline none) {
            return byPatterns(turn, workDir, none.guidance());
        }
        return routed;
    }

    private Routed byPatterns(Turn turn, Path workDir, String noModel) {
        ProviderReply.Answer answer = patterns.orElseThrow().answer(turn.request().messages(), workDir, noModel);
        if (!answer.text().isEmpty()) {
            turn.listener().textDelta(answer.text());
        }
        return new Routed(OFFLINE_ENGINE, answer, turn.passed());
    }

    private static boolean lastIsUser(List<Message> messages) {
        return messages.getLast() instanceof Message.User;
    }

    private static String userText(List<Message> messages) {
        return ((Message.User) messages.getLast()).text();
    }

    /** What every provider asked in this turn shares; {@code passed} collects who was passed over. */
    private record Turn(ProviderRequest request, Pseudonyms session, StreamListener listener, List<String> passed) {
        Turn(ProviderRequest request, Pseudonyms session, StreamListener listener) {
            this(request, session, listener, new ArrayList<>());
        }
    }

    private Routed auto(Turn turn) {
        List<String> passed = turn.passed();
        List<Provider> candidates = new ArrayList<>();
        for (Provider p : providers.ready(Placement.LOCAL)) {
            switch (probes.fresh(p)) {
                case Probe.Ready r -> candidates.add(p);
                case Probe.NotReady n -> passed.add(p.name() + ": " + n.reason());
            }
        }
        List<Provider> clouds = providers.ready(Placement.REMOTE);
        if (candidates.isEmpty() && clouds.isEmpty()) {
            if (passed.isEmpty()) {
                return new Routed("none", new ProviderReply.Offline(guidance("No AI model is configured.", null)), passed);
            }
            return new Routed("none", new Failure(FailureKind.UNREACHABLE, "no configured model can answer now ("
                    + String.join("; ", passed) + ") and no cloud model is configured"), passed);
        }
        if (!candidates.isEmpty()) {
            Outcome local = inOrder(candidates, turn);
            if (!(local.routed().reply() instanceof Failure f) || clouds.isEmpty() || local.streamed()) {
                return local.routed();
            }
            passed.add(local.routed().provider() + ": " + f.reason());
        }
        return cloud(turn);
    }

    private Routed cloud(Turn turn) {
        return inOrder(providers.ready(Placement.REMOTE), turn).routed();
    }

    private record Outcome(Routed routed, boolean streamed) {
    }

    /**
     * Tries each provider in turn while they fail before streaming anything; the last one's reply
     * stands. A provider that already streamed text ends the search, failed or not.
     */
    private Outcome inOrder(List<Provider> order, Turn turn) {
        List<String> passed = turn.passed();
        for (int i = 0; i < order.size(); i++) {
            Provider p = order.get(i);
            AtomicBoolean spoke = new AtomicBoolean();
            ProviderReply reply = ask(p, turn, text -> {
                spoke.set(true);
                turn.listener().textDelta(text);
            });
            if (!(reply instanceof Failure f) || spoke.get() || i == order.size() - 1) {
                return new Outcome(new Routed(p.name(), reply, passed), spoke.get());
            }
            passed.add(p.name() + ": " + f.reason());
        }
        throw new IllegalArgumentException("inOrder needs at least one provider");
    }

    /** Every request passes the privacy gate for the provider it goes to; only the gate's copy is sent. */
    private ProviderReply ask(Provider p, Turn turn, StreamListener listener) {
        return privacy.screen(p.placement(), turn.request(), turn.session()).send(p, listener);
    }

    private String offlineModeGuidance() {
        return "Mycel is in offline mode, so no AI model is asked. To use one, choose --provider auto, local or cloud, "
                + "or set [ai] provider = \"auto\" in " + providers.configFile() + ".";
    }

    /**
     * What to do, naming the exact settings: {@code only} limits the advice to local or remote
     * providers (null: all of them). Unusable slots are listed first; they are the likely mistake.
     */
    private String guidance(String headline, Placement only) {
        StringBuilder out = new StringBuilder(headline).append(" To configure one:");
        for (ProviderSlot s : providers.all()) {
            switch (s) {
                case ProviderSlot.Unusable u -> out.append("\n  - ").append(u.name()).append(" is configured but unusable: ")
                        .append(u.reason());
                case ProviderSlot.NotConfigured n when fits(n.name(), only) -> out.append("\n  - ").append(label(n.name()))
                        .append(": ").append(n.howTo());
                case ProviderSlot.NotConfigured n -> {
                    // advice for the other placement would not help in this mode
                }
                case ProviderSlot.Ready r when only != null && r.provider().placement() != only ->
                        out.append("\n  - ").append(r.name()).append(" is configured, but is ")
                                .append(r.provider().placement() == Placement.LOCAL ? "local" : "remote (cloud)");
                case ProviderSlot.Ready r -> {
                    // a ready provider needs no advice
                }
            }
        }
        return out.append("\nThen restart the runtime: mycel down && mycel up").toString();
    }

    /** Ollama's advice is local, Anthropic's cloud; an OpenAI-compatible server can be either. */
    private static boolean fits(String name, Placement only) {
        return only == null || name.equals("openai") || (name.equals("ollama") == (only == Placement.LOCAL));
    }

    private static String label(String name) {
        return switch (name) {
            case "ollama" -> "a local model with Ollama";
            case "anthropic" -> "Anthropic (cloud)";
            default -> "an OpenAI-compatible server (local when its URL is 127.0.0.1)";
        };
    }
}
