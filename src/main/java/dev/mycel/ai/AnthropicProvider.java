package dev.mycel.ai;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Anthropic's Messages API: {@code POST {base}/v1/messages} with {@code stream: true}, the key in
 * {@code x-api-key} and {@code anthropic-version: 2023-06-01}. Busy answers (429, 5xx, 529) are
 * retried as {@link RetryingHttp} says; the event stream is read by {@link AnthropicStream}.
 * The key is only ever a header value: every reason this class returns is scrubbed of it.
 */
public final class AnthropicProvider implements Provider {
    static final String VERSION = "2023-06-01";

    private final URI base;
    private final String model;
    private final ApiKey key;
    private final HttpLimits limits;
    private final RetryingHttp http;

    public AnthropicProvider(URI base, String model, ApiKey key, HttpLimits limits, Sleeper sleeper) {
        this.base = Objects.requireNonNull(base, "base");
        this.model = Objects.requireNonNull(model, "model");
        this.key = Objects.requireNonNull(key, "key");
        this.limits = limits;
        this.http = new RetryingHttp(AnthropicStream.VENDOR, base, limits, sleeper, RandomGenerator.getDefault(),
                InstantSource.system());
    }

    @Override
    public String name() {
        return "anthropic";
    }

    /**
     * Always remote, even when the URL is loopback: Anthropic's models run only at Anthropic, so a
     * local URL is a proxy that forwards the words to the cloud, and must get cloud treatment.
     */
    @Override
    public Placement placement() {
        return Placement.REMOTE;
    }

    @Override
    public Info info() {
        return new Info(base, model, Optional.of(key.source()));
    }

    @Override
    public ProviderReply turn(ProviderRequest request, StreamListener listener) {
        String body = StreamedTurn.body(AnthropicWire.body(request, request.modelOr(model)));
        HttpRequest post = HttpRequest.newBuilder(StreamedTurn.endpoint(base, "/v1/messages"))
                .timeout(limits.timeout())
                .header("x-api-key", key.headerValue())
                .header("anthropic-version", VERSION)
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return switch (http.send(post, AnthropicWire::errorText, key)) {
            case RetryingHttp.Sent.Failed f -> f.failure();
            case RetryingHttp.Sent.Open o -> scrubbed(StreamedTurn.read(AnthropicStream.VENDOR, o.response().body(),
                    limits, new AnthropicStream(listener)));
        };
    }

    /** {@code GET /v1/models}: free, and it tells a wrong key from a missing network. */
    @Override
    public Probe probe(Duration timeout) {
        HttpRequest get = HttpRequest.newBuilder(StreamedTurn.endpoint(base, "/v1/models?limit=1"))
                .timeout(timeout)
                .header("x-api-key", key.headerValue())
                .header("anthropic-version", VERSION)
                .GET().build();
        return Probes.get(http, get, timeout, AnthropicWire::errorText, key, body -> new Probe.Ready("key accepted, model " + model));
    }

    private ProviderReply scrubbed(ProviderReply reply) {
        return switch (reply) {
            case ProviderReply.Failure f -> new ProviderReply.Failure(f.kind(), key.scrub(f.reason()));
            case ProviderReply.Answer a -> a;
            case ProviderReply.Offline o -> o;
        };
    }

    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "AnthropicProvider[" + base + ", " + model + ", " + key + "]";
    }
}
