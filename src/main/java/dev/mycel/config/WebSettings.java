package dev.mycel.config;

/**
 * The browser side (T8): the UI and the surface server, both on 127.0.0.1 only. A port of 0
 * picks a free one at start. {@code maxSurfaces} and {@code maxSurfaceBytes} bound what AI-written
 * pages may hold in memory; the oldest surface goes first when the count is reached.
 */
public record WebSettings(boolean enabled, int port, int surfacePort, int maxSurfaces, int maxSurfaceBytes) {

    public static WebSettings defaults() {
        return new WebSettings(true, 0, 0, 50, 512 * 1024);
    }
}
