package dev.mycel.policy;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The policy's one answer to one action: go ahead, ask the user first, or refuse.
 * {@code reason} is a sentence for the user; {@code findings} are the code validator's for
 * {@link Action.RunCode} and empty otherwise; {@code target} is the resolved real path a file
 * action was judged on, so that {@link FileActions} can act on exactly that path.
 * {@link #decision()} is the wire enum that {@code check --json} and {@code exec} print.
 */
public sealed interface Ruling {

    Decision decision();

    Risk risk();

    String reason();

    List<Finding> findings();

    /** The resolved real path a file action was judged on; empty for code, surfaces and denials. */
    Optional<Path> target();

    record Allow(Risk risk, String reason, List<Finding> findings, Optional<Path> target) implements Ruling {
        public Allow {
            Objects.requireNonNull(risk, "risk");
            Objects.requireNonNull(reason, "reason");
            findings = List.copyOf(findings);
            Objects.requireNonNull(target, "target");
        }

        @Override
        public Decision decision() {
            return Decision.ALLOW;
        }
    }

    record Confirm(Risk risk, String reason, List<Finding> findings, Optional<Path> target) implements Ruling {
        public Confirm {
            Objects.requireNonNull(risk, "risk");
            Objects.requireNonNull(reason, "reason");
            findings = List.copyOf(findings);
            Objects.requireNonNull(target, "target");
        }

        @Override
        public Decision decision() {
            return Decision.CONFIRM;
        }
    }

    record Deny(String reason, Risk risk, List<Finding> findings) implements Ruling {
        public Deny {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(risk, "risk");
            findings = List.copyOf(findings);
        }

        @Override
        public Decision decision() {
            return Decision.DENY;
        }

        @Override
        public Optional<Path> target() {
            return Optional.empty();
        }
    }
}
