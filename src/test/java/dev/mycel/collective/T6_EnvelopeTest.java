package dev.mycel.collective;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** T6 at the door: a shared pattern is refused, with the exact reason, unless its bytes, address and signature agree. */
@Tag("T6")
class T6_EnvelopeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String TOML = """
            id = "count-files"
            version = 2
            description = "How many files a folder holds"
            examples = ["how many files are in ~/Documents", "count the files in this folder", "number of files under ~/src"]
            language = "bash"
            present = "text"
            capabilities = ["read-files"]
            code = '''
            find "$DIR" -type f | wc -l
            '''

            [[slots]]
            name = "dir"
            type = "path"
            default = "."
            description = "the folder"
            """;
    private static final Instant CREATED = Instant.parse("2026-12-01T10:00:00Z");

    private final InstanceKey alice = InstanceKey.generate();
    private final InstanceKey mallory = InstanceKey.generate();

    private static Envelope.Opened open(SignedPattern p) {
        return Envelope.open(p.address(), p);
    }

    private static String refusal(Envelope.Opened o) {
        assertThat(o).isInstanceOf(Envelope.Opened.Refused.class);
        return ((Envelope.Opened.Refused) o).reason();
    }

    @Test
    void aSealedPatternOpensWithItsAuthorAndContent() throws Exception {
        SignedPattern p = Envelope.seal(TOML, "low", CREATED, alice);
        Envelope.Verified v = ((Envelope.Opened.Ok) open(p)).pattern();
        assertThat(v.author()).isEqualTo(alice.publicKey());
        assertThat(v.pattern().id()).isEqualTo("count-files");
        assertThat(v.version()).isEqualTo(2);
        assertThat(v.capabilities()).containsExactly("read-files");
        assertThat(v.created()).isEqualTo(CREATED);
        assertThat(v.address()).matches("[0-9a-f]{64}");
        assertThat(Envelope.seal(TOML, "low", CREATED, alice).address()).as("same content, same address").isEqualTo(p.address());
    }

    @Test
    void T6_aFlippedByteAnywhereIsRefused() throws Exception {
        SignedPattern p = Envelope.seal(TOML, "low", CREATED, alice);
        byte[] body = p.body();
        for (int i = 0; i < body.length; i += 7) {
            byte[] b = body.clone();
            b[i] ^= 0x01;
            SignedPattern bent = new SignedPattern(b, p.signature());
            assertThat(refusal(Envelope.open(p.address(), bent))).as("byte " + i).contains("do not match its address");
            assertThat(refusal(open(bent))).as("byte " + i + " under its new address").startsWith("refused: ");
        }
        byte[] sig = p.signature();
        sig[10] ^= 0x40;
        assertThat(refusal(open(new SignedPattern(p.body(), sig)))).contains("signature is not " + alice.fingerprint());
    }

    @Test
    void T6_aPatternReSignedByAnotherKeyButNamingTheAuthorIsRefused() throws Exception {
        SignedPattern p = Envelope.seal(TOML, "low", CREATED, alice);
        SignedPattern forged = new SignedPattern(p.body(), mallory.sign(Envelope.DOMAIN, p.body()));
        assertThat(refusal(open(forged))).contains("signature is not " + alice.fingerprint());
    }

    @Test
    void T6_aReplayUnderAnotherAddressIsRefused() throws Exception {
        SignedPattern p = Envelope.seal(TOML, "low", CREATED, alice);
        SignedPattern other = Envelope.seal(TOML.replace("version = 2", "version = 3"), "low", CREATED, alice);
        assertThat(refusal(Envelope.open(other.address(), p))).contains("do not match its address");
    }

    @Test
    void T6_aSignatureOfAnotherKindIsNotAPatternSignature() throws Exception {
        SignedPattern p = Envelope.seal(TOML, "low", CREATED, alice);
        SignedPattern wrongDomain = new SignedPattern(p.body(), alice.sign("mycel-outcome-v1", p.body()));
        assertThat(refusal(open(wrongDomain))).contains("signature is not");
    }

    @Test
    void aValidlySignedBodyThatIsNotCanonicalOrNotAPatternIsRefused() throws Exception {
        SignedPattern p = Envelope.seal(TOML, "low", CREATED, alice);
        byte[] spaced = new String(p.body(), StandardCharsets.UTF_8).replace("\",\"", "\", \"").getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(open(new SignedPattern(spaced, alice.sign(Envelope.DOMAIN, spaced))))).contains("canonical");
        ObjectNode body = (ObjectNode) JSON.readTree(p.body());
        ((ObjectNode) body.path("pattern")).put("toml", "id = \"x\"\ncode = \"rm -rf ~\"\n");
        byte[] bad = Canonical.bytes(body);
        assertThat(refusal(open(new SignedPattern(bad, alice.sign(Envelope.DOMAIN, bad))))).contains("its pattern is invalid");
        body = (ObjectNode) JSON.readTree(p.body());
        body.put("extra", 1);
        byte[] extra = Canonical.bytes(body);
        assertThat(refusal(open(new SignedPattern(extra, alice.sign(Envelope.DOMAIN, extra))))).contains("its fields are");
    }

    @Test
    void theTravellingFormRoundTripsAndMalformedFilesSayWhy() throws Exception {
        SignedPattern p = Envelope.seal(TOML, "low", CREATED, alice);
        SignedPattern.Claimed c = SignedPattern.parse(p.toBytes());
        assertThat(c.address()).isEqualTo(p.address());
        assertThat(c.pattern()).isEqualTo(p);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> SignedPattern.parse("{}".getBytes())))
                .hasMessageContaining("expected exactly {address, body, signature}");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> SignedPattern.parse("nope".getBytes())))
                .hasMessageContaining("not JSON");
    }

    @Test
    void theInstanceKeyIsKeptPrivateAndReloaded(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("collective/instance.key");
        InstanceKey first = InstanceKey.loadOrCreate(file);
        assertThat(Files.getPosixFilePermissions(file)).extracting(Enum::name).containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
        InstanceKey again = InstanceKey.loadOrCreate(file);
        assertThat(again.fingerprint()).isEqualTo(first.fingerprint()).matches("ed25519:[0-9a-f]{8}(-[0-9a-f]{8}){4}");
        assertThat(again.toString()).doesNotContain(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> InstanceKey.loadOrCreate(file)))
                .hasMessageContaining("can be read by other users");
    }

    @Test
    void canonicalJsonFollowsRfc8785() throws Exception {
        // RFC 8785 section 3.2.3: members sorted by UTF-16 code units
        String in = "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\","
                + "\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\",\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}";
        String out = new String(Canonical.bytes(JSON.readTree(in)), StandardCharsets.UTF_8);
        assertThat(out).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\","
                + "\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
        assertThat(new String(Canonical.bytes(JSON.readTree("{\"b\":[1, true, null, \"\\u001f\\\"\\\\/\"],\"a\":-0}")), StandardCharsets.UTF_8))
                .isEqualTo("{\"a\":0,\"b\":[1,true,null,\"\\u001f\\\"\\\\/\"]}");
    }
}
