package dev.mycel.ipc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The runtime's 256-bit auth token. Its value never leaves this class except into the token
 * file (created 0600 from the first byte) and {@link #matches}; {@code toString} hides it.
 */
public final class Token {
    private final byte[] value;

    private Token(byte[] value) {
        this.value = value;
    }

    public static Token generate(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new Token(HexFormat.of().formatHex(bytes).getBytes(StandardCharsets.US_ASCII));
    }

    /** Writes the token to a new file that is 0600 at creation; an existing file is an error. */
    public void writeTo(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
            ch.write(ByteBuffer.wrap(value));
            ch.write(ByteBuffer.wrap(new byte[] {'\n'}));
            ch.force(true);
        }
    }

    /** Constant-time comparison, so timing does not reveal how much of a guess was right. */
    public boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(value, candidate.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "Token[hidden]";
    }
}
