package dev.mycel.ai;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finding an API key: a key file named in the config, else an environment variable. A key file
 * must be a regular file owned by this user with no permission for group or others (0600, or the
 * stricter 0400); anything looser is refused, as ssh refuses a readable private key, because
 * another local user may already have read it.
 */
public sealed interface KeyLookup {

    record Found(ApiKey key) implements KeyLookup {
    }

    /** No key anywhere; {@code howTo} says how to provide one. */
    record Missing(String howTo) implements KeyLookup {
    }

    /** A key was named but cannot be used; {@code reason} says why and how to fix it. */
    record Refused(String reason) implements KeyLookup {
    }

    static KeyLookup find(Optional<Path> keyFile, String envName, Map<String, String> env, int uid) {
        if (keyFile.isPresent()) {
            return fromFile(keyFile.get(), uid);
        }
        String value = env.get(envName);
        if (value == null || value.isBlank()) {
            return new Missing("set " + envName + " in the environment of 'mycel up', or name a key file in the config");
        }
        return ApiKey.of(value, "env " + envName).<KeyLookup>map(Found::new)
                .orElse(new Refused(envName + " is set but is not a usable key (it must be one word of printable ASCII)"));
    }

    static KeyLookup fromFile(Path file, int uid) {
        try {
            if (!Files.isRegularFile(file)) {
                return new Refused("key file " + file + " is not a regular file");
            }
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            Set<PosixFilePermission> loose = Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                    PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
                    PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
            if (perms.stream().anyMatch(loose::contains)) {
                return new Refused("key file " + file + " has mode " + PosixFilePermissions.toString(perms)
                        + "; other users may read it. Run: chmod 600 " + file);
            }
            int owner = (Integer) Files.getAttribute(file, "unix:uid");
            if (owner != uid) {
                return new Refused("key file " + file + " belongs to uid " + owner + ", not to this user (uid " + uid + ")");
            }
            // the size check comes before reading: a key is short, and a huge file is a mistake
            if (Files.size(file) > 4096) {
                return new Refused("key file " + file + " is larger than 4 KiB; it should hold only the key");
            }
            return ApiKey.of(Files.readString(file), "file " + file).<KeyLookup>map(Found::new)
                    .orElse(new Refused("key file " + file + " does not hold a key (one word of printable ASCII)"));
        } catch (NoSuchFileException e) {
            return new Refused("key file " + file + " does not exist");
        } catch (IOException | UnsupportedOperationException e) {
            // an IOException here is about the file (permissions, encoding), never about its content
            return new Refused("cannot read key file " + file + ": " + e.getClass().getSimpleName());
        }
    }
}
