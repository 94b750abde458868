package dev.mycel.collective;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link BudgetLedger} in memory: accounting survives as long as the process, no longer. */
public final class MemoryBudgetLedger implements BudgetLedger {
    private final Map<Instant, Double> spent = new ConcurrentHashMap<>();

    @Override
    public double spent(Instant periodStart) {
        return spent.getOrDefault(periodStart, 0.0);
    }

    @Override
    public void record(Instant periodStart, double epsilon) {
        spent.merge(periodStart, epsilon, Double::sum);
    }
}
