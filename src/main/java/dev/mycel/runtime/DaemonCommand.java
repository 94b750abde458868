package dev.mycel.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** How {@code mycel up} starts the runtime: this JVM and class path, small-footprint flags. */
public final class DaemonCommand {
    private DaemonCommand() {
    }

    /** {@code detach} puts it in its own session, so closing the terminal does not stop it. */
    public static List<String> argv(boolean detach) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>();
        if (detach && Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            cmd.add("/usr/bin/setsid");
        }
        cmd.addAll(List.of(java, "--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Xss512k", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "dev.mycel.Main", "up", "--foreground"));
        return cmd;
    }
}
