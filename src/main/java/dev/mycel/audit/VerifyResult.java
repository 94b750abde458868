package dev.mycel.audit;

/** What {@link AuditLog#verify} found: the chain intact, intact but for a torn last write, or broken. */
public sealed interface VerifyResult {

    /** Every one of the {@code count} entries verifies. */
    record Intact(long count) implements VerifyResult {
    }

    /**
     * The {@code count} entries before {@code line} verify; from {@code line} to the end the file
     * holds an incomplete write, which is what a crash while writing leaves. Nothing lost had
     * been acknowledged: {@code audit.head} does not count it.
     */
    record TornTail(long count, long line) implements VerifyResult {
    }

    /**
     * The first place the chain is broken: {@code line} (1-based) and {@code seq}, the sequence
     * number the entry there should have had, with a {@code reason} in words.
     */
    record Broken(long line, long seq, String reason) implements VerifyResult {
    }

    /** One line for a person. */
    default String describe() {
        return switch (this) {
            case Intact i -> "audit log intact: " + i.count() + (i.count() == 1 ? " entry" : " entries") + " verify";
            case TornTail t -> "torn last entry at line " + t.line() + ", probably a crash while writing; all "
                    + t.count() + " earlier entries verify";
            case Broken b -> "audit log broken at line " + b.line() + " (entry seq " + b.seq() + "): " + b.reason();
        };
    }
}
