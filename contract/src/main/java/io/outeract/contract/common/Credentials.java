package io.outeract.contract.common;

import java.util.Map;

/**
 * Secrets a connection needs to speak to its platform (a bot token, an app secret). They travel
 * in commands only, never in events: the event store is immutable, and a secret written there
 * could never be taken back. {@link #toString()} never shows a value.
 */
public record Credentials(Map<String, String> values) {

    public Credentials {
        values = Map.copyOf(values);
    }

    public static Credentials of(String name, String value) {
        return new Credentials(Map.of(name, value));
    }

    public String require(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The credential '" + name + "' is missing");
        }
        return value;
    }

    @Override
    public String toString() {
        return "Credentials" + values.keySet() + " (values hidden)";
    }
}
