package dev.mycel.ai;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * Any server speaking OpenAI's Chat Completions: {@code POST {base}/v1/chat/completions} with
 * {@code stream: true}, read by {@link OpenAiStream}; a bearer key only when one is configured
 * (local servers usually need none). Whether it counts as local or cloud follows from its URL,
 * see {@link Placement}.
 */
public final class OpenAiCompatibleProvider implements Provider {
    private final URI base;
    private final String model;
    private final Optional<ApiKey> key;
    private final HttpLimits limits;
    private final RetryingHttp http;
    private final AtomicLong turns = new AtomicLong();

    public OpenAiCompatibleProvider(URI base, String model, Optional<ApiKey> key, HttpLimits limits, Sleeper sleeper) {
        this.base = Objects.requireNonNull(base, "base");
        this.model = Objects.requireNonNull(model, "model");
        this.key = Objects.requireNonNull(key, "key");
        this.limits = limits;
        this.http = new RetryingHttp(OpenAiStream.VENDOR, base, limits, sleeper, RandomGenerator.getDefault(),
                InstantSource.system());
    }

    @Override
    public String name() {
        return "openai";
    }

    @Override
    public Info info() {
        return new Info(base, model, key.map(ApiKey::source));
    }

    @Override
    public ProviderReply turn(ProviderRequest request, StreamListener listener) {
        HttpRequest.Builder post = HttpRequest.newBuilder(StreamedTurn.endpoint(base, "/v1/chat/completions"))
                .timeout(limits.timeout())
                .header("content-type", "application/json")
                .header("accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(StreamedTurn.body(OpenAiWire.body(request, request.modelOr(model)))));
        key.ifPresent(k -> post.header("authorization", "Bearer " + k.headerValue()));
        ApiKey scrub = key.orElse(null);
        ProviderReply reply = switch (http.send(post.build(), OpenAiWire::errorText, scrub)) {
            case RetryingHttp.Sent.Failed f -> f.failure();
            case RetryingHttp.Sent.Open o -> StreamedTurn.read(OpenAiStream.VENDOR, o.response().body(), limits,
                    new OpenAiStream(listener, "call-" + turns.incrementAndGet() + "-"));
        };
        return switch (reply) {
            case ProviderReply.Failure f when scrub != null -> new ProviderReply.Failure(f.kind(), scrub.scrub(f.reason()));
            case ProviderReply.Failure f -> f;
            case ProviderReply.Answer a -> a;
            case ProviderReply.Offline o -> o;
        };
    }

    /** {@code GET /v1/models}, which every compatible server implements. */
    @Override
    public Probe probe(Duration timeout) {
        HttpRequest.Builder get = HttpRequest.newBuilder(StreamedTurn.endpoint(base, "/v1/models")).timeout(timeout).GET();
        key.ifPresent(k -> get.header("authorization", "Bearer " + k.headerValue()));
        return Probes.get(http, get.build(), timeout, OpenAiWire::errorText, key.orElse(null),
                body -> new Probe.Ready("answering, model " + model));
    }

    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "OpenAiCompatibleProvider[" + base + ", " + model + ", " + key.map(ApiKey::toString).orElse("no key") + "]";
    }
}
