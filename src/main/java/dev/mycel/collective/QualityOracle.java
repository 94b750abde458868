package dev.mycel.collective;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * An outside judge of how good shared patterns are, such as a Bittensor subnet's validators (see
 * docs/BITTENSOR.md). Its scores are one weighted input to reputation, each with the provenance
 * needed to weigh and re-check it; they never override a local block or a policy decision, and a
 * missing score means nothing. No implementation exists yet.
 */
public interface QualityOracle {
    /** Where a score came from: enough to weigh it, to re-check it on the network, and to expire it. */
    record Provenance(String network, String source, String validator, long block, Instant observedAt, byte[] signature) {
        public Provenance {
            signature = signature.clone();
        }

        @Override
        public byte[] signature() {
            return signature.clone();
        }
    }

    /** How good the pattern at {@code address} is judged to be, from 0 (useless or harmful) to 1. */
    record Score(String address, double value, Provenance provenance) {
        public Score {
            if (!(value >= 0.0 && value <= 1.0)) {
                throw new IllegalArgumentException("a quality score is in [0, 1], not " + value);
            }
            if (!Registry.isAddress(address)) {
                throw new IllegalArgumentException("a score is for a pattern address");
            }
        }
    }

    /** The scores the oracle has for any of {@code addresses}; an address it has not judged is simply absent. */
    List<Score> scores(Collection<String> addresses) throws IOException;
}
