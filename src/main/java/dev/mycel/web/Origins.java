package dev.mycel.web;

/**
 * The two origins Mycel serves, both on 127.0.0.1: the UI and, on another port (so another
 * origin), the surfaces. Only exact {@code 127.0.0.1:PORT} or {@code localhost:PORT} Host values
 * are ours; anything else is a DNS-rebinding attempt or a stray client.
 */
record Origins(int uiPort, int surfacePort) {

    boolean isUiHost(String host) {
        return isHost(host, uiPort);
    }

    boolean isSurfaceHost(String host) {
        return isHost(host, surfacePort);
    }

    boolean isUiOrigin(String origin) {
        return origin != null && (origin.equals("http://127.0.0.1:" + uiPort) || origin.equals("http://localhost:" + uiPort));
    }

    String uiBase() {
        return "http://127.0.0.1:" + uiPort;
    }

    String surfaceBase() {
        return "http://127.0.0.1:" + surfacePort;
    }

    /** Both spellings of the UI origin, for the surfaces' frame-ancestors and the UI's connect-src. */
    String uiOriginsFor(String scheme) {
        return scheme + "://127.0.0.1:" + uiPort + " " + scheme + "://localhost:" + uiPort;
    }

    private static boolean isHost(String host, int port) {
        return port > 0 && host != null && (host.equals("127.0.0.1:" + port) || host.equals("localhost:" + port));
    }
}
