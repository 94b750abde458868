package dev.mycel.ai;

import dev.mycel.ai.ProviderReply.Failure;
import dev.mycel.ai.ProviderReply.FailureKind;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;
import javax.net.ssl.SSLException;

/**
 * Sends one POST (or GET) and retries it when the service says it is busy (429, 500, 502, 503,
 * 529), honouring retry-after. Timeouts are not retried: each one already cost the user the whole
 * timeout. Connection failures are retried only for remote services, because a local one that
 * refuses the connection is simply not running, and the router should learn that at once.
 *
 * <p>Never logs headers: they hold the API key. Every message it produces names the vendor, the
 * status and the vendor's one-line error text, scrubbed of the key.
 */
final class RetryingHttp implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RetryingHttp.class.getName());
    private static final Set<Integer> BUSY = Set.of(429, 500, 502, 503, 529);
    private static final int MAX_ERROR_BODY = 64 * 1024;

    private final String vendor;
    private final HttpClient client;
    private final HttpLimits limits;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final InstantSource clock;
    private final boolean retryConnectFailures;

    /** The outcome of sending: a 2xx response whose body is still to be read, or a failure. */
    sealed interface Sent {
        record Open(HttpResponse<InputStream> response) implements Sent {
        }

        record Failed(Failure failure) implements Sent {
        }
    }

    RetryingHttp(String vendor, URI base, HttpLimits limits, Sleeper sleeper, RandomGenerator random,
                 InstantSource clock) {
        this.vendor = vendor;
        this.limits = limits;
        this.backoff = new Backoff(limits, random);
        this.sleeper = sleeper;
        this.clock = clock;
        this.retryConnectFailures = Placement.of(base) == Placement.REMOTE;
        this.client = HttpClient.newBuilder()
                .connectTimeout(limits.timeout())
                // plain http only ever reaches a local server; skip the h2c upgrade dance it may not speak
                .version("http".equalsIgnoreCase(base.getScheme()) ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Sends {@code request} until it gets a 2xx, a refusal that is not worth retrying, or runs out
     * of retries. {@code errorText} pulls the vendor's message out of an error body; {@code key}
     * (may be null) is scrubbed from everything returned.
     */
    Sent send(HttpRequest request, Function<String, String> errorText, ApiKey key) {
        for (int attempt = 0; ; attempt++) {
            LOG.fine(() -> vendor + ": " + request.method() + " " + request.uri());
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                Failure f = connectFailure(e);
                if (retryConnectFailures && f.kind() == FailureKind.UNREACHABLE && attempt < limits.maxRetries()) {
                    if (!pause(attempt + 1, java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true), f.reason())) {
                        return new Sent.Failed(cancelled());
                    }
                    continue;
                }
                return new Sent.Failed(f);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Sent.Failed(cancelled());
            }
            int status = response.statusCode();
            if (status / 100 == 2) {
                return new Sent.Open(response);
            }
            String body = readCapped(response.body());
            String said = scrub(key, oneLine(errorText.apply(body)));
            String reason = vendor + " answered " + status + (said.isEmpty() ? "" : ": " + said);
            if (BUSY.contains(status) && attempt < limits.maxRetries()) {
                if (!pause(attempt + 1, response.headers(), reason)) {
                    return new Sent.Failed(cancelled());
                }
                continue;
            }
            FailureKind kind = status == 429 || status == 529 ? FailureKind.OVERLOADED
                    : status >= 500 ? FailureKind.SERVICE_ERROR : FailureKind.REJECTED;
            String tries = attempt > 0 ? " (after " + (attempt + 1) + " attempts)" : "";
            return new Sent.Failed(new Failure(kind, reason + tries));
        }
    }

    /**
     * One GET with no retry, bounded as a whole by {@code timeout} (connecting included): a probe
     * must answer quickly even when the configured turn timeout is long. Returns the body of a 2xx.
     */
    java.util.Optional<String> probe(HttpRequest request, java.time.Duration timeout, Function<String, String> errorText,
                                     ApiKey key, java.util.function.Consumer<String> whyNot) {
        var pending = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        try {
            HttpResponse<InputStream> r = pending.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            String body = readCapped(r.body());
            if (r.statusCode() / 100 == 2) {
                return java.util.Optional.of(body);
            }
            String said = scrub(key, oneLine(errorText.apply(body)));
            whyNot.accept(vendor + " answered " + r.statusCode() + (said.isEmpty() ? "" : ": " + said));
        } catch (java.util.concurrent.TimeoutException e) {
            pending.cancel(true);
            whyNot.accept(vendor + " did not answer within " + timeout.toMillis() + " ms");
        } catch (java.util.concurrent.ExecutionException e) {
            whyNot.accept(e.getCause() instanceof IOException io ? connectFailure(io).reason()
                    : "probe of " + vendor + " failed (" + e.getCause().getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            whyNot.accept(cancelled().reason());
        }
        return java.util.Optional.empty();
    }

    private boolean pause(int retry, java.net.http.HttpHeaders headers, String why) {
        var wait = backoff.delay(retry, headers, clock.instant());
        LOG.info(() -> why + "; retry " + retry + " of " + limits.maxRetries() + " in " + wait.toMillis() + " ms");
        try {
            sleeper.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Failure connectFailure(IOException e) {
        long s = limits.timeout().toSeconds();
        String within = s > 0 ? s + " s" : limits.timeout().toMillis() + " ms";
        return switch (e) {
            case HttpConnectTimeoutException t -> new Failure(FailureKind.TIMEOUT, "could not connect to " + vendor + " within " + within);
            case HttpTimeoutException t -> new Failure(FailureKind.TIMEOUT, vendor + " did not start answering within " + within);
            case ConnectException c -> new Failure(FailureKind.UNREACHABLE, "cannot connect to " + vendor + " ("
                    + (c.getMessage() == null ? "connection refused" : oneLine(c.getMessage())) + ")");
            case SSLException t -> new Failure(FailureKind.UNREACHABLE, "TLS with " + vendor + " failed: " + oneLine(t.getMessage()));
            default -> new Failure(FailureKind.UNREACHABLE, "connection to " + vendor + " failed ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage())) + ")");
        };
    }

    private Failure cancelled() {
        return new Failure(FailureKind.CANCELLED, "the request to " + vendor + " was cancelled");
    }

    private static String readCapped(InputStream in) {
        try (in) {
            return new String(in.readNBytes(MAX_ERROR_BODY), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.replaceAll("\\s+", " ").strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    static String scrub(ApiKey key, String text) {
        return key == null ? text : key.scrub(text);
    }

    @Override
    public void close() {
        client.close();
    }
}
