package io.outeract.command;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Ids that read as what they stand for in a specification, and are the same on every run. */
public final class TestIds {

    private TestIds() {
    }

    public static UUID named(String name) {
        return UUID.nameUUIDFromBytes(("test:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
