package dev.mycel.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.config.WebSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The UI's door: one-time login, the cookie, Host and Origin checks and the headers, over plain HTTP. */
class WebGateTest {
    private static final MutableClock CLOCK = new MutableClock();
    private static final FakeBackend BACKEND = new FakeBackend();
    private static WebServer server;
    private static int port;
    private static String origin;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void start() {
        server = WebServer.start(WebSettings.defaults(), BACKEND, CLOCK);
        port = server.url().getPort();
        origin = "http://127.0.0.1:" + port;
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(origin + path)).GET();
        if (cookie != null) {
            b.header("Cookie", BrowserSessions.COOKIE + "=" + cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String cookie, String originHeader, String type, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(origin + path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            b.header("Cookie", BrowserSessions.COOKIE + "=" + cookie);
        }
        if (originHeader != null) {
            b.header("Origin", originHeader);
        }
        if (type != null) {
            b.header("Content-Type", type);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in through a fresh link and returns the cookie value. */
    static String login() throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.loginLink()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(303);
        Matcher m = Pattern.compile(BrowserSessions.COOKIE + "=([^;]+)").matcher(r.headers().firstValue("Set-Cookie").orElseThrow());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void loginSetsAnHttpOnlyStrictSessionCookieAndRedirectsHome() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.loginLink()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).contains("/");
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(BrowserSessions.COOKIE + "=").contains("; HttpOnly").contains("; SameSite=Strict")
                .contains("; Path=/").doesNotContain("Max-Age").doesNotContain("Expires").doesNotContain("Domain");
        String value = cookie.substring(BrowserSessions.COOKIE.length() + 1, cookie.indexOf(';'));
        assertThat(value).matches("[A-Za-z0-9_-]{43}"); // 256 random bits
        assertThat(get("/", value).statusCode()).isEqualTo(200);
    }

    @Test
    void aLoginLinkIsSpentAfterOneUse() throws Exception {
        URI link = server.loginLink();
        assertThat(HTTP.send(HttpRequest.newBuilder(link).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(303);
        HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(link).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(403);
        assertThat(again.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aLoginLinkExpiresAfterSixtySeconds() throws Exception {
        URI fresh = server.loginLink();
        URI stale = server.loginLink();
        CLOCK.advance(Duration.ofSeconds(59));
        assertThat(HTTP.send(HttpRequest.newBuilder(fresh).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(303);
        CLOCK.advance(Duration.ofSeconds(1));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(stale).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void madeUpAndMissingTokensDoNotLogIn() throws Exception {
        for (String path : List.of("/login", "/login?t=", "/login?t=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")) {
            HttpResponse<String> r = get(path, null);
            assertThat(r.statusCode()).as(path).isEqualTo(403);
            assertThat(r.headers().firstValue("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void aSurfaceLinkLeadsToThatSurfaceAndNowhereElse() throws Exception {
        SurfaceRef ref = server.publish("Report", "<p>hi</p>", SurfaceKind.STATIC);
        assertThat(ref.url().getQuery()).startsWith("t=").doesNotContain("next");
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(ref.url()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Location")).contains("/surface/" + ref.id());
        // a next added to the URL by anyone is ignored: the target is bound to the token
        URI tampered = URI.create(server.loginLink() + "&next=//evil.test/");
        HttpResponse<String> t = HTTP.send(HttpRequest.newBuilder(tampered).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(t.headers().firstValue("Location")).contains("/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.test", "/\\evil.test", "http://evil.test/", "/surface/../x", "/surface/ab/../../x",
            "/%2F%2Fevil.test", "", "javascript:alert(1)", "/surface/ab?x", "/ ", "\t/"})
    void onlyUiPathsAreLoginTargets(String next) {
        assertThat(LoginLinks.safeNext(next)).isEqualTo("/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/surface/x", "/app.js", "/app.css", "/api/status", "/api/audit", "/api/surfaces", "/nothing"})
    void withoutTheCookieEveryPathIs401(String path) throws Exception {
        assertThat(get(path, null).statusCode()).isEqualTo(401);
        assertThat(get(path, "forged-cookie-value").statusCode()).isEqualTo(401);
    }

    @Test
    void withoutTheCookiePostsAndTheSocketAre401() throws Exception {
        assertThat(post("/api/chat", null, origin, "application/json", "{\"message\":\"hi\"}").statusCode()).isEqualTo(401);
        assertThat(post("/api/confirm", null, origin, "application/json", "{\"actionId\":\"a\",\"approval\":\"once\"}").statusCode()).isEqualTo(401);
        assertThat(upgrade(null, origin).status()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Host: evil.test", "Host: evil.test:PORT", "Host: 127.0.0.1", "Host: 127.0.0.1:1", "Host: localhost",
            "Host: 127.0.0.2:PORT", "Host: [::1]:PORT", "Host: 127.0.0.1:PORT.evil.test", "Host: 0x7f000001:PORT", "Host: ",
            "Host: LOCALHOST:PORT evil"})
    void foreignHostsAreRefused(String hostLine) throws Exception {
        String cookie = login();
        RawHttp.Response r = RawHttp.get(port, "/", hostLine.replace("PORT", String.valueOf(port)),
                "Cookie: " + BrowserSessions.COOKIE + "=" + cookie);
        assertThat(r.status()).isIn(400, 421);
        assertThat(r.body()).doesNotContain("Mycel").doesNotContain("script");
    }

    @Test
    void aMissingHostIsRefused() throws Exception {
        String cookie = login();
        RawHttp.Response http11 = RawHttp.get(port, "/", null, "Cookie: " + BrowserSessions.COOKIE + "=" + cookie);
        assertThat(http11.status()).isIn(400, 421);
        RawHttp.Response http10 = RawHttp.send(port, "GET / HTTP/1.0\nCookie: " + BrowserSessions.COOKIE + "=" + cookie + "\n\n");
        assertThat(http10.status()).isIn(400, 421);
        assertThat(http10.body()).doesNotContain("script");
        for (RawHttp.Response r : List.of(http11, http10)) {
            assertThat(r.header("X-Content-Type-Options")).as(r.toString()).isEqualTo("nosniff");
            assertThat(r.header("Content-Security-Policy")).as(r.toString()).contains("frame-ancestors 'none'");
        }
    }

    @Test
    void bothLoopbackSpellingsAreAccepted() throws Exception {
        String cookie = login();
        for (String host : List.of("127.0.0.1", "localhost")) {
            RawHttp.Response r = RawHttp.get(port, "/api/status", "Host: " + host + ":" + port, "Cookie: " + BrowserSessions.COOKIE + "=" + cookie);
            assertThat(r.status()).as(host).isEqualTo(200);
        }
    }

    static RawHttp.Response upgrade(String cookie, String originHeader) throws IOException {
        List<String> h = new ArrayList<>(List.of("Upgrade: websocket", "Connection: Upgrade",
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version: 13"));
        if (cookie != null) {
            h.add("Cookie: " + BrowserSessions.COOKIE + "=" + cookie);
        }
        if (originHeader != null) {
            h.add("Origin: " + originHeader);
        }
        StringBuilder r = new StringBuilder("GET /ws HTTP/1.1\nHost: 127.0.0.1:" + port + "\n");
        h.forEach(x -> r.append(x).append('\n'));
        return RawHttp.send(port, r.append('\n').toString());
    }

    @Test
    void aWebSocketUpgradeNeedsTheUisOwnOrigin() throws Exception {
        String cookie = login();
        RawHttp.Response accepted = upgrade(cookie, origin);
        assertThat(accepted.status()).isEqualTo(101);
        assertThat(accepted.header("Set-Cookie")).as("no servlet session cookie").isNull();
        assertThat(upgrade(cookie, "http://localhost:" + port).status()).isEqualTo(101);
        for (String foreign : List.of("http://evil.test", "null", "http://127.0.0.1:" + server.surfacePort(),
                "https://127.0.0.1:" + port, "http://127.0.0.1:" + port + ".evil.test")) {
            assertThat(upgrade(cookie, foreign).status()).as(foreign).isEqualTo(403);
        }
        assertThat(upgrade(cookie, null).status()).isEqualTo(403);
    }

    @Test
    void aCrossSitePostIsRefused() throws Exception {
        String cookie = login();
        int before = BACKEND.chats.size();
        String body = "{\"message\":\"delete everything\"}";
        assertThat(post("/api/chat", cookie, "http://evil.test", "application/json", body).statusCode()).isEqualTo(403);
        assertThat(post("/api/chat", cookie, null, "application/json", body).statusCode()).isEqualTo(403);
        assertThat(post("/api/chat", cookie, "null", "application/json", body).statusCode()).isEqualTo(403);
        assertThat(post("/api/chat", cookie, "http://127.0.0.1:" + server.surfacePort(), "application/json", body).statusCode()).isEqualTo(403);
        assertThat(post("/api/chat", cookie, origin, "text/plain", body).statusCode()).isEqualTo(403);
        assertThat(post("/api/chat", cookie, origin, "application/x-www-form-urlencoded", "message=x").statusCode()).isEqualTo(403);
        assertThat(post("/api/confirm", cookie, "http://evil.test", "application/json",
                "{\"actionId\":\"act-1\",\"approval\":\"once\"}").statusCode()).isEqualTo(403);
        assertThat(BACKEND.chats).hasSize(before);
        assertThat(BACKEND.confirms).isEmpty();
        assertThat(post("/api/chat", cookie, origin, "application/json", body).statusCode()).isEqualTo(202);
    }

    @Test
    void aConfirmationIsAnsweredUnderTheAnsweringBrowsersOwnSession() throws Exception {
        String a = login();
        String b = login();
        assertThat(post("/api/confirm", b, origin, "application/json", "{\"actionId\":\"act-1\",\"approval\":\"once\"}").statusCode())
                .isEqualTo(404); // the fake backend has nothing pending for b
        assertThat(post("/api/confirm", a, origin, "application/json", "{\"actionId\":\"act-1\",\"approval\":\"sometimes\"}").statusCode())
                .isEqualTo(400);
        assertThat(BACKEND.confirms).extracting(FakeBackend.Confirm::session).doesNotHaveDuplicates();
    }

    @Test
    void securityHeadersAreOnEveryKindOfResponse() throws Exception {
        String cookie = login();
        List<HttpResponse<String>> ui = List.of(get("/", cookie), get("/app.js", cookie), get("/app.css", cookie),
                get("/api/status", cookie), get("/nothing", cookie), get("/", null), get("/login?t=bad", null),
                HTTP.send(HttpRequest.newBuilder(server.loginLink()).GET().build(), HttpResponse.BodyHandlers.ofString()),
                post("/api/chat", cookie, "http://evil.test", "application/json", "{}"),
                post("/api/chat", cookie, origin, "application/json", "{not json"));
        assertThat(ui).extracting(HttpResponse::statusCode).contains(200, 401, 403, 404, 303, 400);
        for (HttpResponse<String> r : ui) {
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(r.uri() + " " + r.statusCode()).contains("default-src 'none'").contains("frame-ancestors 'none'")
                    .contains("script-src 'nonce-").contains("base-uri 'none'").contains("form-action 'none'")
                    .contains("frame-src http://127.0.0.1:" + server.surfacePort())
                    .contains("connect-src 'self' ws://127.0.0.1:" + port)
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).contains("no-referrer");
            assertThat(r.headers().firstValue("Cross-Origin-Opener-Policy")).contains("same-origin");
            assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
        }
        RawHttp.Response refused = RawHttp.get(port, "/", "Host: evil.test");
        assertThat(refused.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void thePageScriptCarriesAFreshNonceFromItsOwnResponse() throws Exception {
        String cookie = login();
        HttpResponse<String> one = get("/", cookie);
        HttpResponse<String> two = get("/", cookie);
        String nonce = nonceOf(one);
        assertThat(one.body()).contains("<script nonce=\"" + nonce + "\" src=\"/app.js\"");
        assertThat(nonce).isNotEqualTo(nonceOf(two)).hasSizeGreaterThanOrEqualTo(32);
        assertThat(one.body()).doesNotContainPattern("<script(?![^>]*src=)").doesNotContainPattern("\\son[a-z]+=");
    }

    private static String nonceOf(HttpResponse<String> r) {
        Matcher m = Pattern.compile("'nonce-([^']+)'").matcher(r.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void theSurfaceServerServesOnlyExactCapabilityUrlsInsideFrames() throws Exception {
        SurfaceStore.Surface s = surfaceOf(server.publish("Numbers", "<table><tr><td>1</td></tr></table>", SurfaceKind.STATIC));
        int sp = server.surfacePort();
        String host = "Host: 127.0.0.1:" + sp;
        String path = "/s/" + s.id() + "/" + s.capability().value();
        RawHttp.Response ok = RawHttp.get(sp, path, host, "Sec-Fetch-Dest: iframe", "Sec-Fetch-Site: same-site");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.header("Content-Security-Policy")).contains("default-src 'none'").contains("script-src 'none'")
                .contains("connect-src 'none'").contains("form-action 'none'").contains("base-uri 'none'")
                .contains("frame-ancestors http://127.0.0.1:" + port + " http://localhost:" + port).endsWith("sandbox");
        assertThat(ok.header("Cross-Origin-Resource-Policy")).isEqualTo("same-site");
        assertThat(ok.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(ok.header("Set-Cookie")).isNull();
        assertThat(RawHttp.get(sp, "/s/" + s.id() + "/wrong", host).status()).isEqualTo(404);
        assertThat(RawHttp.get(sp, "/s/" + s.id(), host).status()).isEqualTo(404);
        assertThat(RawHttp.get(sp, path, host, "Sec-Fetch-Dest: document").status()).isEqualTo(404);
        assertThat(RawHttp.get(sp, path, host, "Sec-Fetch-Dest: iframe", "Sec-Fetch-Site: cross-site").status()).isEqualTo(404);
        assertThat(RawHttp.get(sp, path, "Host: evil.test:" + sp).status()).isEqualTo(421);
        RawHttp.Response missing = RawHttp.get(sp, "/nothing", host);
        assertThat(missing.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(missing.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void interactiveSurfacesMayRunScriptButStillReachNothing() throws Exception {
        SurfaceStore.Surface s = surfaceOf(server.publish("Clock", "<script>1</script>", SurfaceKind.INTERACTIVE));
        RawHttp.Response ok = RawHttp.get(server.surfacePort(), "/s/" + s.id() + "/" + s.capability().value(),
                "Host: 127.0.0.1:" + server.surfacePort());
        assertThat(ok.header("Content-Security-Policy")).contains("script-src 'unsafe-inline'").contains("connect-src 'none'")
                .contains("default-src 'none'").endsWith("sandbox allow-scripts").doesNotContain("allow-same-origin");
    }

    @Test
    void aSurfaceOverTheSizeLimitIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> server.publish("big", "x".repeat(600 * 1024), SurfaceKind.STATIC))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
    }

    private static SurfaceStore.Surface surfaceOf(SurfaceRef ref) {
        return server.store().find(ref.id()).orElseThrow();
    }
}
