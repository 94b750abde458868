package dev.mycel.collective;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The local store of shared patterns, their provenance, outcome reports, the user's trust and
 * blocks, candidates waiting for review and the privacy budget's spend: one SQLite file in WAL
 * mode with {@code synchronous=FULL}, so a transaction that returned is on disk and a kill at any
 * moment loses nothing committed. Only verified patterns are stored ({@link #add} takes an
 * {@link Envelope.Verified}), and every read opens the stored bytes again (all but the signature,
 * checked at the door), so bytes changed behind Mycel's back yield a refusal, not a pattern.
 */
public final class PatternStore implements AutoCloseable {
    private final Connection db;

    /** A stored pattern, verified again as it was read, with where it came from. */
    public record Stored(Envelope.Verified pattern, String source, Instant importedAt, long seq) {
    }

    /** What the user said about an author. */
    public enum Trust { TRUSTED, BLOCKED }

    /** A pattern drawn from this machine's own use, waiting for the user's decision. */
    public record Candidate(String id, String toml, String status, String note, double sensitivity, Instant created) {
    }

    private PatternStore(Connection db) {
        this.db = db;
    }

    public static PatternStore open(Path file) throws IOException {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS patterns(seq INTEGER PRIMARY KEY AUTOINCREMENT, address TEXT NOT NULL UNIQUE,
                          body BLOB NOT NULL, signature BLOB NOT NULL, author TEXT NOT NULL, pattern_id TEXT NOT NULL,
                          source TEXT NOT NULL, imported_at TEXT NOT NULL)""");
                s.execute("CREATE INDEX IF NOT EXISTS patterns_author ON patterns(author)");
                s.execute("CREATE INDEX IF NOT EXISTS patterns_id ON patterns(pattern_id)");
                s.execute("CREATE TABLE IF NOT EXISTS authors(fingerprint TEXT PRIMARY KEY, trust TEXT NOT NULL, since TEXT NOT NULL)");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS outcomes(id INTEGER PRIMARY KEY AUTOINCREMENT, body BLOB NOT NULL UNIQUE,
                          signature BLOB NOT NULL, received_at TEXT NOT NULL)""");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS candidates(id TEXT PRIMARY KEY, toml TEXT NOT NULL, status TEXT NOT NULL,
                          note TEXT NOT NULL, sensitivity REAL NOT NULL, created TEXT NOT NULL)""");
                s.execute("CREATE TABLE IF NOT EXISTS privacy_spend(period TEXT PRIMARY KEY, epsilon REAL NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS released(id INTEGER PRIMARY KEY AUTOINCREMENT, body BLOB NOT NULL UNIQUE, signature BLOB NOT NULL)");
            }
            return new PatternStore(db);
        } catch (SQLException e) {
            throw new IOException("the pattern store " + file + " cannot be opened: " + e.getMessage(), e);
        }
    }

    /** Stores a verified pattern; false when it was already there (same address). */
    public boolean add(Envelope.Verified p, String source, Instant now) throws IOException {
        return addAll(List.of(p), source, now) == 1;
    }

    /** Stores many verified patterns in one transaction (one sync); returns how many were new. */
    public synchronized int addAll(List<Envelope.Verified> patterns, String source, Instant now) throws IOException {
        try {
            db.setAutoCommit(false);
            int added = 0;
            try (PreparedStatement s = db.prepareStatement("""
                    INSERT OR IGNORE INTO patterns(address, body, signature, author, pattern_id, source, imported_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                for (Envelope.Verified p : patterns) {
                    s.setString(1, p.address());
                    s.setBytes(2, p.signed().body());
                    s.setBytes(3, p.signed().signature());
                    s.setString(4, p.author().fingerprint());
                    s.setString(5, p.pattern().id());
                    s.setString(6, source);
                    s.setString(7, now.toString());
                    added += s.executeUpdate();
                }
            }
            db.commit();
            return added;
        } catch (SQLException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // the rollback's own failure says nothing more than the first one
            }
            throw failed("store the patterns", e);
        } finally {
            try {
                db.setAutoCommit(true);
            } catch (SQLException ignored) {
                // a connection that cannot switch back fails the next statement, which reports it
            }
        }
    }

    /** The pattern at {@code address}, or one whose address starts with it (at least 8 hex digits) or whose id it is. */
    public synchronized Optional<Stored> find(String ref) throws IOException {
        String sql = ref.matches("[0-9a-f]{8,64}")
                ? "SELECT * FROM patterns WHERE address >= ?1 AND address < ?1 || 'g' ORDER BY seq LIMIT 2"
                : "SELECT * FROM patterns WHERE pattern_id = ? ORDER BY seq DESC LIMIT 2";
        List<Stored> found = query(sql, ref);
        return found.size() == 1 || !ref.matches("[0-9a-f]{8,64}") && !found.isEmpty() ? Optional.of(found.getFirst()) : Optional.empty();
    }

    /** Patterns stored after {@code afterSeq}, oldest first: the cursor for peers and for listing. */
    public synchronized List<Stored> since(long afterSeq, int limit) throws IOException {
        return query("SELECT * FROM patterns WHERE seq > ? ORDER BY seq LIMIT " + Math.max(1, limit), afterSeq);
    }

    public synchronized List<Stored> byAuthor(String fingerprint) throws IOException {
        return query("SELECT * FROM patterns WHERE author = ? ORDER BY seq", fingerprint);
    }

    public synchronized int count() throws IOException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM patterns")) {
            return r.getInt(1);
        } catch (SQLException e) {
            throw failed("count the patterns", e);
        }
    }

    private List<Stored> query(String sql, Object arg) throws IOException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setObject(1, arg);
            List<Stored> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String address = r.getString("address");
                    SignedPattern signed = new SignedPattern(r.getBytes("body"), r.getBytes("signature"));
                    switch (Envelope.reopen(address, signed)) {
                        case Envelope.Opened.Ok ok -> out.add(new Stored(ok.pattern(), r.getString("source"),
                                Instant.parse(r.getString("imported_at")), r.getLong("seq")));
                        case Envelope.Opened.Refused no -> throw new IOException("the stored pattern " + Envelope.shorten(address)
                                + " was changed on disk and is " + no.reason() + "; remove " + address + " or the store");
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed("read the patterns", e);
        }
    }

    public synchronized void setTrust(String fingerprint, Trust trust, Instant now) throws IOException {
        try (PreparedStatement s = db.prepareStatement("INSERT OR REPLACE INTO authors(fingerprint, trust, since) VALUES (?, ?, ?)")) {
            s.setString(1, fingerprint);
            s.setString(2, trust.name());
            s.setString(3, now.toString());
            s.executeUpdate();
        } catch (SQLException e) {
            throw failed("record the trust", e);
        }
    }

    public synchronized Optional<Trust> trustOf(String fingerprint) throws IOException {
        try (PreparedStatement s = db.prepareStatement("SELECT trust FROM authors WHERE fingerprint = ?")) {
            s.setString(1, fingerprint);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(Trust.valueOf(r.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed("read the trust", e);
        }
    }

    /** Fingerprints the user trusted or blocked. */
    public synchronized List<String> withTrust(Trust trust) throws IOException {
        try (PreparedStatement s = db.prepareStatement("SELECT fingerprint FROM authors WHERE trust = ? ORDER BY fingerprint")) {
            s.setString(1, trust.name());
            List<String> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed("read the trust", e);
        }
    }

    /** Keeps a signed outcome report (already verified by the caller); false when it was already there. */
    public synchronized boolean addOutcome(byte[] body, byte[] signature, Instant now) throws IOException {
        try (PreparedStatement s = db.prepareStatement("INSERT OR IGNORE INTO outcomes(body, signature, received_at) VALUES (?, ?, ?)")) {
            s.setBytes(1, body);
            s.setBytes(2, signature);
            s.setString(3, now.toString());
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failed("store the outcome report", e);
        }
    }

    /** Every stored outcome report as {body, signature}, oldest first; the caller verifies them again. */
    public synchronized List<byte[][]> outcomes() throws IOException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT body, signature FROM outcomes ORDER BY id")) {
            List<byte[][]> out = new ArrayList<>();
            while (r.next()) {
                out.add(new byte[][] {r.getBytes(1), r.getBytes(2)});
            }
            return out;
        } catch (SQLException e) {
            throw failed("read the outcome reports", e);
        }
    }

    /** Keeps outcome reports released to peers (made from noisy counts); the only reports a peer is ever sent. */
    public synchronized void addReleased(List<OutcomeReport.Signed> reports) throws IOException {
        try (PreparedStatement s = db.prepareStatement("INSERT OR IGNORE INTO released(body, signature) VALUES (?, ?)")) {
            db.setAutoCommit(false);
            for (OutcomeReport.Signed r : reports) {
                s.setBytes(1, r.body());
                s.setBytes(2, r.signature());
                s.executeUpdate();
            }
            db.commit();
        } catch (SQLException e) {
            throw failed("store the released reports", e);
        } finally {
            try {
                db.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the next statement reports a connection that cannot switch back
            }
        }
    }

    /** The newest {@code limit} released reports, oldest first. */
    public synchronized List<OutcomeReport.Signed> released(int limit) throws IOException {
        try (PreparedStatement s = db.prepareStatement(
                "SELECT body, signature FROM (SELECT * FROM released ORDER BY id DESC LIMIT ?) ORDER BY id")) {
            s.setInt(1, limit);
            List<OutcomeReport.Signed> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new OutcomeReport.Signed(r.getBytes(1), r.getBytes(2)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed("read the released reports", e);
        }
    }

    public synchronized void addCandidate(Candidate c) throws IOException {
        try (PreparedStatement s = db.prepareStatement(
                "INSERT OR IGNORE INTO candidates(id, toml, status, note, sensitivity, created) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, c.id());
            s.setString(2, c.toml());
            s.setString(3, c.status());
            s.setString(4, c.note());
            s.setDouble(5, c.sensitivity());
            s.setString(6, c.created().toString());
            s.executeUpdate();
        } catch (SQLException e) {
            throw failed("store the candidate", e);
        }
    }

    public synchronized List<Candidate> candidates(String status) throws IOException {
        try (PreparedStatement s = db.prepareStatement("SELECT * FROM candidates WHERE status = ? ORDER BY created, id")) {
            s.setString(1, status);
            List<Candidate> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Candidate(r.getString("id"), r.getString("toml"), r.getString("status"), r.getString("note"),
                            r.getDouble("sensitivity"), Instant.parse(r.getString("created"))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed("read the candidates", e);
        }
    }

    /** Moves a pending candidate to {@code status}; false when there is no pending candidate with that id. */
    public synchronized boolean decide(String id, String status) throws IOException {
        try (PreparedStatement s = db.prepareStatement("UPDATE candidates SET status = ? WHERE id = ? AND status = 'pending'")) {
            s.setString(1, status);
            s.setString(2, id);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failed("record the decision", e);
        }
    }

    /** The ε spent in {@code period}; 0 when nothing was released. */
    public synchronized double spent(String period) throws IOException {
        try (PreparedStatement s = db.prepareStatement("SELECT epsilon FROM privacy_spend WHERE period = ?")) {
            s.setString(1, period);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getDouble(1) : 0;
            }
        } catch (SQLException e) {
            throw failed("read the privacy budget", e);
        }
    }

    public synchronized void spend(String period, double epsilon) throws IOException {
        try (PreparedStatement s = db.prepareStatement("""
                INSERT INTO privacy_spend(period, epsilon) VALUES (?, ?)
                ON CONFLICT(period) DO UPDATE SET epsilon = epsilon + excluded.epsilon""")) {
            s.setString(1, period);
            s.setDouble(2, epsilon);
            s.executeUpdate();
        } catch (SQLException e) {
            throw failed("record the privacy spend", e);
        }
    }

    private static IOException failed(String what, SQLException e) {
        String hint = e.getMessage() != null && e.getMessage().contains("full") ? " (the disk is full)" : "";
        return new IOException("could not " + what + " in the pattern store" + hint + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            db.close();
        } catch (SQLException e) {
            throw failed("close", e);
        }
    }
}
