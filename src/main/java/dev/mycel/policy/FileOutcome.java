package dev.mycel.policy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link FileActions} did: the result of the one operation, or a refusal because the
 * path is no longer the one that was judged. A refusal means nothing on disk was touched.
 */
public sealed interface FileOutcome {

    /** At most the configured number of bytes; {@code truncated} when the file holds more. */
    record Read(Path path, byte[] content, long sizeBytes, boolean truncated) implements FileOutcome {
        public Read {
            Objects.requireNonNull(path, "path");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        /** The content as UTF-8, malformed bytes shown as U+FFFD, for the model and the terminal. */
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    record Written(Path path, long bytes, boolean appended) implements FileOutcome {
    }

    record Deleted(Path path) implements FileOutcome {
    }

    /** Entries sorted by name; {@code truncated} when the directory holds more than were listed. */
    record Listed(Path path, List<Entry> entries, boolean truncated) implements FileOutcome {
        public Listed {
            entries = List.copyOf(entries);
        }
    }

    record Refused(String reason) implements FileOutcome {
    }

    /** One directory entry as it is on disk; a link is reported as a link, never followed. */
    record Entry(String name, EntryType type, long sizeBytes) {
    }

    enum EntryType { FILE, DIRECTORY, SYMLINK, OTHER }
}
