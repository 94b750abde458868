package dev.mycel.sandbox;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** The complete environment inside: a fixed allow-list plus the caller's values; nothing is inherited. */
final class Environment {
    static final String PATH = "/usr/local/bin:/usr/bin:/bin";

    private Environment() {
    }

    static Map<String, String> inside(Path home, Map<String, String> extra) {
        Map<String, String> env = new TreeMap<>(extra);
        env.put("PATH", PATH);
        env.put("HOME", home.toString());
        env.put("LANG", "C.UTF-8");
        env.put("TMPDIR", "/tmp");
        return env;
    }
}
