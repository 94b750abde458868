package dev.mycel.ai;

import dev.mycel.config.AiSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The providers the {@code [ai]} settings and the environment make available, built once at
 * start. Keys are looked up here and nowhere else; what could not be used becomes a slot that
 * says why, so status and the offline answer can tell the user exactly what to change.
 */
public record ConfiguredProviders(AiSettings.Mode mode, Path configFile, ProviderSlot ollama,
                                  ProviderSlot anthropic, ProviderSlot openai) implements AutoCloseable {

    public static final String ANTHROPIC_KEY_ENV = "ANTHROPIC_API_KEY";

    public static ConfiguredProviders from(AiSettings ai, Path configFile, Map<String, String> env, int uid,
                                           Sleeper sleeper) {
        HttpLimits limits = HttpLimits.of(ai.timeout(), ai.maxRetries());
        return new ConfiguredProviders(ai.mode(), configFile, ollama(ai, limits, sleeper, configFile),
                anthropic(ai, env, uid, limits, sleeper, configFile), openai(ai, env, limits, sleeper, configFile));
    }

    private static ProviderSlot ollama(AiSettings ai, HttpLimits limits, Sleeper sleeper, Path config) {
        return ai.ollamaModel().<ProviderSlot>map(m -> new ProviderSlot.Ready(new OllamaProvider(ai.ollamaUrl(), m, limits, sleeper)))
                .orElse(new ProviderSlot.NotConfigured("ollama", "install Ollama, run 'ollama pull llama3.2', and set "
                        + "[ai] ollama_model = \"llama3.2\" in " + config));
    }

    private static ProviderSlot anthropic(AiSettings ai, Map<String, String> env, int uid, HttpLimits limits,
                                          Sleeper sleeper, Path config) {
        return switch (KeyLookup.find(ai.anthropicKeyFile(), ANTHROPIC_KEY_ENV, env, uid)) {
            case KeyLookup.Found f -> new ProviderSlot.Ready(new AnthropicProvider(ai.anthropicUrl(), ai.anthropicModel(),
                    f.key(), limits, sleeper));
            case KeyLookup.Missing m -> new ProviderSlot.NotConfigured("anthropic", "export " + ANTHROPIC_KEY_ENV
                    + "=<your key> before 'mycel up', or put the key in a file only you can read (chmod 600) and set "
                    + "[ai] anthropic_key_file = \"~/.config/mycel/secrets/anthropic.key\" in " + config);
            case KeyLookup.Refused r -> new ProviderSlot.Unusable("anthropic", r.reason());
        };
    }

    private static ProviderSlot openai(AiSettings ai, Map<String, String> env, HttpLimits limits, Sleeper sleeper,
                                       Path config) {
        if (ai.openaiUrl().isEmpty() || ai.openaiModel().isEmpty()) {
            return new ProviderSlot.NotConfigured("openai", "set [ai] openai_url = \"http://127.0.0.1:8080\" and "
                    + "openai_model = \"<model>\" in " + config + " (and openai_key_env = \"OPENAI_API_KEY\" if it needs a key)");
        }
        Optional<ApiKey> key = Optional.empty();
        if (ai.openaiKeyEnv().isPresent()) {
            String name = ai.openaiKeyEnv().get();
            key = ApiKey.of(env.get(name), "env " + name);
            if (key.isEmpty()) {
                return new ProviderSlot.Unusable("openai", "[ai] openai_key_env names " + name
                        + ", which is not set (or not a key) in the environment of 'mycel up'");
            }
        }
        return new ProviderSlot.Ready(new OpenAiCompatibleProvider(ai.openaiUrl().get(), ai.openaiModel().get(), key,
                limits, sleeper));
    }

    /** Ready providers of {@code placement}, in the order the router tries them. */
    List<Provider> ready(Placement placement) {
        List<ProviderSlot> order = placement == Placement.LOCAL ? List.of(ollama, openai, anthropic)
                : List.of(anthropic, openai, ollama);
        List<Provider> out = new ArrayList<>();
        for (ProviderSlot s : order) {
            if (s instanceof ProviderSlot.Ready r && r.provider().placement() == placement) {
                out.add(r.provider());
            }
        }
        return out;
    }

    /** Every ready provider, local or not. */
    public List<Provider> readyProviders() {
        List<Provider> out = new ArrayList<>();
        for (ProviderSlot s : all()) {
            if (s instanceof ProviderSlot.Ready r) {
                out.add(r.provider());
            }
        }
        return out;
    }

    public List<ProviderSlot> all() {
        return List.of(ollama, anthropic, openai);
    }

    @Override
    public void close() {
        for (ProviderSlot s : all()) {
            if (s instanceof ProviderSlot.Ready r) {
                r.provider().close();
            }
        }
    }
}
