package dev.mycel.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The judgement on one piece of code or one action. Only the policy package makes verdicts,
 * so holding one proves a check happened. Several verdicts combine "strictest wins".
 */
public record Verdict(Decision decision, Risk risk, List<Finding> findings) {

    public Verdict {
        findings = List.copyOf(findings);
    }

    static Verdict allow() {
        return new Verdict(Decision.ALLOW, Risk.LOW, List.of());
    }

    /** The strictest decision and highest risk among the findings; no findings means allow. */
    static Verdict of(List<Finding> findings) {
        Decision decision = Decision.ALLOW;
        Risk risk = Risk.LOW;
        for (Finding f : findings) {
            decision = decision.compareTo(f.decision()) >= 0 ? decision : f.decision();
            risk = risk.max(f.risk());
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::line).thenComparing(Finding::rule));
        return new Verdict(decision, risk, sorted);
    }

    Verdict and(Verdict other) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(other.findings);
        Verdict combined = of(all);
        Decision d = decision.compareTo(other.decision) >= 0 ? decision : other.decision;
        d = d.compareTo(combined.decision) >= 0 ? d : combined.decision;
        return new Verdict(d, risk.max(other.risk).max(combined.risk), combined.findings);
    }
}
