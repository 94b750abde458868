package dev.mycel.collective;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * T6 on the wire: whatever a peer, a NEAR node or an IPFS node sends, a pattern is handed out or
 * stored only when it verifies against the address it was asked for, and every refusal says why.
 */
@Tag("T6")
class T6_TransportTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final InstanceKey alice = InstanceKey.generate();
    private final InstanceKey mallory = InstanceKey.generate();

    private static String reason(Registry.Fetched f) {
        assertThat(f).isInstanceOf(Registry.Fetched.Refused.class);
        return ((Registry.Fetched.Refused) f).reason();
    }

    private static byte[] travelling(String address, byte[] body, byte[] signature) {
        ObjectNode n = new SignedPattern(body, signature).toJson().put("address", address);
        return Canonical.bytes(n);
    }

    @Test
    void T6_aPeerServingAFlippedByteIsRefusedOnArrivalAndNothingIsStored() throws Exception {
        SignedPattern p = PeerExchangeTest.pattern(1, alice);
        byte[] body = p.body();
        body[body.length / 2] ^= 0x01;
        try (FakePeer peer = new FakePeer()) {
            peer.lists(p.address()).serve("/patterns/" + p.address(), travelling(p.address(), body, p.signature()));
            PeerClient client = new PeerClient(peer.url(), TIMEOUT);
            assertThat(reason(client.fetch(p.address()))).contains("do not match its address");
            MemoryRegistry mine = new MemoryRegistry();
            Registry.Synced s = Registry.sync(client, mine, "", 10);
            assertThat(s.copied()).isZero();
            assertThat(s.refused()).singleElement().satisfies(r -> {
                assertThat(r.address()).isEqualTo(p.address());
                assertThat(r.reason()).contains("do not match its address");
            });
            assertThat(mine.size()).isZero();
        }
    }

    @Test
    void T6_aPeerServingABodyUnderTheWrongAddressIsRefused() throws Exception {
        SignedPattern asked = PeerExchangeTest.pattern(1, alice);
        SignedPattern other = PeerExchangeTest.pattern(2, alice);
        try (FakePeer peer = new FakePeer()) {
            // another genuine pattern, honestly labelled with its own address
            peer.serve("/patterns/" + asked.address(), other.toBytes());
            PeerClient client = new PeerClient(peer.url(), TIMEOUT);
            assertThat(reason(client.fetch(asked.address()))).contains("was sent as").contains("was asked for");
            // the same bytes relabelled with the address that was asked for
            peer.serve("/patterns/" + asked.address(), travelling(asked.address(), other.body(), other.signature()));
            assertThat(reason(client.fetch(asked.address()))).contains("do not match its address");
            MemoryRegistry mine = new MemoryRegistry();
            peer.lists(asked.address());
            assertThat(Registry.sync(client, mine, "", 10).refused()).hasSize(1);
            assertThat(mine.size()).isZero();
        }
    }

    @Test
    void T6_aPatternSignedByAnotherKeyThanItsAuthorIsRefusedByClientAndServer() throws Exception {
        SignedPattern p = PeerExchangeTest.pattern(1, alice);
        SignedPattern forged = new SignedPattern(p.body(), mallory.sign(Envelope.DOMAIN, p.body()));
        try (FakePeer peer = new FakePeer()) {
            peer.serve("/patterns/" + p.address(), forged.toBytes());
            assertThat(reason(new PeerClient(peer.url(), TIMEOUT).fetch(p.address())))
                    .contains("signature is not " + alice.fingerprint());
        }
        MemoryRegistry theirs = new MemoryRegistry();
        try (PeerServer server = PeerServer.start(theirs, PeerServer.Config.loopback(0))) {
            HttpResponse<String> r = post(server.base(), forged.toBytes(), false);
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("signature is not " + alice.fingerprint());
            byte[] flipped = p.body();
            flipped[3] ^= 0x20;
            HttpResponse<String> bent = post(server.base(), travelling(p.address(), flipped, p.signature()), false);
            assertThat(bent.statusCode()).isEqualTo(400);
            assertThat(bent.body()).contains("do not match its address");
            assertThat(new PeerClient(server.base().toString(), TIMEOUT).publish(forged))
                    .isInstanceOf(Registry.Published.Refused.class);
            assertThat(theirs.size()).isZero();
        }
    }

    @Test
    void T6_oversizedBodiesAreRefusedBeforeTheyAreBuffered() throws Exception {
        MemoryRegistry theirs = new MemoryRegistry();
        byte[] huge = new byte[SignedPattern.MAX_BODY_BYTES * 2 + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        try (PeerServer server = PeerServer.start(theirs, PeerServer.Config.loopback(0))) {
            assertThat(post(server.base(), huge, false).statusCode()).as("declared length").isEqualTo(413);
            assertThat(post(server.base(), huge, true).statusCode()).as("chunked").isEqualTo(413);
        }
        // the limit is configurable; set low, a real pattern crosses it
        SignedPattern p = PeerExchangeTest.pattern(1, alice);
        try (PeerServer server = PeerServer.start(theirs, new PeerServer.Config("127.0.0.1", 0, 512, 10))) {
            HttpResponse<String> r = post(server.base(), p.toBytes(), true);
            assertThat(r.statusCode()).isEqualTo(413);
            assertThat(r.body()).contains("at most 512 bytes");
            assertThat(new PeerClient(server.base().toString(), TIMEOUT).publish(p)).isInstanceOf(Registry.Published.Refused.class);
        }
        assertThat(theirs.size()).isZero();
        try (FakePeer peer = new FakePeer()) {
            peer.serve("/patterns/" + p.address(), huge);
            assertThat(reason(new PeerClient(peer.url(), TIMEOUT).fetch(p.address()))).contains("more than");
        }
    }

    @Test
    void T6_aPatternRoundTripsThroughNearAndIpfsWithSignedTransactions() throws Exception {
        try (FakeKubo kubo = new FakeKubo(); FakeNear near = new FakeNear("registry.mycel.near", "alice.near", alice.publicKey(), 41)) {
            NearIpfsRegistry reg = registry(near, kubo, alice);
            SignedPattern one = PeerExchangeTest.pattern(1, alice);
            SignedPattern two = PeerExchangeTest.pattern(2, alice);
            assertThat(reg.publish(one)).isEqualTo(new Registry.Published.Stored(one.address()));
            assertThat(reg.publish(two)).isEqualTo(new Registry.Published.Stored(two.address()));
            assertThat(reg.publish(one)).as("already indexed").isEqualTo(new Registry.Published.Stored(one.address()));
            assertThat(near.refusals()).isEmpty();
            assertThat(near.calls()).extracting(FakeNear.Call::nonce).containsExactly(42L, 43L);
            assertThat(near.calls().getFirst().args().toString())
                    .isEqualTo("{\"address\":\"" + one.address() + "\",\"cid\":\"" + Cid.of(one.toBytes()) + "\"}");
            assertThat(near.calls().getFirst().gas()).isEqualTo(NearIpfsRegistry.Config.DEFAULT_GAS);
            assertThat(kubo.addQueries().getFirst()).contains("cid-version=1").contains("pin=true");

            Envelope.Verified v = ((Registry.Fetched.Found) reg.fetch(two.address())).pattern();
            assertThat(v.signed()).isEqualTo(two);
            assertThat(v.author()).isEqualTo(alice.publicKey());
            assertThat(reg.list("", 1)).isEqualTo(new Registry.Page(List.of(one.address()), "1"));
            assertThat(reg.list("1", 5)).isEqualTo(new Registry.Page(List.of(two.address()), "2"));

            MemoryRegistry mine = new MemoryRegistry();
            assertThat(Registry.sync(reg, mine, "", 1)).isEqualTo(new Registry.Synced("2", 2, List.of()));
            assertThat(reg.fetch(PeerExchangeTest.pattern(9, alice).address())).isEqualTo(new Registry.Fetched.Absent());
        }
    }

    @Test
    void T6_aTransactionSignedWithAnotherKeyIsNotAcceptedByTheChain() throws Exception {
        try (FakeKubo kubo = new FakeKubo(); FakeNear near = new FakeNear("registry.mycel.near", "alice.near", alice.publicKey(), 0)) {
            // mallory claims alice's account but holds only her own key
            NearIpfsRegistry reg = registry(near, kubo, mallory);
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> reg.publish(PeerExchangeTest.pattern(1, alice))))
                    .isInstanceOf(java.io.IOException.class).hasMessageContaining("UNKNOWN_ACCESS_KEY");
            assertThat(near.calls()).isEmpty();
        }
    }

    @Test
    void T6_aKuboThatReturnsOtherBytesForTheCidIsRefused() throws Exception {
        try (FakeKubo kubo = new FakeKubo(); FakeNear near = new FakeNear("registry.mycel.near", "alice.near", alice.publicKey(), 0)) {
            NearIpfsRegistry reg = registry(near, kubo, alice);
            SignedPattern p = PeerExchangeTest.pattern(1, alice);
            reg.publish(p);
            String cid = Cid.of(p.toBytes());
            byte[] bent = p.toBytes();
            bent[bent.length / 2] ^= 0x01;
            kubo.serveInstead(cid, bent);
            assertThat(reason(reg.fetch(p.address()))).contains("not the content of");
            // another genuine pattern's bytes are no better
            kubo.serveInstead(cid, PeerExchangeTest.pattern(2, alice).toBytes());
            assertThat(reason(reg.fetch(p.address()))).contains("not the content of");
            MemoryRegistry mine = new MemoryRegistry();
            assertThat(Registry.sync(reg, mine, "", 5).refused()).singleElement()
                    .satisfies(r -> assertThat(r.reason()).contains("not the content of"));
            assertThat(mine.size()).isZero();
        }
    }

    @Test
    void T6_anIndexThatPointsAnAddressAtOtherContentIsRefused() throws Exception {
        try (FakeKubo kubo = new FakeKubo(); FakeNear near = new FakeNear("registry.mycel.near", "alice.near", alice.publicKey(), 0)) {
            NearIpfsRegistry reg = registry(near, kubo, alice);
            SignedPattern real = PeerExchangeTest.pattern(1, alice);
            SignedPattern decoy = PeerExchangeTest.pattern(2, mallory);
            reg.publish(decoy);
            near.index(real.address(), Cid.of(decoy.toBytes()), "mallory.near");
            assertThat(reason(reg.fetch(real.address()))).contains("was sent as");
            // a forged signature stored at its own honest CID
            SignedPattern forged = new SignedPattern(real.body(), mallory.sign(Envelope.DOMAIN, real.body()));
            String forgedCid = new KuboClient(kubo.url(), TIMEOUT).add(forged.toBytes());
            near.index(real.address(), forgedCid, "mallory.near");
            assertThat(reason(reg.fetch(real.address()))).contains("signature is not " + alice.fingerprint());
            near.index(real.address(), "QmWATWQ7fVPP2EFGu71UkfnqhYXDYH566qy47CnJDgvs8u", "mallory.near");
            assertThat(reason(reg.fetch(real.address()))).contains("not a raw sha2-256 CIDv1");
        }
    }

    @Test
    void T6_kuboIsSpokenToOnlyWithPost() throws Exception {
        try (FakeKubo kubo = new FakeKubo()) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(kubo.url() + "/api/v0/cat?arg=x")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as("the fake behaves as Kubo does").isEqualTo(405);
            KuboClient client = new KuboClient(kubo.url(), TIMEOUT);
            byte[] bytes = "hello world".getBytes(StandardCharsets.UTF_8);
            assertThat(client.add(bytes)).isEqualTo("bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e");
            assertThat(client.cat("bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e")).isEqualTo(bytes);
        }
    }

    private static NearIpfsRegistry registry(FakeNear near, FakeKubo kubo, InstanceKey key) {
        return new NearIpfsRegistry(new NearIpfsRegistry.Config(near.url(), kubo.url(), "registry.mycel.near", "alice.near", TIMEOUT,
                NearIpfsRegistry.Config.DEFAULT_GAS), key);
    }

    private static HttpResponse<String> post(URI base, byte[] body, boolean chunked) throws Exception {
        HttpRequest.BodyPublisher pub = chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/patterns")).header("Content-Type", "application/json")
                .POST(pub).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String b64(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
