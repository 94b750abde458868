package dev.mycel.ai;

/** One provider of the config: ready to use, not configured at all, or configured but unusable. */
public sealed interface ProviderSlot {
    String name();

    record Ready(Provider provider) implements ProviderSlot {
        @Override
        public String name() {
            return provider.name();
        }
    }

    /** {@code howTo} is the exact setting that would configure it. */
    record NotConfigured(String name, String howTo) implements ProviderSlot {
    }

    /** It was asked for, but cannot be used: {@code reason} says why and how to fix it. */
    record Unusable(String name, String reason) implements ProviderSlot {
    }
}
