package dev.mycel.runtime;

import dev.mycel.policy.Finding;
import dev.mycel.policy.Ruling;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Combines two rulings on parts of one action: the stricter decision wins, risks and findings add up. */
final class Rulings {
    private Rulings() {
    }

    static Ruling stricter(Ruling a, Ruling b) {
        Ruling first = a.decision().compareTo(b.decision()) >= 0 ? a : b;
        Ruling other = first == a ? b : a;
        List<Finding> findings = new ArrayList<>(first.findings());
        findings.addAll(other.findings());
        var risk = first.risk().max(other.risk());
        String reason = first.decision() == other.decision() && !first.reason().equals(other.reason())
                ? first.reason() + "; " + other.reason() : first.reason();
        Optional<java.nio.file.Path> target = a.target();
        return switch (first) {
            case Ruling.Deny d -> new Ruling.Deny(reason, risk, findings);
            case Ruling.Confirm c -> new Ruling.Confirm(risk, reason, findings, target);
            case Ruling.Allow al -> new Ruling.Allow(risk, reason, findings, target);
        };
    }
}
