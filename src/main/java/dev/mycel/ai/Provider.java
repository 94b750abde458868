package dev.mycel.ai;

import java.time.Duration;

/**
 * One AI model behind one wire protocol. A {@link #turn} sends the whole conversation so far and
 * streams the model's text to the listener as it arrives; it returns when the model has finished
 * its turn, with everything it said and every tool it wants run.
 *
 * <p>Contract: {@code turn} never throws for anything the network or the model did; those are
 * {@link ProviderReply.Failure} values with a one-line reason fit for the user, and no reason,
 * log line or {@code toString()} ever contains an API key. The listener is called on the
 * caller's thread, in order, before {@code turn} returns.
 */
public interface Provider extends AutoCloseable {

    /** The short name used in status and config: {@code anthropic}, {@code ollama}, {@code openai}. */
    String name();

    /** Whether the requests leave this machine; decides routing and, later, redaction. */
    default Placement placement() {
        return Placement.of(info().url());
    }

    /** Where it sends, which model, and where its key came from: what status shows. */
    Info info();

    /** Facts about a provider that are safe to show: never the key, only its source. */
    record Info(java.net.URI url, String model, java.util.Optional<String> keySource) {
    }

    ProviderReply turn(ProviderRequest request, StreamListener listener);

    /** A cheap request that says whether a turn could work now; bounded by {@code timeout}. */
    Probe probe(Duration timeout);

    /** Releases the HTTP client; a closed provider answers no more turns. */
    @Override
    void close();
}
