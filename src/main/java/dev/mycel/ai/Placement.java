package dev.mycel.ai;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Where a provider's requests go. {@code LOCAL} means they stay on this machine (a loopback
 * address), whatever the vendor; anything else is {@code REMOTE} and counts as cloud: an Ollama on
 * another host of the LAN sees the user's words just as a vendor would.
 */
public enum Placement {
    LOCAL, REMOTE;

    /** Decided from the literal host only; a name other than {@code localhost} is never resolved, so DNS cannot make it local. */
    public static Placement of(URI url) {
        String host = url.getHost();
        if (host == null) {
            return REMOTE;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return LOCAL;
        }
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!literal.matches("[0-9.]+") && !literal.contains(":")) {
            return REMOTE;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress() ? LOCAL : REMOTE;
        } catch (UnknownHostException e) {
            return REMOTE;
        }
    }
}
