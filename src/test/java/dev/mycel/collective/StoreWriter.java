package dev.mycel.collective;

import java.nio.file.Path;
import java.time.Instant;

/** Run as its own process by {@link PatternStoreTest}: stores patterns one by one, printing each committed count, until killed. */
public final class StoreWriter {
    private StoreWriter() {
    }

    public static void main(String[] args) throws Exception {
        InstanceKey key = InstanceKey.generate();
        try (PatternStore store = PatternStore.open(Path.of(args[0]))) {
            for (int i = 1; ; i++) {
                SignedPattern p = Envelope.seal(PatternStoreTest.toml(i), "low", Instant.EPOCH, key);
                store.add(((Envelope.Opened.Ok) Envelope.open(p.address(), p)).pattern(), "test", Instant.now());
                System.out.println("committed " + i);
                System.out.flush();
            }
        }
    }
}
