package io.outeract.contract.inbound;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How far an outbound message has got, in the order it gets there. A message's state only moves
 * forward: a {@code delivered} that arrives after {@code read} changes nothing. {@code failed} is
 * last because it is final: a platform that reports a failure has given up on the message.
 */
public enum DeliveryState {
    QUEUED, SENT, DELIVERED, READ, FAILED;

    /** Whether reaching this state from {@code current} (null: none yet) moves the message on. */
    public boolean advances(DeliveryState current) {
        return current == null || ordinal() > current.ordinal();
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static DeliveryState fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
