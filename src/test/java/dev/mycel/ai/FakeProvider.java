package dev.mycel.ai;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A provider with a scripted probe and reply, for router decisions; counts its turns. */
final class FakeProvider implements Provider {
    private final String name;
    private final URI url;
    private final Probe probe;
    private final List<String> streams;
    private final ProviderReply reply;
    private final List<ProviderRequest> turns = new ArrayList<>();

    FakeProvider(String name, String url, Probe probe, List<String> streams, ProviderReply reply) {
        this.name = name;
        this.url = URI.create(url);
        this.probe = probe;
        this.streams = streams;
        this.reply = reply;
    }

    static FakeProvider answering(String name, String url, String text) {
        return new FakeProvider(name, url, new Probe.Ready("up"), List.of(text), new ProviderReply.Answer(text, List.of(), StopReason.END_TURN));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Info info() {
        return new Info(url, "fake-model", Optional.empty());
    }

    @Override
    public synchronized ProviderReply turn(ProviderRequest request, StreamListener listener) {
        turns.add(request);
        streams.forEach(listener::textDelta);
        return reply;
    }

    @Override
    public Probe probe(Duration timeout) {
        return probe;
    }

    synchronized int turns() {
        return turns.size();
    }

    @Override
    public void close() {
    }
}
