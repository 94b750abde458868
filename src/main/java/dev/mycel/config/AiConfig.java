package dev.mycel.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code [ai]} section. Beyond types and ranges it refuses what would leak: a URL with a
 * user or password in it (URLs are logged and shown in status), and a plain-http URL to a remote
 * host for a provider that sends a key (the key would cross the network readable).
 */
final class AiConfig {
    private AiConfig() {
    }

    static AiSettings read(TomlSection s, Places places) {
        AiSettings d = AiSettings.defaults();
        String mode = s.choice("provider", d.mode().wireName(),
                java.util.Arrays.stream(AiSettings.Mode.values()).map(AiSettings.Mode::wireName).toList());
        String anthropicModel = s.text("anthropic_model", d.anthropicModel());
        URI anthropicUrl = url(s, "anthropic_url", s.text("anthropic_url", d.anthropicUrl().toString()));
        Optional<Path> keyFile = optional(s.text("anthropic_key_file", "")).map(p -> path(s, places, p));
        URI ollamaUrl = url(s, "ollama_url", s.text("ollama_url", d.ollamaUrl().toString()));
        Optional<String> ollamaModel = optional(s.text("ollama_model", ""));
        Optional<URI> openaiUrl = optional(s.text("openai_url", "")).map(u -> url(s, "openai_url", u));
        Optional<String> openaiModel = optional(s.text("openai_model", ""));
        Optional<String> keyEnv = optional(s.text("openai_key_env", ""));
        var timeout = s.seconds("timeout_seconds", d.timeout(), 1, 3600);
        int retries = (int) s.integer("max_retries", d.maxRetries(), 0, 10);
        s.rejectUnknownKeys();
        if (anthropicModel.isBlank()) {
            throw s.error("ai.anthropic_model must not be empty");
        }
        requireTls(s, "anthropic_url", anthropicUrl);
        if (openaiUrl.isPresent() != openaiModel.isPresent()) {
            throw s.error("ai.openai_url and ai.openai_model go together: set both or neither");
        }
        if (keyEnv.isPresent() && !keyEnv.get().matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw s.error("ai.openai_key_env = \"" + keyEnv.get() + "\": expected the name of an environment variable, "
                    + "such as OPENAI_API_KEY (the name, not the key)");
        }
        if (keyEnv.isPresent() && openaiUrl.isPresent()) {
            requireTls(s, "openai_url", openaiUrl.get());
        }
        return new AiSettings(AiSettings.Mode.parse(mode).orElseThrow(), anthropicModel, anthropicUrl,
                keyFile, ollamaUrl, ollamaModel, openaiUrl, openaiModel, keyEnv, timeout, retries);
    }

    private static Optional<String> optional(String v) {
        return v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    private static URI url(TomlSection s, String key, String text) {
        URI u;
        try {
            u = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw s.error("ai." + key + " = \"" + text + "\": not a URL");
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
            throw s.error("ai." + key + " = \"" + text + "\": expected http://host[:port] or https://host[:port]");
        }
        if (u.getRawUserInfo() != null) {
            // the text is not echoed: it holds a password
            throw s.error("ai." + key + " must not hold a user name or password; use the key settings instead");
        }
        if (u.getRawQuery() != null || u.getRawFragment() != null) {
            throw s.error("ai." + key + " = \"" + text + "\": expected no ?query or #fragment");
        }
        return u;
    }

    private static void requireTls(TomlSection s, String key, URI u) {
        if (u.getScheme().equalsIgnoreCase("http") && !AiSettings.isLoopback(u)) {
            throw s.error("ai." + key + " = \"" + u + "\": a key is sent there, so it must be https "
                    + "(plain http is allowed only to 127.0.0.1, ::1 or localhost)");
        }
    }

    private static Path path(TomlSection s, Places places, String text) {
        Path p = text.equals("~") || text.startsWith("~/") ? places.home().resolve(text.substring(Math.min(2, text.length())))
                : Path.of(text);
        if (!p.isAbsolute()) {
            throw s.error("ai.anthropic_key_file = \"" + text + "\": expected an absolute path or one starting with ~/");
        }
        return p.normalize();
    }
}
