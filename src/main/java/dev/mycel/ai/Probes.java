package dev.mycel.ai;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/** The one shape every provider's probe has: a GET that either answers 2xx or explains why not. */
final class Probes {
    private Probes() {
    }

    static Probe get(RetryingHttp http, HttpRequest request, Duration timeout, Function<String, String> errorText,
                     ApiKey key, Function<String, Probe> onBody) {
        String[] why = {"no answer"};
        Optional<String> body = http.probe(request, timeout, errorText, key, w -> why[0] = w);
        return body.map(onBody).orElseGet(() -> new Probe.NotReady(why[0]));
    }
}
