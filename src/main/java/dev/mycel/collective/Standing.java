package dev.mycel.collective;

/**
 * What this instance thinks of an author, for the confirmation prompt and the run rule: the
 * user's own word (trusted, blocked) first, this instance's own key next, then reputation.
 */
public record Standing(String fingerprint, Level level, double score) {

    public enum Level {
        /** This instance's own key. */
        OWN,
        /** The user said so ({@code patterns trust}). */
        TRUSTED,
        /** Reputation at or above the threshold. */
        ESTABLISHED,
        /** Known from reports, below the threshold. */
        LOW,
        /** No verified report about this author reached us. */
        UNKNOWN,
        /** The user blocked the author ({@code patterns block}); their patterns are never used. */
        BLOCKED
    }

    /** Whether a pattern of this author may run without asking (if its code and files need no confirmation either). */
    public boolean mayRunUnasked() {
        return level == Level.OWN || level == Level.TRUSTED || level == Level.ESTABLISHED;
    }

    /** One phrase for a person: who and how much they are trusted. */
    public String describe() {
        return fingerprint + " (" + switch (level) {
            case OWN -> "this machine's own key";
            case TRUSTED -> "trusted by you";
            case ESTABLISHED -> String.format(java.util.Locale.ROOT, "reputation %.2f", score);
            case LOW -> String.format(java.util.Locale.ROOT, "reputation %.2f, below the threshold", score);
            case UNKNOWN -> "unknown author, no reputation yet";
            case BLOCKED -> "blocked by you";
        } + ")";
    }
}
