package dev.mycel.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenTest {
    @TempDir
    Path dir;

    @Test
    void isWrittenOnce0600AndMatchesOnlyItself() throws Exception {
        Token token = Token.generate(new SecureRandom());
        Path file = dir.resolve("runtime.token");
        token.writeTo(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String text = Files.readString(file);
        assertThat(text).matches("[0-9a-f]{64}\n");
        String value = text.strip();
        assertThat(token.matches(value)).isTrue();
        assertThat(token.matches(value + "\n")).isFalse();
        assertThat(token.matches(value.substring(0, 63))).isFalse();
        assertThat(token.matches(value.toUpperCase())).isFalse();
        assertThat(token.matches("")).isFalse();
        assertThat(token.matches(null)).isFalse();
        assertThat(token.toString()).isEqualTo("Token[hidden]").doesNotContain(value);
    }

    @Test
    void existingFileIsNeitherReusedNorOverwritten() throws Exception {
        Path file = dir.resolve("runtime.token");
        Files.writeString(file, "planted\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        assertThatThrownBy(() -> Token.generate(new SecureRandom()).writeTo(file)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("planted\n");
    }

    @Test
    void everyTokenIsFresh() throws Exception {
        SecureRandom random = new SecureRandom();
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Token.generate(random).writeTo(a);
        Token.generate(random).writeTo(b);
        assertThat(Files.readString(a)).isNotEqualTo(Files.readString(b));
    }

    @Test
    void carriesAll256BitsOfTheRandomSource() throws Exception {
        Path file = dir.resolve("t");
        Token.generate(fixed((byte) 0xa5)).writeTo(file);
        assertThat(Files.readString(file).strip()).isEqualTo("a5".repeat(32));
    }

    static SecureRandom fixed(byte b) {
        return new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                java.util.Arrays.fill(bytes, b);
            }
        };
    }
}
