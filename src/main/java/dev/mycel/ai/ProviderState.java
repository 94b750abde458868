package dev.mycel.ai;

import java.util.List;
import java.util.Optional;

/** What status shows about one provider; holds no key, only where one came from. */
public sealed interface ProviderState {
    String name();

    /** Configured; {@code probe} is empty while the first probe has not answered. */
    record Configured(String name, Placement placement, Provider.Info info, Optional<Probe> probe) implements ProviderState {
    }

    record Unusable(String name, String reason) implements ProviderState {
    }

    record NotConfigured(String name, String howTo) implements ProviderState {
    }

    /** Every provider's state; the probes come from {@code probes}, which never blocks for long. */
    static List<ProviderState> of(ConfiguredProviders providers, ProbeCache probes) {
        // all first probes run side by side; then each wait is for one already under way
        probes.prime(providers.readyProviders());
        return providers.all().stream().<ProviderState>map(s -> switch (s) {
            case ProviderSlot.Ready r -> new Configured(r.name(), r.provider().placement(), r.provider().info(),
                    probes.latest(r.provider()));
            case ProviderSlot.Unusable u -> new Unusable(u.name(), u.reason());
            case ProviderSlot.NotConfigured n -> new NotConfigured(n.name(), n.howTo());
        }).toList();
    }
}
