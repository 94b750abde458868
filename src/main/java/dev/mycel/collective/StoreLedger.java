package dev.mycel.collective;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The privacy budget's spend in the pattern store, so that a restart never hands out a period's
 * budget twice. A spend that cannot be written fails the release (the budget records before it
 * releases), so a full disk wastes no privacy.
 */
public final class StoreLedger implements BudgetLedger {
    private final PatternStore store;

    public StoreLedger(PatternStore store) {
        this.store = store;
    }

    @Override
    public double spent(Instant periodStart) {
        try {
            return store.spent(periodStart.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void record(Instant periodStart, double epsilon) {
        try {
            store.spend(periodStart.toString(), epsilon);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
