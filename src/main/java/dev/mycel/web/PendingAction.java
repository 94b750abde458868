package dev.mycel.web;

import dev.mycel.policy.Finding;
import dev.mycel.policy.Risk;
import java.util.List;

/**
 * An action parked until the person answers: what will happen, how risky, why it asks, and for
 * code, the code itself with the validator's findings. {@code language} and {@code code} are empty
 * for actions that are not code.
 */
public record PendingAction(String actionId, String summary, Risk risk, String reason,
                            String language, String code, List<Finding> findings) {
    public PendingAction {
        findings = List.copyOf(findings);
    }
}
