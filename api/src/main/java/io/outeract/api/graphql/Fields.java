package io.outeract.api.graphql;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Builds the maps that GraphQL fields are read from; nulls are allowed, unlike Map.of. */
public final class Fields {

    private Fields() {
    }

    public static Map<String, Object> of(Object... namesAndValues) {
        Map<String, Object> fields = new HashMap<>();
        for (int index = 0; index < namesAndValues.length; index += 2) {
            fields.put((String) namesAndValues[index], namesAndValues[index + 1]);
        }
        return fields;
    }

    public static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
