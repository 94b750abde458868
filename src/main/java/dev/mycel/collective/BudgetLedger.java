package dev.mycel.collective;

import java.time.Instant;

/**
 * Where a {@link PrivacyBudget} keeps the ε it has spent, per period, so that a restart does not
 * hand out the same budget twice. The runtime backs it by SQLite; {@link MemoryBudgetLedger} is the
 * in-process one. {@code record} must be durable when it returns: the budget records a spend before
 * it releases the noisy value, so a lost write can only waste budget, never overspend it.
 */
public interface BudgetLedger {
    /** The ε recorded so far for the period starting at {@code periodStart}; 0 for a period never seen. */
    double spent(Instant periodStart);

    /** Adds {@code epsilon} to what the period starting at {@code periodStart} has spent. */
    void record(Instant periodStart, double epsilon);
}
