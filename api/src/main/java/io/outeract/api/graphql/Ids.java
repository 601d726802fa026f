package io.outeract.api.graphql;

import java.util.UUID;

/** Reads an id argument, with an error that names the argument. */
public final class Ids {

    private Ids() {
    }

    public static UUID parse(String value, String argument) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("'" + argument + "' is not a valid id");
        }
    }
}
