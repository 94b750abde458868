package dev.mycel.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the TOML config into a {@link RuntimeConfig}. A missing file means all defaults;
 * a broken one is a {@link ConfigException} naming the key, the value and what was expected.
 */
public final class ConfigLoader {
    private static final Set<String> SECTIONS = Set.of("ipc", "sandbox", "policy", "web", "ai", "privacy", "agent", "offline", "collective");

    private ConfigLoader() {
    }

    public static RuntimeConfig load(Places places) {
        JsonNode root = read(places);
        rejectUnknownSections(places, root);
        return new RuntimeConfig(places,
                ipc(new TomlSection(places.configFile(), "ipc", root.get("ipc"))),
                sandbox(new TomlSection(places.configFile(), "sandbox", root.get("sandbox"))),
                policy(new TomlSection(places.configFile(), "policy", root.get("policy"))).withPlaces(places),
                web(new TomlSection(places.configFile(), "web", root.get("web"))),
                AiConfig.read(new TomlSection(places.configFile(), "ai", root.get("ai")), places),
                privacy(new TomlSection(places.configFile(), "privacy", root.get("privacy"))),
                agent(new TomlSection(places.configFile(), "agent", root.get("agent"))),
                offline(new TomlSection(places.configFile(), "offline", root.get("offline"))),
                collective(new TomlSection(places.configFile(), "collective", root.get("collective"))));
    }

    private static JsonNode read(Places places) {
        try {
            String text = Files.readString(places.configFile());
            JsonNode root = new TomlMapper().readTree(text);
            return root == null ? new TomlMapper().createObjectNode() : root;
        } catch (NoSuchFileException e) {
            return new TomlMapper().createObjectNode();
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new ConfigException(places.configFile() + ": not valid TOML (" + why + "); fix the file or move it away");
        }
    }

    private static void rejectUnknownSections(Places places, JsonNode root) {
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!SECTIONS.contains(name)) {
                throw new ConfigException(places.configFile() + ": unknown section [" + name + "] (known: "
                        + String.join(", ", new java.util.TreeSet<>(SECTIONS)) + ")");
            }
        }
    }

    private static IpcSettings ipc(TomlSection s) {
        IpcSettings d = IpcSettings.defaults();
        List<Integer> uids = new ArrayList<>();
        for (long uid : s.integers("allowed_uids", List.of(), 0, Integer.MAX_VALUE)) {
            uids.add((int) uid);
        }
        IpcSettings out = new IpcSettings(
                (int) s.integer("max_message_bytes", d.maxMessageBytes(), 1024, 64L << 20),
                (int) s.integer("requests_per_minute", d.requestsPerMinute(), 1, 1_000_000),
                s.seconds("session_idle_seconds", d.sessionIdle(), 1, 30L * 24 * 3600),
                (int) s.integer("max_connections", d.maxConnections(), 1, 100_000),
                s.seconds("idle_timeout_seconds", d.idleTimeout(), 1, 24 * 3600),
                s.seconds("line_timeout_seconds", d.lineTimeout(), 1, 3600),
                (int) s.integer("free_auth_failures", d.freeAuthFailures(), 0, 100),
                List.copyOf(uids));
        s.rejectUnknownKeys();
        return out;
    }

    private static SandboxSettings sandbox(TomlSection s) {
        SandboxSettings d = SandboxSettings.defaults();
        String backend = s.choice("backend", "auto", List.of("auto", "bubblewrap", "firejail"));
        SandboxSettings out = new SandboxSettings(
                SandboxSettings.Backend.valueOf(backend.toUpperCase(Locale.ROOT)),
                s.seconds("timeout_seconds", d.timeout(), 1, 24 * 3600),
                s.integer("memory_mb", d.addressSpaceBytes() >> 20, 16, 1L << 20) << 20,
                (int) s.integer("max_processes", d.maxProcesses(), 1, 100_000),
                s.integer("max_file_size_mb", d.maxFileBytes() >> 20, 1, 1L << 20) << 20,
                s.seconds("cpu_seconds", d.cpuTime(), 1, 24 * 3600),
                s.integer("tmpfs_mb", d.tmpfsBytes() >> 20, 1, 1L << 20) << 20,
                (int) s.integer("output_limit_bytes", d.outputLimitBytes(), 1024, 256L << 20));
        s.rejectUnknownKeys();
        return out;
    }

    private static PolicySettings policy(TomlSection s) {
        PolicySettings d = PolicySettings.defaults();
        List<String> blocked = edit(s, "blocked_paths", d.blockedPaths());
        List<String> protectedPaths = edit(s, "write_protected_paths", d.writeProtectedPaths());
        boolean confirmNewFiles = s.flag("confirm_new_files", d.confirmNewFiles());
        boolean denyCritical = s.flag("deny_critical", d.denyCritical());
        var confirmTimeout = s.seconds("confirm_timeout_seconds", d.confirmTimeout(), 1, 24 * 3600);
        s.rejectUnknownKeys();
        return new PolicySettings(blocked, protectedPaths, confirmNewFiles, denyCritical, confirmTimeout);
    }

    private static WebSettings web(TomlSection s) {
        WebSettings d = WebSettings.defaults();
        WebSettings out = new WebSettings(
                s.flag("enabled", d.enabled()),
                (int) s.integer("port", d.port(), 0, 65535),
                (int) s.integer("surface_port", d.surfacePort(), 0, 65535),
                (int) s.integer("max_surfaces", d.maxSurfaces(), 1, 10_000),
                (int) s.integer("max_surface_kb", d.maxSurfaceBytes() / 1024, 1, 16 * 1024) * 1024);
        s.rejectUnknownKeys();
        return out;
    }

    private static PrivacySettings privacy(TomlSection s) {
        PrivacySettings d = PrivacySettings.defaults();
        PrivacySettings out = new PrivacySettings(
                s.flag("redact_cloud", d.redactCloud()),
                s.flag("redact_local", d.redactLocal()),
                s.region("phone_region", d.phoneRegion(), PrivacySettings.PHONE_REGIONS));
        s.rejectUnknownKeys();
        return out;
    }

    private static AgentSettings agent(TomlSection s) {
        AgentSettings d = AgentSettings.defaults();
        AgentSettings out = new AgentSettings(
                (int) s.integer("max_tool_steps", d.maxToolSteps(), 1, 100),
                s.seconds("turn_timeout_seconds", d.turnTimeout(), 5, 3600),
                (int) s.integer("history_messages", d.historyMessages(), 2, 10_000),
                (int) s.integer("tool_result_bytes", d.toolResultBytes(), 256, 1 << 20));
        s.rejectUnknownKeys();
        return out;
    }

    private static OfflineSettings offline(TomlSection s) {
        OfflineSettings d = OfflineSettings.defaults();
        OfflineSettings out = new OfflineSettings(s.flag("enabled", d.enabled()),
                s.fraction("min_confidence", d.minConfidence()), s.flag("answer_first", d.answerFirst()));
        s.rejectUnknownKeys();
        return out;
    }

    private static CollectiveSettings collective(TomlSection s) {
        CollectiveSettings d = CollectiveSettings.defaults();
        List<String> categories = s.strings("blocked_categories", d.blockedCategories());
        for (String c : categories) {
            if (!CollectiveSettings.CATEGORIES.contains(c)) {
                throw new ConfigException(s.file() + ": [collective] blocked_categories has \"" + c + "\"; the categories are "
                        + String.join(", ", CollectiveSettings.CATEGORIES));
            }
        }
        CollectiveSettings out = new CollectiveSettings(s.flag("share", d.share()), s.fraction("threshold", d.threshold()),
                categories, s.fraction("review_sensitivity", d.reviewSensitivity()),
                s.positive("epsilon_per_day", d.epsilonPerDay(), 100), s.strings("peers", d.peers()),
                (int) s.integer("serve_port", d.servePort(), 0, 65535));
        s.rejectUnknownKeys();
        return out;
    }

    /** A list key replaces the default; {@code KEY_add} and {@code KEY_remove} edit it instead. */
    private static List<String> edit(TomlSection s, String key, List<String> defaults) {
        List<String> out = new ArrayList<>(s.strings(key, defaults));
        out.addAll(s.strings(key + "_add", List.of()));
        out.removeAll(s.strings(key + "_remove", List.of()));
        return List.copyOf(out);
    }
}
