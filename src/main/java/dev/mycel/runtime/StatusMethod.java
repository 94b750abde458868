package dev.mycel.runtime;


import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.ai.ConfiguredProviders;
import dev.mycel.ai.PatternAnswers;
import dev.mycel.ai.Probe;
import dev.mycel.ai.ProbeCache;
import dev.mycel.ai.ProviderState;
import dev.mycel.ipc.Sessions;
import dev.mycel.sandbox.SandboxChoice;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/** {@code status}: facts about the running runtime, none of them secret. */
final class StatusMethod {
    static final String VERSION = "0.1.0";

    private final Instant started;
    private final Sessions sessions;
    private final SandboxChoice sandbox;
    private final ConfiguredProviders providers;
    private final ProbeCache probes;
    private final Optional<PatternAnswers> patterns;
    private volatile IntSupplier connections = () -> 0;
    private volatile Supplier<ObjectNode> collective = JsonNodeFactory.instance::objectNode;
    private volatile Supplier<ObjectNode> web = () -> JsonNodeFactory.instance.objectNode().put("enabled", false);

    StatusMethod(Instant started, Sessions sessions, SandboxChoice sandbox, ConfiguredProviders providers,
                 Optional<PatternAnswers> patterns, ProbeCache probes) {
        this.started = started;
        this.sessions = sessions;
        this.sandbox = sandbox;
        this.providers = providers;
        this.probes = probes;
        this.patterns = patterns;
    }

    static String sandboxName(SandboxChoice choice) {
        return switch (choice) {
            case SandboxChoice.Usable u -> u.sandbox().name();
            case SandboxChoice.Unusable u -> "none (" + u.reason() + "; install " + u.debianPackage() + ")";
        };
    }

    void connections(IntSupplier supplier) {
        this.connections = supplier;
    }

    /** The collective's facts: this instance's fingerprint, what is shared and with whom. */
    void collective(Supplier<ObjectNode> supplier) {
        this.collective = supplier;
    }

    /** The web UI's state: where it listens, or that it is starting, off, or could not start. */
    void web(Supplier<ObjectNode> supplier) {
        this.web = supplier;
    }

    Reply status(Call call) {
        return new Reply.Result(facts());
    }

    /** The same facts for the web UI's status panel. */
    ObjectNode facts() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("version", VERSION);
        out.put("pid", ProcessHandle.current().pid());
        out.put("startedAt", started.toString());
        out.put("uptimeSeconds", Duration.between(started, Instant.now()).toSeconds());
        out.put("sessions", sessions.count());
        out.put("connections", connections.getAsInt());
        provider(out.putObject("provider"));
        ObjectNode engine = out.putObject("offline");
        engine.put("enabled", patterns.isPresent());
        patterns.ifPresent(p -> engine.put("patterns", p.patternCount()).put("ready", p.ready()));
        ObjectNode sb = out.putObject("sandbox");
        switch (sandbox) {
            case SandboxChoice.Usable u -> sb.put("backend", u.sandbox().name()).put("available", true);
            case SandboxChoice.Unusable u -> sb.put("backend", "none").put("available", false)
                    .put("reason", u.reason()).put("install", u.debianPackage());
        }
        out.set("web", web.get());
        out.set("collective", collective.get());
        return out;
    }

    /**
     * {@code configured} lists the usable providers ({@code none} if there is none) and
     * {@code reachable} says whether any of them answered its last probe; then one object per
     * provider. Keys are never shown, only where they came from.
     */
    private void provider(ObjectNode out) {
        out.put("mode", providers.mode().wireName());
        List<String> configured = new ArrayList<>();
        boolean reachable = false;
        ObjectNode each = JsonNodeFactory.instance.objectNode();
        for (ProviderState state : ProviderState.of(providers, probes)) {
            ObjectNode o = each.putObject(state.name());
            switch (state) {
                case ProviderState.Configured c -> {
                    configured.add(c.name());
                    o.put("configured", true).put("placement", c.placement() == dev.mycel.ai.Placement.LOCAL ? "local" : "cloud")
                            .put("url", c.info().url().toString()).put("model", c.info().model());
                    c.info().keySource().ifPresent(k -> o.put("key", k));
                    switch (c.probe().orElse(null)) {
                        case null -> o.putNull("reachable").put("detail", "still checking");
                        case Probe.Ready r -> o.put("reachable", true).put("detail", r.detail());
                        case Probe.NotReady n -> o.put("reachable", false).put("detail", n.reason());
                    }
                    reachable |= c.probe().orElse(null) instanceof Probe.Ready;
                }
                case ProviderState.Unusable u -> o.put("configured", false).put("reachable", false).put("problem", u.reason());
                case ProviderState.NotConfigured n -> o.put("configured", false).put("reachable", false).put("howTo", n.howTo());
            }
        }
        out.put("configured", configured.isEmpty() ? "none" : String.join(", ", configured));
        out.put("reachable", reachable);
        out.setAll(each);
    }
}
