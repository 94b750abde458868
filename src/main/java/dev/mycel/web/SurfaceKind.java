package dev.mycel.web;

/**
 * How much a surface may do. STATIC is sanitized HTML without script, framed with {@code sandbox=""};
 * INTERACTIVE runs its own script, framed with {@code sandbox="allow-scripts"}, and may only
 * postMessage the UI. Neither can reach the network, the UI or its cookie.
 */
public enum SurfaceKind {
    STATIC, INTERACTIVE
}
