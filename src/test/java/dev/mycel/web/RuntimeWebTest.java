package dev.mycel.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.ai.FakeAnthropic;
import dev.mycel.audit.AuditLog;
import dev.mycel.harness.RawClient;
import dev.mycel.harness.RuntimeHarness;
import dev.mycel.runtime.ChatFixture;
import dev.mycel.runtime.MycelRuntime;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The web UI as the runtime serves it: a real runtime whose model is a loopback Anthropic fake,
 * browsers logged in through {@code ui.login} links, talking HTTP and WebSocket like the UI's
 * page does. Browser sessions are runtime sessions of their own (invariant 8), surfaces are
 * judged and audited actions, and the door refuses what it must.
 */
class RuntimeWebTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final RuntimeHarness rt = new RuntimeHarness();

    private final FakeAnthropic fake = new FakeAnthropic().models();

    @AfterEach
    void tearDown() {
        fake.close();
    }

    private RawClient start(String extraToml) throws Exception {
        ChatFixture.configure(rt, fake, extraToml);
        rt.start();
        return rt.authedClient();
    }

    private static String loginLink(RawClient c) throws Exception {
        return c.call("ui.login", null).path("result").path("url").asText();
    }

    private static ObjectNode args() {
        return JSON.createObjectNode();
    }

    private static String chat(String message) {
        return JSON.createObjectNode().put("message", message).toString();
    }

    @Test
    void theRuntimeServesTheUiOnLoopbackAndStatusSaysWhere() throws Exception {
        RawClient c = start("");
        String link = loginLink(c); // waits for the web server, which starts beside the socket
        JsonNode web = c.call("status", null).path("result").path("web");
        assertThat(web.path("enabled").asBoolean()).isTrue();
        String url = web.path("url").asText();
        assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/");
        assertThat(link).startsWith(url + "login?t=");
        BrowserClient b = BrowserClient.login(link);
        assertThat(b.landing).isEqualTo("/");
        assertThat(b.get("/").statusCode()).isEqualTo(200);
        assertThat(b.getJson("/api/status").path("runtime").path("web").path("url").asText()).isEqualTo(url);
        assertThat(BrowserClient.spend(link).statusCode()).as("a spent link").isEqualTo(403);
        assertThat(rt.log()).doesNotContain(link.substring(link.indexOf("t=") + 2)).doesNotContain(b.cookie);
    }

    @Test
    void aChatInTheBrowserStreamsAndItsConfirmationCanBeAnsweredOnlyByThatBrowser() throws Exception {
        Path notes = Files.writeString(rt.places().home().resolve("notes.txt"), "keep me");
        RawClient socket = start("[policy]\nconfirm_timeout_seconds = 20\n");
        fake.toolUse("I will delete it. ", "toolu_1", "delete_file", args().put("path", "~/notes.txt").toString())
                .text("Deleted ", "notes.txt.");
        try (BrowserClient a = BrowserClient.login(loginLink(socket)).listen();
             BrowserClient other = BrowserClient.login(loginLink(socket))) {
            assertThat(a.post("/api/chat", chat("delete my notes")).statusCode()).isEqualTo(202);
            assertThat(a.awaitType("delta", 20).path("text").asText()).isEqualTo("I will delete it. ");
            JsonNode card = a.awaitType("pending", 20).path("action");
            String id = card.path("actionId").asText();
            assertThat(card.path("summary").asText()).contains("notes.txt");
            assertThat(card.path("risk").asText()).isIn("medium", "high");
            assertThat(card.path("reason").asText()).isNotBlank();

            assertThat(other.post("/api/confirm", confirm(id, "once")).statusCode()).as("another browser").isEqualTo(404);
            JsonNode fromSocket = socket.call("action.confirm", JSON.createObjectNode().put("actionId", id).put("approve", true));
            assertThat(RawClient.errorCode(fromSocket)).as("a socket client").isEqualTo(-32602);
            assertThat(notes).exists();

            assertThat(a.post("/api/confirm", confirm(id, "once")).statusCode()).isEqualTo(200);
            assertThat(a.awaitType("resolved", 20).path("decision").asText()).isEqualTo("approved");
            assertThat(a.awaitType("finished", 20).path("reply").asText()).isEqualTo("I will delete it. \n\nDeleted notes.txt.");
            assertThat(notes).doesNotExist();
        }
        assertThat(fake.body(1).toString()).contains("delete my notes");
    }

    @Test
    void aBrowserThatDeniesKeepsTheFileAndTheModelHearsWhy() throws Exception {
        Path notes = Files.writeString(rt.places().home().resolve("notes.txt"), "keep me");
        RawClient socket = start("[policy]\nconfirm_timeout_seconds = 20\n");
        fake.toolUse("", "toolu_1", "delete_file", args().put("path", "~/notes.txt").toString()).text("Kept it.");
        try (BrowserClient a = BrowserClient.login(loginLink(socket)).listen()) {
            a.post("/api/chat", chat("delete my notes"));
            String id = a.awaitType("pending", 20).path("action").path("actionId").asText();
            assertThat(a.post("/api/confirm", confirm(id, "deny")).statusCode()).isEqualTo(200);
            assertThat(a.awaitType("resolved", 20).path("decision").asText()).isEqualTo("declined");
            a.awaitType("finished", 20);
        }
        assertThat(notes).hasContent("keep me");
        assertThat(fake.body(1).toString()).contains("not approved");
    }

    private static String confirm(String actionId, String approval) {
        return JSON.createObjectNode().put("actionId", actionId).put("approval", approval).toString();
    }

    @Test
    void theModelsSurfaceIsJudgedAuditedSanitizedAndOpensFromItsLink() throws Exception {
        RawClient c = start("");
        fake.toolUse("", "toolu_1", "show_surface", args().put("title", "Disk use")
                .put("html", "<h1>Disk</h1><p>42%</p><img src=x onerror=alert(1)><script>alert(2)</script>").toString())
                .text("Shown.");
        JsonNode result = c.call("chat", JSON.createObjectNode().put("message", "show disk use")).path("result");
        JsonNode s = result.path("surfaces").path(0);
        String id = s.path("id").asText();
        try (BrowserClient b = BrowserClient.login(s.path("url").asText())) {
            assertThat(b.landing).isEqualTo("/surface/" + id);
            JsonNode listed = b.getJson("/api/surfaces");
            assertThat(listed).extracting(n -> n.path("id").asText()).contains(id);
            JsonNode shown = listed.get(0);
            assertThat(shown.path("kind").asText()).isEqualTo("static");
            String src = shown.path("src").asText();
            java.net.URI surface = java.net.URI.create(src);
            RawHttp.Response page = RawHttp.get(surface.getPort(), surface.getPath(), "Host: 127.0.0.1:" + surface.getPort(),
                    "Sec-Fetch-Dest: iframe", "Sec-Fetch-Site: same-site");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("<h1>Disk</h1>").doesNotContain("<script").doesNotContain("onerror");
            assertThat(page.header("Content-Security-Policy")).contains("connect-src 'none'").contains("script-src 'none'");
        }
        List<String> audit = AuditLog.tail(AuditLog.fileIn(rt.places().dataDir()), 50);
        assertThat(audit).anyMatch(l -> l.contains("ActionProposed") && l.contains("show_surface"));
    }

    @Test
    void surfaceShowAndUiFromTheCommandLineGiveLinksThatOpen() throws Exception {
        start("");
        RuntimeHarness.CliResult shown = rt.cliWithInput("<h1>Hello</h1>", "surface", "show", "--title", "Greeting", "-");
        assertThat(shown.exitCode()).as(shown.output()).isZero();
        String link = shown.output().lines().filter(l -> l.startsWith("http://127.0.0.1:")).findFirst().orElseThrow();
        try (BrowserClient b = BrowserClient.login(link)) {
            assertThat(b.landing).startsWith("/surface/");
            assertThat(b.getJson("/api/surfaces").get(0).path("title").asText()).isEqualTo("Greeting");
        }
        RuntimeHarness.CliResult ui = rt.cli("ui", "--no-open");
        assertThat(ui.exitCode()).as(ui.output()).isZero();
        String uiLink = ui.output().lines().filter(l -> l.contains("/login?t=")).findFirst().orElseThrow();
        assertThat(BrowserClient.login(uiLink).landing).isEqualTo("/");
        RuntimeHarness.CliResult status = rt.cli("status");
        assertThat(status.output()).contains("web:").containsPattern("url: http://127\\.0\\.0\\.1:\\d+/");
    }

    @Test
    void aSurfaceTooLargeOrUntitledIsABadRequestThatShowsNothing() throws Exception {
        RawClient c = start("[web]\nmax_surface_kb = 1\n");
        JsonNode big = c.call("surface.create", JSON.createObjectNode().put("title", "Big").put("html", "x".repeat(2000)));
        assertThat(RawClient.errorCode(big)).isEqualTo(-32602);
        assertThat(big.path("error").path("message").asText()).contains("2000 bytes").contains("max_surface_kb");
        JsonNode untitled = c.call("surface.create", JSON.createObjectNode().put("html", "<p>x</p>"));
        assertThat(RawClient.errorCode(untitled)).isEqualTo(-32602);
        try (BrowserClient b = BrowserClient.login(loginLink(c))) {
            assertThat(b.getJson("/api/surfaces")).isEmpty();
        }
    }

    @Test
    void anInteractiveSurfacesAskIsAnOrdinaryRequestWhoseActionsStillNeedTheUser() throws Exception {
        Path notes = Files.writeString(rt.places().home().resolve("notes.txt"), "keep me");
        RawClient c = start("[policy]\nconfirm_timeout_seconds = 20\n");
        JsonNode created = c.call("surface.create", JSON.createObjectNode().put("title", "Cleaner")
                .put("html", "<button>Clean</button>").put("interactive", true)).path("result");
        fake.toolUse("", "toolu_1", "delete_file", args().put("path", "~/notes.txt").toString()).text("Not deleted.");
        try (BrowserClient b = BrowserClient.login(created.path("url").asText()).listen()) {
            HttpResponse<String> asked = b.post("/api/surfaces/" + created.path("id").asText() + "/ask",
                    JSON.createObjectNode().put("text", "delete ~/notes.txt now").toString());
            assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
            JsonNode card = b.awaitType("pending", 20).path("action");
            assertThat(card.path("summary").asText()).contains("notes.txt");
            b.post("/api/confirm", confirm(card.path("actionId").asText(), "deny"));
            b.awaitType("finished", 20);
        }
        assertThat(notes).hasContent("keep me");
        String sent = fake.body(0).path("messages").toString();
        assertThat(sent).contains("Sent by the interactive page \\\"Cleaner\\\"").contains("not typed by the user")
                .contains("delete ~/notes.txt now");
    }

    @Test
    void withTheWebOffThereIsNoPortAndAClearAnswer() throws Exception {
        RawClient c = start("[web]\nenabled = false\n");
        assertThat(c.call("status", null).path("result").path("web").path("enabled").asBoolean()).isFalse();
        JsonNode login = c.call("ui.login", null);
        assertThat(RawClient.errorCode(login)).isEqualTo(-32600);
        assertThat(login.path("error").path("message").asText()).contains("[web] enabled = true");
        JsonNode surface = c.call("surface.create", JSON.createObjectNode().put("title", "T").put("html", "<p>x</p>"));
        assertThat(RawClient.errorCode(surface)).isEqualTo(-32600);
        fake.toolUse("", "toolu_1", "show_surface", args().put("title", "T").put("html", "<p>x</p>").toString()).text("ok");
        c.call("chat", JSON.createObjectNode().put("message", "show it"));
        assertThat(fake.body(1).toString()).contains("the web UI is off");
    }

    @Test
    void aTakenWebPortIsReportedWithWhatToChangeAndTheRestWorks() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            RawClient c = start("[web]\nport = " + taken.getLocalPort() + "\n");
            JsonNode login = c.call("ui.login", null);
            assertThat(RawClient.errorCode(login)).isEqualTo(-32600);
            assertThat(login.path("error").path("message").asText())
                    .contains("the web UI cannot listen on 127.0.0.1:" + taken.getLocalPort()).contains("[web] port");
            assertThat(c.call("status", null).path("result").path("web").path("problem").asText()).contains("[web] port");
            assertThat(c.call("ping", null).path("result").asText()).isEqualTo("pong");
            assertThat(rt.log()).contains("the web UI cannot listen");
        }
    }

    @Test
    void aRestartOfTheRuntimeEndsEveryBrowserSession() throws Exception {
        int port;
        int surfacePort;
        try (ServerSocket a = new ServerSocket(0); ServerSocket b = new ServerSocket(0)) {
            port = a.getLocalPort();
            surfacePort = b.getLocalPort();
        }
        MycelRuntime first;
        ChatFixture.configure(rt, fake, "[web]\nport = " + port + "\nsurface_port = " + surfacePort + "\n");
        first = rt.start();
        BrowserClient b = BrowserClient.login(loginLink(rt.authedClient()));
        assertThat(b.get("/api/status").statusCode()).isEqualTo(200);
        first.stop();
        rt.start();
        String fresh = loginLink(rt.authedClient()); // the web server is up once a link is handed out
        assertThat(b.get("/api/status").statusCode()).as("the old cookie after a restart").isEqualTo(401);
        assertThat(BrowserClient.login(fresh).get("/api/status").statusCode()).isEqualTo(200);
    }

    @Test
    void theRuntimesUiRefusesForeignHostsOriginsAndCrossSiteRequests() throws Exception {
        RawClient c = start("");
        BrowserClient b = BrowserClient.login(loginLink(c));
        int port = b.base.getPort();
        assertThat(RawHttp.get(port, "/", "Host: evil.test").status()).as("DNS rebinding").isEqualTo(421);
        assertThat(RawHttp.get(port, "/", "Host: evil.test:" + port, "Cookie: " + BrowserSessions.COOKIE + "=" + b.cookie).status())
                .isEqualTo(421);
        assertThat(RawHttp.get(port, "/", "Host: ").status()).as("empty Host").isIn(400, 421);
        assertThat(b.post("/api/chat", chat("delete everything"), "http://evil.test").statusCode()).as("CSRF").isEqualTo(403);
        assertThat(b.post("/api/chat", chat("delete everything"), "null").statusCode()).as("CSRF from a sandbox").isEqualTo(403);
        RawHttp.Response ws = RawHttp.send(port, "GET /ws HTTP/1.1\nHost: 127.0.0.1:" + port + "\nUpgrade: websocket\n"
                + "Connection: Upgrade\nSec-WebSocket-Version: 13\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\n"
                + "Origin: http://evil.test\nCookie: " + BrowserSessions.COOKIE + "=" + b.cookie + "\n\n");
        assertThat(ws.status()).as("cross-site WebSocket hijacking").isEqualTo(403);
        assertThat(fake.requests()).noneMatch(r -> r.path().contains("messages"));
    }
}
