package dev.mycel.collective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two instances' registries behind two real peer servers on loopback, exchanging patterns over HTTP. */
class PeerExchangeTest {
    private static final Instant CREATED = Instant.parse("2026-12-01T10:00:00Z");
    private final InstanceKey alice = InstanceKey.generate();
    private final MemoryRegistry laptop = new MemoryRegistry();
    private final MemoryRegistry desktop = new MemoryRegistry();
    private PeerServer laptopServer;
    private PeerServer desktopServer;
    private PeerClient toLaptop;
    private PeerClient toDesktop;

    @BeforeEach
    void start() throws IOException {
        laptopServer = PeerServer.start(laptop, PeerServer.Config.loopback(0));
        desktopServer = PeerServer.start(desktop, PeerServer.Config.loopback(0));
        toLaptop = new PeerClient(laptopServer.base().toString(), Duration.ofSeconds(5));
        toDesktop = new PeerClient(desktopServer.base().toString(), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        laptopServer.close();
        desktopServer.close();
    }

    static SignedPattern pattern(int version, InstanceKey key) throws Exception {
        return Envelope.seal(T6_EnvelopeTest.TOML.replace("version = 2", "version = " + version), "low", CREATED, key);
    }

    @Test
    void patternsPublishedOnOnePeerSyncToTheOtherPageByPage() throws Exception {
        List<SignedPattern> sent = new ArrayList<>();
        for (int v = 1; v <= 5; v++) {
            SignedPattern p = pattern(v, alice);
            sent.add(p);
            assertThat(toLaptop.publish(p)).isEqualTo(new Registry.Published.Stored(p.address()));
        }
        assertThat(laptop.size()).isEqualTo(5);
        assertThat(laptopServer.base().getHost()).isEqualTo("127.0.0.1");

        Registry.Synced first = Registry.sync(toLaptop, toDesktop, null, 2);
        assertThat(first).isEqualTo(new Registry.Synced("5", 5, List.of()));
        assertThat(desktop.size()).isEqualTo(5);
        for (SignedPattern p : sent) {
            Envelope.Verified v = ((Registry.Fetched.Found) toDesktop.fetch(p.address())).pattern();
            assertThat(v.signed()).isEqualTo(p);
            assertThat(v.author()).isEqualTo(alice.publicKey());
        }

        assertThat(Registry.sync(toLaptop, toDesktop, first.cursor(), 2)).isEqualTo(new Registry.Synced("5", 0, List.of()));
        SignedPattern sixth = pattern(6, alice);
        toLaptop.publish(sixth);
        assertThat(Registry.sync(toLaptop, toDesktop, first.cursor(), 2)).isEqualTo(new Registry.Synced("6", 1, List.of()));
        assertThat(desktop.fetch(sixth.address())).isInstanceOf(Registry.Fetched.Found.class);
    }

    @Test
    void listingPagesWithTheCursorAndTheServerCapsThePageSize() throws Exception {
        for (int v = 1; v <= 4; v++) {
            laptop.publish(pattern(v, alice));
        }
        Registry.Page p1 = toLaptop.list("", 3);
        assertThat(p1.addresses()).hasSize(3);
        assertThat(p1.nextCursor()).isEqualTo("3");
        Registry.Page p2 = toLaptop.list(p1.nextCursor(), 3);
        assertThat(p2.addresses()).hasSize(1).doesNotContainAnyElementsOf(p1.addresses());
        assertThat(toLaptop.list(p2.nextCursor(), 3)).isEqualTo(new Registry.Page(List.of(), "4"));

        try (PeerServer small = PeerServer.start(laptop, new PeerServer.Config("127.0.0.1", 0, 1 << 20, 2))) {
            assertThat(new PeerClient(small.base().toString(), Duration.ofSeconds(5)).list("", 100).addresses()).hasSize(2);
        }
        assertThatThrownBy(() -> toLaptop.list("not-a-cursor", 3)).isInstanceOf(IOException.class).hasMessageContaining("400");
    }

    @Test
    void anUnknownAddressIsAbsentAndPublishingTwiceStoresOnce() throws Exception {
        SignedPattern p = pattern(1, alice);
        assertThat(toLaptop.fetch(p.address())).isEqualTo(new Registry.Fetched.Absent());
        toLaptop.publish(p);
        toLaptop.publish(p);
        assertThat(laptop.size()).isEqualTo(1);
        assertThat(toLaptop.fetch("../../etc/passwd")).isInstanceOf(Registry.Fetched.Refused.class);
    }

    @Test
    void theClientRefusesUrlsThatAreNotPlainHttp() {
        assertThatThrownBy(() -> new PeerClient("file:///etc/passwd", Duration.ofSeconds(1))).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> new PeerClient("ftp://127.0.0.1/", Duration.ofSeconds(1))).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> new PeerClient("http://me:secret@127.0.0.1:1/", Duration.ofSeconds(1)))
                .hasMessageContaining("user name or password").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> new PeerClient("http:///nohost", Duration.ofSeconds(1))).hasMessageContaining("no host");
        assertThat(new PeerClient("https://peer.lan:8443/mycel/", Duration.ofSeconds(1)).toString()).contains("https://peer.lan:8443/mycel]");
    }

    @Test
    void aPeerThatIsNotThereIsAnIoErrorNotAnEmptyRegistry() throws Exception {
        String url = laptopServer.base().toString();
        laptopServer.close();
        assertThatThrownBy(() -> new PeerClient(url, Duration.ofSeconds(2)).list("", 1)).isInstanceOf(IOException.class);
    }

    @Test
    void theServerAnswersOnlyItsRoutesAndTheClientKeepsOnlyWellFormedAddresses() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.util.function.BiFunction<String, String, Integer> status = (method, path) -> {
            try {
                return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(laptopServer.base() + path))
                        .method(method, java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(status.apply("DELETE", "/patterns/" + "a".repeat(64))).isEqualTo(405);
        assertThat(status.apply("GET", "/patterns/..%2F..%2Fetc")).isEqualTo(400);
        assertThat(status.apply("GET", "/patterns?limit=0")).isEqualTo(400);
        assertThat(status.apply("GET", "/other")).isEqualTo(404);

        SignedPattern p = pattern(1, alice);
        try (FakePeer peer = new FakePeer()) {
            peer.lists("../etc/passwd", p.address().toUpperCase(java.util.Locale.ROOT), p.address());
            assertThat(new PeerClient(peer.url(), Duration.ofSeconds(5)).list("", 10).addresses()).containsExactly(p.address());
        }
    }
}
