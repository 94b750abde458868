package dev.mycel.config;

/** A configuration file that cannot be used; the message is one line a user can act on. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
