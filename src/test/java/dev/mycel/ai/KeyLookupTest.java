package dev.mycel.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.config.Places;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where API keys come from, and the key files that are refused. */
class KeyLookupTest {
    @TempDir
    Path tmp;

    private final int uid = Places.currentUid();

    private Path keyFile(String mode) throws Exception {
        Path f = tmp.resolve("anthropic.key");
        Files.writeString(f, AnthropicProviderTest.KEY + "\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
        return f;
    }

    @Test
    void anOwnerOnlyKeyFileIsUsedAndNamedBySourceOnly() throws Exception {
        Path f = keyFile("rw-------");
        KeyLookup found = KeyLookup.find(Optional.of(f), "ANTHROPIC_API_KEY", Map.of("ANTHROPIC_API_KEY", "sk-env"), uid);
        assertThat(found).isInstanceOf(KeyLookup.Found.class);
        ApiKey key = ((KeyLookup.Found) found).key();
        assertThat(key.headerValue()).as("the file wins over the variable, and is stripped").isEqualTo(AnthropicProviderTest.KEY);
        assertThat(key.toString()).isEqualTo("ApiKey[file " + f + "]").doesNotContain(AnthropicProviderTest.KEY);
        assertThat(found.toString()).doesNotContain(AnthropicProviderTest.KEY);
        assertThat(KeyLookup.find(Optional.of(keyFile("r--------")), "X", Map.of(), uid)).isInstanceOf(KeyLookup.Found.class);
    }

    @Test
    void aKeyFileOthersCanReadIsRefusedWithTheFix() throws Exception {
        for (String mode : new String[] {"rw-r--r--", "rw-r-----", "rw----r--", "rw--w----", "rw-------"}) {
            Path f = keyFile(mode);
            KeyLookup result = KeyLookup.find(Optional.of(f), "ANTHROPIC_API_KEY", Map.of(), uid);
            if (mode.equals("rw-------")) {
                assertThat(result).isInstanceOf(KeyLookup.Found.class);
                continue;
            }
            assertThat(result).as(mode).isEqualTo(new KeyLookup.Refused("key file " + f + " has mode " + mode
                    + "; other users may read it. Run: chmod 600 " + f));
        }
    }

    @Test
    void aKeyFileOfAnotherUserMissingOrNotAKeyIsRefused() throws Exception {
        Path f = keyFile("rw-------");
        assertThat(KeyLookup.find(Optional.of(f), "X", Map.of(), uid + 1)).isEqualTo(new KeyLookup.Refused(
                "key file " + f + " belongs to uid " + uid + ", not to this user (uid " + (uid + 1) + ")"));
        Path missing = tmp.resolve("nope.key");
        assertThat(KeyLookup.find(Optional.of(missing), "X", Map.of(), uid))
                .isEqualTo(new KeyLookup.Refused("key file " + missing + " is not a regular file"));
        Files.writeString(f, "two words");
        assertThat(KeyLookup.find(Optional.of(f), "X", Map.of(), uid))
                .isEqualTo(new KeyLookup.Refused("key file " + f + " does not hold a key (one word of printable ASCII)"));
        Files.writeString(f, "k".repeat(5000));
        assertThat(KeyLookup.find(Optional.of(f), "X", Map.of(), uid)).isInstanceOf(KeyLookup.Refused.class);
    }

    @Test
    void withoutAFileTheVariableIsUsedElseItIsMissing() {
        KeyLookup env = KeyLookup.find(Optional.empty(), "ANTHROPIC_API_KEY", Map.of("ANTHROPIC_API_KEY", " sk-env-1 "), uid);
        assertThat(((KeyLookup.Found) env).key().headerValue()).isEqualTo("sk-env-1");
        assertThat(((KeyLookup.Found) env).key().source()).isEqualTo("env ANTHROPIC_API_KEY");
        assertThat(KeyLookup.find(Optional.empty(), "ANTHROPIC_API_KEY", Map.of(), uid)).isInstanceOf(KeyLookup.Missing.class);
        assertThat(KeyLookup.find(Optional.empty(), "ANTHROPIC_API_KEY", Map.of("ANTHROPIC_API_KEY", "a\nb"), uid))
                .isInstanceOf(KeyLookup.Refused.class);
    }
}
