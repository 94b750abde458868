package dev.mycel.ai;

import dev.mycel.config.AiSettings;
import java.net.URI;

/**
 * Where a provider's requests go. {@code LOCAL} means they stay on this machine (a loopback
 * address), whatever the vendor; anything else is {@code REMOTE} and counts as cloud: an Ollama on
 * another host of the LAN sees the user's words just as a vendor would.
 */
public enum Placement {
    // A loopback URL can still be a proxy to a vendor (a LiteLLM gateway, say): providers that
    // know their model runs elsewhere (Anthropic) override Provider.placement() to say REMOTE.
    LOCAL, REMOTE;

    public static Placement of(URI url) {
        return AiSettings.isLoopback(url) ? LOCAL : REMOTE;
    }
}
