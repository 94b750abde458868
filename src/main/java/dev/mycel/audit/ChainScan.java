package dev.mycel.audit;

import dev.mycel.audit.EntryFormat.Parsed;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * One pass over an audit log that checks the chain rule described on {@link AuditLog} and
 * says where the chain ends: used by the verifier and by {@link AuditLog#open} to continue.
 */
final class ChainScan {

    /** How the scan ended. */
    sealed interface Outcome {
        /** Every line is a good entry; {@code lastSeq} is also the number of entries. */
        record Clean(long lastSeq, String lastHash) implements Outcome {
        }

        /**
         * Good entries up to {@code lastSeq}, then damaged lines to the end of the file, described
         * exactly as the sealing entry must describe them.
         */
        record Torn(long lastSeq, String lastHash, long firstLine, long lines, long bytes, String sha256,
                    boolean terminated) implements Outcome {
        }

        /** The first place the rule is broken; {@code seq} is the seq an entry there should have had. */
        record Failed(long line, long seq, String reason) implements Outcome {
        }
    }

    private final HeadFile.State head;
    private long lineNo;
    private long lastSeq;
    private String lastHash = EntryFormat.GENESIS;
    private Damage damage;

    private ChainScan(HeadFile.State head) {
        this.head = head;
    }

    static Outcome scan(InputStream log, HeadFile.State head) throws IOException {
        return new ChainScan(head).run(new LineSource(log));
    }

    private Outcome run(LineSource lines) throws IOException {
        for (LineSource.Line line = lines.next(); line != null; line = lines.next()) {
            lineNo++;
            Outcome.Failed failed = take(line);
            if (failed != null) {
                return failed;
            }
        }
        return end();
    }

    private Outcome.Failed take(LineSource.Line line) {
        if (line.tooLong()) {
            return fail(lineNo, "is longer than " + LineSource.MAX_LINE + " bytes");
        }
        // An entry counts only once its newline is on disk: append returns after the whole line.
        Parsed parsed = line.terminated() ? EntryFormat.parse(line.bytes())
                : new Parsed.Unreadable("has no newline: its write did not finish");
        return switch (parsed) {
            case Parsed.Unreadable u -> {
                damage = damage == null ? new Damage(lineNo, u.why()) : damage;
                damage.add(line.bytes(), line.terminated());
                yield null;
            }
            case Parsed.Invalid i -> fail(lineNo, i.why());
            case Parsed.Entry e -> accept(e);
        };
    }

    private Outcome.Failed accept(Parsed.Entry e) {
        String wrong = damage == null ? chainError(e) : sealError(e);
        if (wrong != null) {
            return fail(damage == null ? lineNo : damage.firstLine, wrong);
        }
        if (head instanceof HeadFile.State.Present h && h.seq() == e.seq() && !h.hash().equals(e.hash())) {
            return fail(lineNo, "differs from the entry recorded in audit.head");
        }
        lastSeq = e.seq();
        lastHash = e.hash();
        damage = null;
        return null;
    }

    private String chainError(Parsed.Entry e) {
        if (e.type().equals(EventFields.TORN_TAIL_SEALED)) {
            return "seals damaged lines, but there are none before it";
        }
        return linkError(e);
    }

    private String sealError(Parsed.Entry e) {
        if (!e.type().equals(EventFields.TORN_TAIL_SEALED)) {
            return "line " + damage.firstLine + " " + damage.firstReason + ", and no recovery entry accounts for it";
        }
        String link = linkError(e);
        if (link != null) {
            return link;
        }
        var j = e.json();
        boolean matches = j.path("firstLine").asLong(-1) == damage.firstLine && j.path("lines").asLong(-1) == damage.lines
                && j.path("bytes").asLong(-1) == damage.bytes && j.path("sha256").asText("").equals(damage.sha256());
        return matches ? null : "line " + damage.firstLine + " " + damage.firstReason
                + ", and the recovery entry at line " + lineNo + " does not describe it";
    }

    private String linkError(Parsed.Entry e) {
        if (e.seq() != lastSeq + 1) {
            return "has seq " + e.seq() + " where seq " + (lastSeq + 1) + " belongs: entries were removed, "
                    + "reordered or inserted";
        }
        if (!e.prev().equals(lastHash)) {
            return "does not chain to the entry before it (prev differs): entries were removed, reordered, "
                    + "inserted or rewritten";
        }
        return null;
    }

    private Outcome end() {
        String headError = headError();
        if (headError != null) {
            return damage == null ? fail(lineNo + 1, headError)
                    : fail(damage.firstLine, "line " + damage.firstLine + " " + damage.firstReason + ", and " + headError);
        }
        if (damage != null) {
            return new Outcome.Torn(lastSeq, lastHash, damage.firstLine, damage.lines, damage.bytes,
                    damage.sha256(), damage.lastTerminated);
        }
        return new Outcome.Clean(lastSeq, lastHash);
    }

    private String headError() {
        return switch (head) {
            case HeadFile.State.Absent a -> lineNo == 0 ? null
                    : "audit.head is missing, so entries removed from the end could not be detected";
            case HeadFile.State.Damaged d -> d.why();
            case HeadFile.State.Present p when p.seq() > lastSeq -> "the log ends after seq " + lastSeq
                    + " but audit.head says seq " + p.seq() + " was written: entries were removed from the end";
            case HeadFile.State.Present p when p.seq() == 0 && !p.hash().equals(EntryFormat.GENESIS) ->
                    "audit.head is damaged (seq 0 with a hash other than the genesis value)";
            case HeadFile.State.Present p -> null;
        };
    }

    private Outcome.Failed fail(long line, String reason) {
        return new Outcome.Failed(line, lastSeq + 1, reason);
    }

    /** The run of damaged lines after the last good entry: where it starts, and its digest. */
    private static final class Damage {
        final long firstLine;
        final String firstReason;
        final MessageDigest digest = EntryFormat.sha256();
        long lines;
        long bytes;
        boolean lastTerminated;
        private String sha256;

        Damage(long firstLine, String firstReason) {
            this.firstLine = firstLine;
            this.firstReason = firstReason;
        }

        /** The digest covers the lines joined by newlines: the bytes between the last good entry and the seal. */
        void add(byte[] line, boolean terminated) {
            if (lines > 0) {
                digest.update((byte) '\n');
                bytes++;
            }
            digest.update(line);
            bytes += line.length;
            lines++;
            lastTerminated = terminated;
        }

        String sha256() {
            if (sha256 == null) {
                sha256 = EntryFormat.hex(digest.digest());
            }
            return sha256;
        }
    }
}
