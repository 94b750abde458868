package dev.mycel.collective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The byte formats the NEAR and IPFS transports must get exactly right, against published vectors. */
class TransportCodecTest {
    @Test
    void base58UsesTheBitcoinAlphabetAndKeepsLeadingZeros() {
        assertThat(Base58.encode("Hello World!".getBytes(StandardCharsets.UTF_8))).isEqualTo("2NEpo7TZRRrLZSi2U");
        assertThat(Base58.encode(new byte[32])).isEqualTo("1".repeat(32));
        assertThat(Base58.encode(HexFormat.of().parseHex("0000287fb4cd"))).isEqualTo("11233QC4");
        byte[] random = new byte[32];
        new java.util.Random(7).nextBytes(random);
        random[0] = 0;
        assertThat(Base58.decode(Base58.encode(random))).isEqualTo(random);
        assertThat(Base58.decode("")).isEmpty();
        assertThatThrownBy(() -> Base58.decode("0OIl")).hasMessageContaining("not base58");
    }

    @Test
    void aRawBlockCidIsWhatIpfsGivesHelloWorld() {
        // `ipfs add --cid-version=1` of the 11 bytes "hello world"
        assertThat(Cid.of("hello world".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e");
        assertThat(Cid.isRawSha256("bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e")).isTrue();
        assertThat(Cid.isRawSha256("QmWATWQ7fVPP2EFGu71UkfnqhYXDYH566qy47CnJDgvs8u")).as("CIDv0").isFalse();
        assertThat(Cid.isRawSha256("bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi")).as("dag-pb").isFalse();
    }

    @Test
    void borshWritesLittleEndianFixedWidthsAndLengthPrefixes() {
        byte[] b = new Borsh().u8(2).u32(3).u64(0x0102030405060708L).string("ab").u128(BigInteger.ONE.shiftLeft(64)).toBytes();
        assertThat(HexFormat.of().formatHex(b)).isEqualTo("02" + "03000000" + "0807060504030201" + "020000006162"
                + "00000000000000000100000000000000");
        assertThatThrownBy(() -> new Borsh().u128(BigInteger.ONE.shiftLeft(128))).hasMessageContaining("u128");
    }

    @Test
    void aFunctionCallTransactionIsLaidOutAsNearcoreSchemaSays() {
        InstanceKey key = InstanceKey.generate();
        byte[] block = new byte[32];
        block[31] = 9;
        NearTransaction tx = new NearTransaction("me.near", key.publicKey(), 5, "reg.near", block, "m", new byte[] {'{', '}'},
                7, BigInteger.TEN);
        String hex = HexFormat.of().formatHex(tx.borsh());
        String keyHex = HexFormat.of().formatHex(key.publicKey().raw());
        assertThat(hex).isEqualTo("07000000" + hex("me.near") + "00" + keyHex + "0500000000000000" + "08000000" + hex("reg.near")
                + HexFormat.of().formatHex(block) + "01000000" + "02" + "01000000" + hex("m") + "02000000" + "7b7d"
                + "0700000000000000" + "0a000000000000000000000000000000");
        byte[] signed = tx.signedBy(key);
        assertThat(signed).hasSize(tx.borsh().length + 65);
        assertThat(signed[tx.borsh().length]).isZero();
        assertThatThrownBy(() -> tx.signedBy(InstanceKey.generate())).hasMessageContaining("another key");
    }

    private static String hex(String s) {
        return HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8));
    }
}
