package dev.mycel.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.ai.ToolCall;
import dev.mycel.ai.Tools;
import dev.mycel.ai.offline.MiniLm;
import dev.mycel.ai.offline.OfflineEngine;
import dev.mycel.ai.offline.PatternIndex;
import dev.mycel.ai.offline.PatternMatcher;
import dev.mycel.collective.Candidates;
import dev.mycel.collective.Envelope;
import dev.mycel.collective.PatternStore;
import dev.mycel.collective.PeerClient;
import dev.mycel.collective.PeerServer;
import dev.mycel.collective.Registry;
import dev.mycel.collective.StoreRegistry;
import dev.mycel.collective.SharedPatterns;
import dev.mycel.collective.SignedPattern;
import dev.mycel.collective.Standing;
import dev.mycel.config.CollectiveSettings;
import dev.mycel.ipc.ErrorCode;
import dev.mycel.patterns.BuiltInPatterns;
import dev.mycel.patterns.Pattern;
import dev.mycel.patterns.PatternException;
import dev.mycel.policy.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The runtime's side of the collective: the {@code patterns.*} socket methods, shared patterns in
 * the offline engine's matcher, the provenance of every call that runs one, and candidates drawn
 * from approved interactions while sharing is on. Nothing is published before the user approves it.
 */
final class CollectiveFront implements AgentTools.Learning {
    private static final Logger LOG = Logger.getLogger(CollectiveFront.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();


    private final SharedPatterns shared;
    private final CollectiveSettings settings;
    private final Candidates candidates;
    private final Optional<OfflineEngine> engine;
    private final Path cacheDir;
    private final InstantSource clock;
    private final List<PeerClient> peers = new ArrayList<>();
    private final StoreRegistry local;
    private volatile PeerServer server;
    private final dev.mycel.collective.PrivacyBudget budget;

    CollectiveFront(SharedPatterns shared, CollectiveSettings settings, Candidates candidates, Optional<OfflineEngine> engine,
                    Path cacheDir, InstantSource clock) {
        this.shared = shared;
        this.settings = settings;
        this.candidates = candidates;
        this.engine = engine;
        this.cacheDir = cacheDir;
        this.clock = clock;
        this.local = new StoreRegistry(shared, "peer", this::refreshMatcher);
        this.budget = new dev.mycel.collective.PrivacyBudget(settings.epsilonPerDay(), java.time.Duration.ofDays(1),
                new dev.mycel.collective.StoreLedger(shared.store()),
                new dev.mycel.collective.GeometricNoise(new java.security.SecureRandom()), clock);
        for (String url : settings.peers()) {
            peers.add(new PeerClient(url, java.time.Duration.ofSeconds(10)));
        }
    }

    /** Serves the store to peers on 127.0.0.1 when {@code [collective] serve_port} is set; a taken port is logged, not fatal. */
    void serve() {
        if (settings.servePort() == 0 || !settings.share()) {
            // with sharing off nothing leaves, not even what others shared with us
            return;
        }
        try {
            server = PeerServer.start(local, () -> shared.store().released(1000), PeerServer.Config.loopback(settings.servePort()));
            LOG.info("serving shared patterns to peers on " + server.base());
        } catch (IOException e) {
            LOG.warning("cannot serve patterns on 127.0.0.1:" + settings.servePort() + " (" + e.getMessage()
                    + "); set [collective] serve_port to a free port or 0");
        }
    }

    /** For {@code status}: who this instance is and how it shares. */
    ObjectNode describe() {
        ObjectNode out = JsonNodeFactory.instance.objectNode().put("instance", shared.key().fingerprint())
                .put("sharing", settings.share());
        try {
            out.put("shared", shared.store().count());
        } catch (IOException e) {
            out.put("problem", e.getMessage());
        }
        PeerServer s = server;
        if (s != null) {
            out.put("serving", s.base().toString());
        }
        ArrayNode list = out.putArray("peers");
        settings.peers().forEach(list::add);
        return out;
    }

    /** Puts the stored shared patterns beside the built-ins in the engine, in the background. */
    void refreshMatcher() {
        if (engine.isEmpty()) {
            return;
        }
        Thread.ofVirtual().name("mycel-shared-index").start(() -> {
            try {
                List<Pattern> all = new ArrayList<>(BuiltInPatterns.load());
                shared.usable().forEach(u -> all.add(u.pattern()));
                MiniLm model = MiniLm.shared(cacheDir);
                engine.get().use(PatternMatcher.of(PatternIndex.build(all, model), model));
            } catch (IOException | RuntimeException e) {
                LOG.warning("shared patterns are not matched: " + e.getMessage());
            }
        });
    }

    /** At start: only a store that holds shared patterns needs a matcher of its own. */
    void refreshMatcherWhenShared() {
        try {
            if (shared.store().count() > 0) {
                refreshMatcher();
            }
        } catch (IOException e) {
            LOG.warning("the pattern store cannot be read: " + e.getMessage());
        }
    }

    void close() {
        PeerServer s = server;
        if (s != null) {
            s.close();
        }
        try {
            shared.store().close();
        } catch (IOException e) {
            LOG.warning("could not close the pattern store: " + e.getMessage());
        }
    }

    /** The provenance of a call that runs a shared pattern (its id has {@code @}), for the pipeline. */
    @Override
    public Optional<ActionPipeline.Provenance> provenance(ToolCall call) {
        String id = call.id();
        if (!call.name().equals(Tools.RUN_CODE) || !id.startsWith("offline-") || !id.contains("@")) {
            return Optional.empty();
        }
        String sharedId = id.substring("offline-".length(), id.lastIndexOf('-'));
        try {
            Optional<Envelope.Verified> v = shared.source(sharedId);
            if (v.isEmpty()) {
                return Optional.of(new ActionPipeline.Provenance("an author Mycel cannot name (the pattern is gone)", true));
            }
            Standing s = shared.standing(v.get().author().fingerprint());
            return Optional.of(new ActionPipeline.Provenance(s.describe(), !s.mayRunUnasked()));
        } catch (IOException e) {
            return Optional.of(new ActionPipeline.Provenance("an author Mycel cannot check (" + e.getMessage() + ")", true));
        }
    }

    /** A run of a shared pattern becomes a signed outcome report of this instance: evidence for its author's reputation. */
    @Override
    public void sharedRan(ToolCall call, boolean success) {
        String id = call.id();
        try {
            Optional<Envelope.Verified> v = shared.source(id.substring("offline-".length(), id.lastIndexOf('-')));
            if (v.isPresent()) {
                shared.reportOutcome(v.get(), success);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warning("the outcome of a shared pattern was not recorded: " + e.getMessage());
        }
    }

    /** While sharing is on: a successful, approved run of the model's own code may become a candidate. */
    @Override
    public void succeeded(String request, dev.mycel.policy.Action.RunCode code, Map<String, String> env) {
        if (!settings.share()) {
            return;
        }
        switch (candidates.extract(new Candidates.Interaction(request, code.language(), code.code(), env), clock.instant())) {
            case Candidates.Outcome.Held held -> {
                try {
                    shared.store().addCandidate(held.candidate());
                } catch (IOException e) {
                    LOG.warning("a candidate pattern was not kept: " + e.getMessage());
                }
            }
            case Candidates.Outcome.Dropped dropped -> LOG.fine("no candidate: " + dropped.why());
        }
    }

    // ---- socket methods -------------------------------------------------------------------

    Reply list(Call call) {
        return io(() -> {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            out.put("builtIn", BuiltInPatterns.load().size());
            out.put("instance", shared.key().fingerprint());
            out.put("sharing", settings.share());
            ArrayNode list = out.putArray("shared");
            for (PatternStore.Stored s : shared.store().since(0, Integer.MAX_VALUE)) {
                list.add(summary(s));
            }
            return out;
        });
    }

    private ObjectNode summary(PatternStore.Stored s) throws IOException {
        Envelope.Verified v = s.pattern();
        Standing st = shared.standing(v.author().fingerprint());
        return JsonNodeFactory.instance.objectNode().put("address", v.address()).put("id", v.pattern().id())
                .put("sharedId", SharedPatterns.sharedId(v)).put("description", v.pattern().description())
                .put("author", v.author().fingerprint()).put("standing", st.describe()).put("level", st.level().name().toLowerCase())
                .put("risk", v.risk()).put("source", s.source()).put("created", v.created().toString());
    }

    record RefParams(String ref) {
    }

    Reply show(Call call) {
        return withRef(call, ref -> {
            Optional<PatternStore.Stored> stored = shared.store().find(ref);
            if (stored.isPresent()) {
                ObjectNode out = summary(stored.get());
                Pattern p = stored.get().pattern().pattern();
                out.put("toml", stored.get().pattern().toml());
                out.set("verdict", verdict(p));
                return new Reply.Result(out);
            }
            Optional<String> builtIn = BuiltInPatterns.text(ref);
            if (builtIn.isPresent()) {
                return new Reply.Result(JsonNodeFactory.instance.objectNode().put("id", ref).put("builtIn", true)
                        .put("toml", builtIn.get()));
            }
            return Reply.failure(ErrorCode.INVALID_PARAMS, "no pattern '" + ref + "'; see mycel patterns list");
        });
    }

    private static ObjectNode verdict(Pattern p) {
        Verdict v = new dev.mycel.policy.CodeValidator().check(p.language(), p.code());
        ObjectNode out = JsonNodeFactory.instance.objectNode().put("decision", v.decision().wireName()).put("risk", v.risk().wireName());
        out.set("findings", ActionPipeline.findings(v.findings()));
        return out;
    }

    record ImportParams(JsonNode pattern) {
    }

    Reply importPattern(Call call) {
        return switch (Params.bind(call.params(), ImportParams.class)) {
            case Params.Bound.Bad<ImportParams> bad -> new Reply.Failure(bad.error());
            case Params.Bound.Ok<ImportParams> ok -> io(() -> imported(ok.value().pattern(), "file"));
        };
    }

    private Reply imported(JsonNode travelling, String source) throws IOException {
        if (travelling == null || !travelling.isObject()) {
            return Reply.failure(ErrorCode.INVALID_PARAMS, "pattern must be a shared pattern's JSON {address, body, signature}");
        }
        SignedPattern.Claimed claimed;
        try {
            claimed = SignedPattern.parse(JSON.writeValueAsBytes(travelling));
        } catch (IOException e) {
            return Reply.failure(ErrorCode.INVALID_PARAMS, e.getMessage());
        }
        return switch (shared.importPattern(claimed.address(), claimed.pattern(), source)) {
            case SharedPatterns.Imported.Refused no -> Reply.failure(ErrorCode.INVALID_PARAMS, no.reason());
            case SharedPatterns.Imported.Stored s -> {
                if (s.isNew()) {
                    refreshMatcher();
                }
                yield new Reply.Result(JsonNodeFactory.instance.objectNode().put("address", s.pattern().address())
                        .put("id", s.pattern().pattern().id()).put("new", s.isNew()).put("author", s.pattern().author().fingerprint())
                        .put("standing", s.standing().describe()).put("mayRunUnasked", s.standing().mayRunUnasked()));
            }
        };
    }

    /** A stored pattern as it travels; a built-in is sealed by this instance's key first. */
    Reply export(Call call) {
        return withRef(call, ref -> {
            Optional<PatternStore.Stored> stored = shared.store().find(ref);
            if (stored.isPresent()) {
                return exported(stored.get().pattern().signed());
            }
            Optional<String> builtIn = BuiltInPatterns.text(ref);
            if (builtIn.isEmpty()) {
                return Reply.failure(ErrorCode.INVALID_PARAMS, "no pattern '" + ref + "'; see mycel patterns list");
            }
            try {
                return exported(Envelope.seal(builtIn.get(), "low", clock.instant(), shared.key()));
            } catch (PatternException e) {
                return Reply.failure(ErrorCode.INTERNAL_ERROR, "the built-in pattern does not parse: " + e.getMessage());
            }
        });
    }

    private static Reply exported(SignedPattern p) {
        return new Reply.Result(JsonNodeFactory.instance.objectNode().set("pattern", p.toJson()));
    }

    Reply trust(Call call) {
        return setTrust(call, PatternStore.Trust.TRUSTED);
    }

    Reply block(Call call) {
        return setTrust(call, PatternStore.Trust.BLOCKED);
    }

    record KeyParams(String key) {
    }

    private Reply setTrust(Call call, PatternStore.Trust trust) {
        return switch (Params.bind(call.params(), KeyParams.class)) {
            case Params.Bound.Bad<KeyParams> bad -> new Reply.Failure(bad.error());
            case Params.Bound.Ok<KeyParams> ok -> io(() -> {
                Optional<String> fp = fingerprint(ok.value().key());
                if (fp.isEmpty()) {
                    return Reply.failure(ErrorCode.INVALID_PARAMS, "key must be an author's fingerprint (ed25519:…, or the start of "
                            + "one that mycel patterns list shows) or their public key");
                }
                if (fp.get().equals(shared.key().fingerprint())) {
                    return Reply.failure(ErrorCode.INVALID_PARAMS, "that is this machine's own key");
                }
                shared.setTrust(fp.get(), trust);
                refreshMatcher();
                return new Reply.Result(JsonNodeFactory.instance.objectNode().put("author", fp.get())
                        .put("trust", trust.name().toLowerCase()));
            });
        };
    }

    private Optional<String> fingerprint(String key) throws IOException {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        if (key.matches("ed25519:[0-9a-f]{8}(-[0-9a-f]{8}){4}")) {
            return Optional.of(key);
        }
        try {
            return Optional.of(dev.mycel.collective.AuthorKey.fromText(key).fingerprint());
        } catch (IllegalArgumentException notAKey) {
            String prefix = key.startsWith("ed25519:") ? key : "ed25519:" + key;
            List<String> known = shared.store().since(0, Integer.MAX_VALUE).stream().map(s -> s.pattern().author().fingerprint())
                    .distinct().filter(f -> f.startsWith(prefix)).toList();
            return prefix.length() >= 16 && known.size() == 1 ? Optional.of(known.getFirst()) : Optional.empty();
        }
    }

    Reply pending(Call call) {
        return io(() -> {
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            for (PatternStore.Candidate c : shared.store().candidates("pending")) {
                list.addObject().put("id", c.id()).put("note", c.note()).put("sensitivity", c.sensitivity())
                        .put("created", c.created().toString()).put("toml", c.toml());
            }
            return JsonNodeFactory.instance.objectNode().put("sharing", settings.share()).set("candidates", list);
        });
    }

    record IdParams(String id) {
    }

    /** Seals an approved candidate with this instance's key, keeps it, and sends it to the peers. */
    Reply approve(Call call) {
        return decide(call, "approved", c -> {
            SignedPattern sealed;
            try {
                sealed = Envelope.seal(c.toml(), "low", clock.instant(), shared.key());
            } catch (PatternException e) {
                return Reply.failure(ErrorCode.INVALID_PARAMS, "the candidate no longer parses: " + e.getMessage());
            }
            SharedPatterns.Imported kept = shared.importPattern(sealed.address(), sealed, "own");
            if (kept instanceof SharedPatterns.Imported.Refused no) {
                return Reply.failure(ErrorCode.INVALID_PARAMS, no.reason());
            }
            ArrayNode sent = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; settings.share() && i < peers.size(); i++) {
                String url = settings.peers().get(i);
                try {
                    sent.add(switch (peers.get(i).publish(sealed)) {
                        case Registry.Published.Stored stored -> "sent to " + url;
                        case Registry.Published.Refused no -> url + " refused it: " + no.reason();
                    });
                } catch (IOException e) {
                    sent.add("not sent to " + url + ": " + e.getMessage());
                }
            }
            refreshMatcher();
            ObjectNode out = JsonNodeFactory.instance.objectNode().put("id", c.id()).put("address", sealed.address());
            out.set("published", sent);
            return new Reply.Result(out);
        });
    }

    /** {@code patterns.sync}: copies what each peer has that this store lacks, through the door. */
    Reply sync(Call call) {
        return io(() -> {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < peers.size(); i++) {
                ObjectNode r = out.addObject().put("peer", settings.peers().get(i));
                try {
                    Registry.Synced synced = Registry.sync(peers.get(i), local, "", 200);
                    r.put("copied", synced.copied());
                    PeerClient.Reports reports = peers.get(i).reports();
                    r.put("reports", shared.acceptReports(reports.verified())).put("reportsRefused", reports.refused());
                    ArrayNode refused = r.putArray("refused");
                    synced.refused().forEach(x -> refused.addObject().put("address", x.address()).put("reason", x.reason()));
                } catch (IOException e) {
                    r.put("problem", e.getMessage());
                }
            }
            return JsonNodeFactory.instance.objectNode().set("peers", out);
        });
    }

    record StatsParams(@Params.Omittable Double epsilon) {
    }

    /** The most reports one release makes of one pattern's counts. */
    private static final long MAX_RELEASED = 1000;

    /**
     * {@code patterns.stats}: how often each stored pattern ran here and how often it succeeded, as
     * they may be shared: each count with two-sided geometric noise (sensitivity 1: one run), the
     * release's ε split evenly over the counts, taken from the day's budget as one whole or refused.
     */
    Reply stats(Call call) {
        return switch (Params.bind(call.params(), StatsParams.class)) {
            case Params.Bound.Bad<StatsParams> bad -> new Reply.Failure(bad.error());
            case Params.Bound.Ok<StatsParams> ok -> io(() -> released(ok.value().epsilon() == null ? 0.1 : ok.value().epsilon()));
        };
    }

    private synchronized Reply released(double epsilon) throws IOException {
        if (!(epsilon > 0) || epsilon > settings.epsilonPerDay()) {
            return Reply.failure(ErrorCode.INVALID_PARAMS, "epsilon must be above 0 and at most the day's budget of "
                    + settings.epsilonPerDay() + " ([collective] epsilon_per_day)");
        }
        Map<String, long[]> counts = new java.util.TreeMap<>();
        for (PatternStore.Stored s : shared.store().since(0, Integer.MAX_VALUE)) {
            counts.put(s.pattern().address(), new long[2]);
        }
        for (byte[][] r : shared.store().outcomes()) {
            if (dev.mycel.collective.OutcomeReport.open(r[0], r[1]) instanceof dev.mycel.collective.OutcomeReport.Opened.Ok ok
                    && ok.report().report().reporter().equals(shared.key().publicKey())) {
                long[] c = counts.get(ok.report().report().patternAddress());
                if (c != null) {
                    c[0]++;
                    c[1] += ok.report().report().success() ? 1 : 0;
                }
            }
        }
        if (counts.isEmpty()) {
            return Reply.failure(ErrorCode.INVALID_REQUEST, "no shared patterns, so no statistics to release");
        }
        if (budget.remaining() < epsilon) {
            return Reply.failure(ErrorCode.INVALID_REQUEST, String.format(java.util.Locale.ROOT,
                    "refused: the privacy budget has %.3f of %.3f left today (UTC); it renews at midnight", budget.remaining(),
                    settings.epsilonPerDay()));
        }
        double each = epsilon / (2.0 * counts.size());
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            if (!(budget.release(e.getValue()[0], 1, each) instanceof dev.mycel.collective.PrivacyBudget.Release.Released uses)
                    || !(budget.release(e.getValue()[1], 1, each) instanceof dev.mycel.collective.PrivacyBudget.Release.Released wins)) {
                return Reply.failure(ErrorCode.INTERNAL_ERROR, "the budget changed during the release; nothing more was released");
            }
            // post-processing keeps the privacy: no negative counts, no more successes than uses
            long used = Math.clamp(uses.value(), 0, MAX_RELEASED);
            long succeeded = Math.clamp(wins.value(), 0, used);
            out.addObject().put("address", e.getKey()).put("uses", used).put("successes", succeeded);
            if (settings.share()) {
                Optional<PatternStore.Stored> p = shared.store().find(e.getKey());
                if (p.isPresent()) {
                    shared.store().addReleased(shared.release(p.get().pattern(), succeeded, used - succeeded));
                }
            }
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode().put("epsilon", epsilon).put("remaining", budget.remaining())
                .put("typicalNoise", Math.sqrt(dev.mycel.collective.GeometricNoise.variance(each, 1))).put("released", settings.share());
        result.set("patterns", out);
        return new Reply.Result(result);
    }

    Reply reject(Call call) {
        return decide(call, "rejected", c -> new Reply.Result(JsonNodeFactory.instance.objectNode().put("id", c.id())
                .put("status", "rejected")));
    }

    private interface CandidateAction {
        Reply apply(PatternStore.Candidate c) throws IOException;
    }

    private Reply decide(Call call, String status, CandidateAction then) {
        return switch (Params.bind(call.params(), IdParams.class)) {
            case Params.Bound.Bad<IdParams> bad -> new Reply.Failure(bad.error());
            case Params.Bound.Ok<IdParams> ok -> io(() -> {
                Optional<PatternStore.Candidate> c = shared.store().candidates("pending").stream()
                        .filter(x -> x.id().equals(ok.value().id())).findFirst();
                if (c.isEmpty() || !shared.store().decide(c.get().id(), status)) {
                    return Reply.failure(ErrorCode.INVALID_PARAMS, "no pending candidate '" + ok.value().id() + "'; see mycel patterns pending");
                }
                return then.apply(c.get());
            });
        };
    }

    private interface RefBody {
        Reply apply(String ref) throws IOException;
    }

    private Reply withRef(Call call, RefBody body) {
        return switch (Params.bind(call.params(), RefParams.class)) {
            case Params.Bound.Bad<RefParams> bad -> new Reply.Failure(bad.error());
            case Params.Bound.Ok<RefParams> ok -> ok.value().ref() == null || ok.value().ref().isBlank()
                    ? Reply.failure(ErrorCode.INVALID_PARAMS, "ref is required: an address (or its first 8+ digits) or a pattern id")
                    : io(() -> body.apply(ok.value().ref()));
        };
    }

    private interface IoBody {
        Object get() throws IOException;
    }

    /** A store that cannot be read is one line for the user, not an internal error. */
    private static Reply io(IoBody body) {
        try {
            Object out = body.get();
            return out instanceof Reply r ? r : new Reply.Result((JsonNode) out);
        } catch (IOException e) {
            return Reply.failure(ErrorCode.INTERNAL_ERROR, e.getMessage());
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
