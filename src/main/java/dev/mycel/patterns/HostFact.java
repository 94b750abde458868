package dev.mycel.patterns;

/**
 * Facts about the host that sandboxed code cannot see for itself (it has its own pid and network
 * namespaces). The trusted runtime gathers them and passes them as tab-separated text in the
 * environment variable {@link #envName()}, first line a header; no command lines, no environments.
 */
public enum HostFact {
    /** {@code pid user rss_kib cpu_percent command}: every process the runtime's user may see. */
    PROCESSES("MYCEL_PROCESSES"),
    /** {@code proto address port process}: listening TCP sockets and bound UDP sockets. */
    LISTENING("MYCEL_LISTENING");

    private final String envName;

    HostFact(String envName) {
        this.envName = envName;
    }

    public String envName() {
        return envName;
    }
}
