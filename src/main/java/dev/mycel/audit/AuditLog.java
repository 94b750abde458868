package dev.mycel.audit;

import dev.mycel.audit.ChainScan.Outcome;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The append-only, hash-chained audit log: one JSON line per {@link AuditEvent}, each synced
 * to disk before {@link #append} returns, so that "in the log before the action runs" holds
 * even across a crash.
 *
 * <h2>Entry and chain</h2>
 * Each line is {@code {"seq":N,"time":"<ISO-8601 UTC>","prev":"<hex>","type":"<Event>",…fields…,
 * "hash":"<hex>"}} in compact JSON. {@code seq} counts from 1 without gaps. {@code hash} is the
 * SHA-256 of the line's exact bytes without its final {@code ,"hash":"…"} member (the bytes up
 * to {@code ,"hash":} followed by {@code }}). {@code prev} is the {@code hash} of the entry
 * before, and for seq 1 the genesis value, 64 zeros. Any edit to a line breaks its hash;
 * removing, reordering or inserting lines breaks seq or prev at that place.
 *
 * <h2>Crashes and the torn tail</h2>
 * An entry counts only once its whole line, newline included, is on disk, and that is when
 * append returns. A crash mid-write can leave an incomplete last line (no newline, or not a
 * complete JSON object). The verifier reports such lines at the end of the file as
 * {@link VerifyResult.TornTail} while every entry before them verifies. {@link #open} does not
 * rewrite them (the log is append-only, and they are evidence): it ends them with a newline if
 * needed and appends a {@code TornTailSealed} entry that chains to the last good entry and
 * records the damaged lines' first line number, count, byte length and SHA-256 (of the lines
 * joined by newlines). So the chain continues from the last good entry; damaged lines in the
 * middle of the log are accepted only when the entry right after them is the seal that
 * describes them exactly, and anything else that is not a valid entry breaks the chain. A
 * complete JSON line with a bad hash is never treated as torn: a crash cannot produce one.
 *
 * <h2>Truncation</h2>
 * A chain cannot show that entries were cut off its end. So after each append the log
 * overwrites {@code audit.head} (beside {@code audit.log}, 0600) with the new seq and hash;
 * the verifier flags a log that ends before the head's seq, an entry whose hash differs from
 * the head's, and a log with entries but no head. The head is synced only when created, so it
 * may lag after a power loss, which the verifier accepts. Removing the log and its head
 * together, or rolling both back to an older copy, is not detectable from this machine alone;
 * neither is a rewrite by someone able to write as this user, who can recompute every hash.
 *
 * <h2>Files</h2>
 * The directory is created 0700 if missing and refused if others can write to it; both files
 * are created 0600 and refused if they are symbolic links, not regular, someone else's, or open
 * to group or others. The log is locked exclusively while open, so a second runtime on the
 * same data dir fails to open it rather than forking the chain. Opening a log that does not
 * verify fails: a broken log is an incident for a person, not something to write past.
 *
 * <h2>Failures</h2>
 * {@link #append} is thread-safe (a lock, not {@code synchronized}, so virtual threads do not
 * pin their carrier through the sync). If writing or syncing fails the entry may be half
 * written, so the log refuses every later append until it is opened again, which seals the
 * damage. A caller must treat any exception from append as "not logged": the action must not run.
 */
public final class AuditLog implements Closeable {
    private static final String FILE_NAME = "audit.log";

    private final FileChannel log;
    private final FileLock lock;
    private final FileChannel head;
    private final Clock clock;
    private final ReentrantLock writing = new ReentrantLock();
    private long lastSeq;
    private String lastHash;
    private boolean failed;
    private boolean closed;

    private AuditLog(FileChannel log, FileLock lock, FileChannel head, Clock clock, long lastSeq, String lastHash) {
        this.log = log;
        this.lock = lock;
        this.head = head;
        this.clock = clock;
        this.lastSeq = lastSeq;
        this.lastHash = lastHash;
    }

    /** Where the log lives in Mycel's data dir. */
    public static Path fileIn(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /** Opens (or creates) the log at {@code file} and continues its chain; fails if it does not verify. */
    public static AuditLog open(Path file) throws IOException {
        return open(file, Clock.systemUTC());
    }

    static AuditLog open(Path file, Clock clock) throws IOException {
        Path absolute = file.toAbsolutePath();
        PrivateFile.prepareDirectory(absolute.getParent());
        FileChannel log = PrivateFile.open(absolute, StandardOpenOption.WRITE, StandardOpenOption.APPEND).channel();
        try {
            return continueChain(absolute, log, lockExclusively(absolute, log), clock);
        } catch (IOException | RuntimeException e) {
            log.close();
            throw e;
        }
    }

    private static AuditLog continueChain(Path file, FileChannel log, FileLock lock, Clock clock) throws IOException {
        Path headPath = HeadFile.beside(file);
        return switch (scan(file, HeadFile.read(headPath))) {
            case Outcome.Failed f -> throw new IOException(file + " does not verify, so it is not written to: "
                    + new VerifyResult.Broken(f.line(), f.seq(), f.reason()).describe()
                    + ". Move it and audit.head aside to start a new log.");
            case Outcome.Clean c -> new AuditLog(log, lock, openHead(headPath), clock, c.lastSeq(), c.lastHash());
            case Outcome.Torn t -> new AuditLog(log, lock, openHead(headPath), clock, t.lastSeq(), t.lastHash()).seal(t);
        };
    }

    /** Opens audit.head; a new one starts at seq 0 and is synced so a log with entries always has one. */
    private static FileChannel openHead(Path headPath) throws IOException {
        PrivateFile.Opened head = PrivateFile.open(headPath, StandardOpenOption.READ, StandardOpenOption.WRITE);
        if (head.created()) {
            HeadFile.write(head.channel(), 0, EntryFormat.GENESIS);
            head.channel().force(true);
        }
        return head.channel();
    }

    private static FileLock lockExclusively(Path file, FileChannel log) throws IOException {
        try {
            FileLock lock = log.tryLock();
            if (lock != null) {
                return lock;
            }
        } catch (OverlappingFileLockException e) {
            // this JVM already holds it: the same answer as another process holding it
        }
        throw new IOException(file + " is in use by another Mycel runtime");
    }

    /** Continues the chain after a torn tail; see "Crashes and the torn tail" above. */
    private AuditLog seal(Outcome.Torn torn) throws IOException {
        writing.lock();
        try {
            write(EventFields.tornTailSealed(torn.firstLine(), torn.lines(), torn.bytes(), torn.sha256()),
                    !torn.terminated());
            return this;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        } finally {
            writing.unlock();
        }
    }

    /**
     * Writes {@code event} as the next entry and syncs it to disk; returns its seq.
     *
     * @throws IllegalArgumentException if a field looks like a secret (the value is not in the message)
     * @throws IOException if it could not be written; then it is not in the log
     */
    public long append(AuditEvent event) throws IOException {
        EventFields fields = EventFields.of(event);
        SecretScreen.check(fields);
        writing.lock();
        try {
            if (closed || failed) {
                throw new IOException(closed ? "the audit log is closed"
                        : "an earlier audit write failed; the log must be opened again before it takes entries");
            }
            return write(fields, false);
        } finally {
            writing.unlock();
        }
    }

    private long write(EventFields fields, boolean newlineFirst) throws IOException {
        long seq = lastSeq + 1;
        EntryFormat.Written entry = EntryFormat.line(seq, clock.instant().truncatedTo(ChronoUnit.MILLIS), lastHash, fields);
        ByteBuffer bytes = newlineFirst ? ByteBuffer.allocate(entry.bytes().length + 1).put((byte) '\n')
                .put(entry.bytes()).flip() : ByteBuffer.wrap(entry.bytes());
        failed = true;
        while (bytes.hasRemaining()) {
            log.write(bytes);
        }
        log.force(false);
        lastSeq = seq;
        lastHash = entry.hash();
        HeadFile.write(head, seq, entry.hash());
        failed = false;
        return seq;
    }

    @Override
    public void close() throws IOException {
        writing.lock();
        try {
            if (!closed) {
                closed = true;
                try (log; head) {
                    lock.release();
                }
            }
        } finally {
            writing.unlock();
        }
    }

    /** Checks the whole chain of the log at {@code file} (and its {@code audit.head}). */
    public static VerifyResult verify(Path file) throws IOException {
        PrivateFile.checkExisting(file);
        // The head first: it never runs ahead of the log, so a log read after it is at least as long.
        HeadFile.State head = HeadFile.read(HeadFile.beside(file));
        return switch (scan(file, head)) {
            case Outcome.Clean c -> new VerifyResult.Intact(c.lastSeq());
            case Outcome.Torn t -> new VerifyResult.TornTail(t.lastSeq(), t.firstLine());
            case Outcome.Failed f -> new VerifyResult.Broken(f.line(), f.seq(), f.reason());
        };
    }

    /** The last {@code n} lines of the log, each made readable for a person; does not verify. */
    public static List<String> tail(Path file, int n) throws IOException {
        PrivateFile.checkExisting(file);
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return AuditTail.lastLines(in, n);
        }
    }

    /** The last {@code n} entries as flat objects for the web UI; does not verify. */
    public static List<com.fasterxml.jackson.databind.node.ObjectNode> tailEntries(Path file, int n) throws IOException {
        PrivateFile.checkExisting(file);
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return AuditTail.lastEntries(in, n);
        }
    }

    private static Outcome scan(Path file, HeadFile.State head) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return ChainScan.scan(in, head);
        }
    }
}
