package dev.mycel.collective;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The HTTP client every outbound transport uses: only http(s) URLs without user-info, a connect
 * and a request timeout, no redirects (a peer cannot send us elsewhere), and a response read no
 * further than a limit (invariant 6), so a hostile peer costs at most that much memory.
 */
final class BoundedHttp {
    /** A response, its body already read within the limit. */
    record Response(int status, byte[] body) {
    }

    private final HttpClient client;
    private final Duration timeout;
    private final int maxResponseBytes;

    BoundedHttp(Duration timeout, int maxResponseBytes) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
        this.maxResponseBytes = maxResponseBytes;
    }

    /**
     * The base URL, checked: a scheme other than http(s) or credentials in the URL are refused
     * (credentials in a URL end up in logs and error messages), as is a URL with a query or fragment.
     */
    static URI base(String url) {
        URI u;
        try {
            u = new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + e.getReason());
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("only http and https URLs are used, not '" + scheme + "'");
        }
        if (u.getRawUserInfo() != null) {
            throw new IllegalArgumentException("a URL with a user name or password in it is refused; credentials do not belong in URLs");
        }
        if (u.getHost() == null || u.getHost().isEmpty()) {
            throw new IllegalArgumentException("the URL has no host");
        }
        if (u.getRawQuery() != null || u.getRawFragment() != null) {
            throw new IllegalArgumentException("a base URL has no query or fragment");
        }
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        return URI.create(scheme + "://" + u.getRawAuthority() + (path.endsWith("/") ? path.substring(0, path.length() - 1) : path));
    }

    Response get(URI uri) throws IOException {
        return send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build());
    }

    Response post(URI uri, String contentType, byte[] body) throws IOException {
        return send(HttpRequest.newBuilder(uri).timeout(timeout).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private Response send(HttpRequest request) throws IOException {
        HttpResponse<InputStream> r;
        try {
            r = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + request.uri().getAuthority());
        }
        try (InputStream in = r.body()) {
            byte[] body = in.readNBytes(maxResponseBytes + 1);
            if (body.length > maxResponseBytes) {
                throw new TooLarge(request.uri().getAuthority() + " answered with more than " + maxResponseBytes + " bytes");
            }
            return new Response(r.statusCode(), body);
        }
    }

    /** A response over the limit: the far side is misbehaving, and nothing it sent is used. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }
}
