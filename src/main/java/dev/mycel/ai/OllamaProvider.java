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
 * A model served by Ollama: {@code POST {base}/api/chat} with {@code stream: true}, read as
 * NDJSON by {@link OllamaStream}. The probe is {@code GET /api/tags}, which also tells whether the
 * configured model has been pulled, the usual reason a running Ollama still cannot answer.
 */
public final class OllamaProvider implements Provider {
    private final URI base;
    private final String model;
    private final HttpLimits limits;
    private final RetryingHttp http;
    private final AtomicLong turns = new AtomicLong();

    public OllamaProvider(URI base, String model, HttpLimits limits, Sleeper sleeper) {
        this.base = Objects.requireNonNull(base, "base");
        this.model = Objects.requireNonNull(model, "model");
        this.limits = limits;
        this.http = new RetryingHttp(OllamaStream.VENDOR, base, limits, sleeper, RandomGenerator.getDefault(),
                InstantSource.system());
    }

    @Override
    public String name() {
        return "ollama";
    }

    @Override
    public Info info() {
        return new Info(base, model, Optional.empty());
    }

    @Override
    public ProviderReply turn(ProviderRequest request, StreamListener listener) {
        HttpRequest post = HttpRequest.newBuilder(StreamedTurn.endpoint(base, "/api/chat"))
                .timeout(limits.timeout())
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(StreamedTurn.body(OllamaWire.body(request, request.modelOr(model)))))
                .build();
        return switch (http.send(post, OllamaWire::errorText, null)) {
            case RetryingHttp.Sent.Failed f -> f.failure();
            case RetryingHttp.Sent.Open o -> StreamedTurn.read(OllamaStream.VENDOR, o.response().body(), limits,
                    new OllamaStream(listener, "ollama-" + turns.incrementAndGet() + "-"));
        };
    }

    @Override
    public Probe probe(Duration timeout) {
        HttpRequest get = HttpRequest.newBuilder(StreamedTurn.endpoint(base, "/api/tags")).timeout(timeout).GET().build();
        return Probes.get(http, get, timeout, OllamaWire::errorText, null, this::hasModel);
    }

    /** {@code {"models": [{"name": "llama3.2:latest", "model": …}, …]}}; a bare name means {@code :latest}. */
    private Probe hasModel(String tags) {
        var json = StreamedTurn.object(tags);
        if (json.isEmpty()) {
            return new Probe.NotReady("Ollama answered /api/tags with something that is not JSON");
        }
        String wanted = model.contains(":") ? model : model + ":latest";
        for (var m : json.get().path("models")) {
            String name = m.path("name").asText(m.path("model").asText(""));
            if (name.equals(model) || name.equals(wanted)) {
                return new Probe.Ready("model " + model + " is available");
            }
        }
        return new Probe.NotReady("Ollama is running but has no model " + model + "; run: ollama pull " + model);
    }

    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "OllamaProvider[" + base + ", " + model + "]";
    }
}
