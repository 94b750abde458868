package dev.mycel.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Which AI models Mycel may ask (boundary 3). Ollama counts as configured when
 * {@code ollamaModel} is set, Anthropic when a key is found (the key file here, else the
 * {@code ANTHROPIC_API_KEY} variable), an OpenAI-compatible server when {@code openaiUrl} and
 * {@code openaiModel} are both set. Only the key file's path is held here, never a key.
 * {@code timeout} bounds each wait of a request (connect, first byte, silence mid-stream).
 */
public record AiSettings(
        Mode mode,
        String anthropicModel,
        URI anthropicUrl,
        Optional<Path> anthropicKeyFile,
        URI ollamaUrl,
        Optional<String> ollamaModel,
        Optional<URI> openaiUrl,
        Optional<String> openaiModel,
        Optional<String> openaiKeyEnv,
        Duration timeout,
        int maxRetries) {

    /** What {@code provider} and {@code --provider} take; see {@code ProviderRouter} for the rule. */
    public enum Mode {
        AUTO, OFFLINE, LOCAL, CLOUD;

        /** The choices as a user reads them in an error message. */
        public static final String NAMES = "auto, offline, local or cloud";

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The mode a user typed, in any case, surrounding blanks ignored. */
        public static Optional<Mode> parse(String text) {
            String wanted = text.strip().toLowerCase(java.util.Locale.ROOT);
            return java.util.Arrays.stream(values()).filter(m -> m.wireName().equals(wanted)).findFirst();
        }
    }

    public static final String DEFAULT_ANTHROPIC_MODEL = "claude-sonnet-4-5";
    public static final URI DEFAULT_ANTHROPIC_URL = URI.create("https://api.anthropic.com");
    public static final URI DEFAULT_OLLAMA_URL = URI.create("http://127.0.0.1:11434");

    public static AiSettings defaults() {
        return new AiSettings(Mode.AUTO, DEFAULT_ANTHROPIC_MODEL, DEFAULT_ANTHROPIC_URL, Optional.empty(),
                DEFAULT_OLLAMA_URL, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Duration.ofSeconds(60), 2);
    }

    /**
     * True when {@code url}'s host is a loopback address written literally, or {@code localhost}.
     * Other names are never resolved: DNS must not be able to make a remote host look local.
     */
    public static boolean isLoopback(URI url) {
        String host = url.getHost();
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!literal.matches("[0-9.]+") && !(literal.contains(":") && literal.matches("[0-9a-fA-F:.]+"))) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
