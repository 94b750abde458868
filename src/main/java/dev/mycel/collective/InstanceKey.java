package dev.mycel.collective;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Set;

/**
 * This instance's Ed25519 key pair (the JDK's own EdDSA). The private key lives in one PKCS#8
 * file, 0600 from its creation, in Mycel's 0700 data dir; a key file others can read, or that is
 * a link, is refused rather than used. {@code toString} shows the fingerprint only.
 */
public final class InstanceKey {
    private final PrivateKey privateKey;
    private final AuthorKey publicKey;

    private InstanceKey(PrivateKey privateKey, AuthorKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** A fresh key in memory only, for tests and benchmarks. */
    public static InstanceKey generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return new InstanceKey(pair.getPrivate(), AuthorKey.of(pair.getPublic()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }

    /**
     * Loads the key at {@code file} (its public half beside it, {@code file.pub}), or creates both
     * when there is none. A pair that does not sign and verify together is refused.
     */
    public static InstanceKey loadOrCreate(Path file) throws IOException {
        Path pub = file.resolveSibling(file.getFileName() + ".pub");
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return load(file, pub);
        }
        InstanceKey key = generate();
        Files.createDirectories(file.getParent());
        Files.write(Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
                key.privateKey.getEncoded(), StandardOpenOption.TRUNCATE_EXISTING);
        Files.writeString(pub, key.publicKey.text() + "\n");
        return key;
    }

    private static InstanceKey load(Path file, Path pub) throws IOException {
        if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " is not a plain file; move it away and Mycel makes a new key");
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
        if (perms.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
            throw new IOException(file + " can be read by other users; run chmod 600 on it (and consider the key leaked)");
        }
        InstanceKey key;
        try {
            PrivateKey priv = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(file)));
            key = new InstanceKey(priv, AuthorKey.fromText(Files.readString(pub).strip()));
        } catch (GeneralSecurityException | IllegalArgumentException | java.nio.file.NoSuchFileException e) {
            throw new IOException(file + " or " + pub.getFileName() + " does not hold an Ed25519 key; move both away and Mycel makes a new pair");
        }
        byte[] probe = "mycel key check".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (!key.publicKey.verifies("mycel-key-check", probe, key.sign("mycel-key-check", probe))) {
            throw new IOException(pub + " is not the public half of " + file.getFileName() + "; move both away and Mycel makes a new pair");
        }
        return key;
    }

    public AuthorKey publicKey() {
        return publicKey;
    }

    public String fingerprint() {
        return publicKey.fingerprint();
    }

    /** Signs {@code domain}, a zero byte, then {@code data} (see {@link AuthorKey#verifies}). */
    public byte[] sign(String domain, byte[] data) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey);
            s.update(AuthorKey.signed(domain, data));
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /**
     * A plain Ed25519 signature of {@code data}, without Mycel's domain prefix. Only for external
     * protocols that define their own signed bytes (a NEAR transaction's hash); never for anything
     * Mycel itself verifies, which is always domain-separated through {@link #sign}.
     */
    byte[] signRaw(byte[] data) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    @Override
    public String toString() {
        return "InstanceKey[" + fingerprint() + "]";
    }
}
