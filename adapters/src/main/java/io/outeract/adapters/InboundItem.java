package io.outeract.adapters;

import io.outeract.contract.common.PlatformAccount;
import io.outeract.contract.inbound.DeliveryStatus;
import io.outeract.contract.inbound.ReceivedMessage;
import java.time.Instant;

/**
 * One thing a platform told: a new message, an edit, a delivery status, or an update kept raw.
 * The dedupe key is the platform's identity of the delivery.
 */
public record InboundItem(
        Kind kind,
        String dedupeKey,
        ReceivedMessage message,
        String rawKind,
        PlatformAccount actor,
        String rawPayload,
        Instant occurredAt,
        DeliveryStatus status) {

    public enum Kind { MESSAGE_RECEIVED, MESSAGE_EDITED, PLATFORM_EVENT, STATUS_REPORTED }

    public static InboundItem received(String dedupeKey, ReceivedMessage message, Instant at) {
        return new InboundItem(Kind.MESSAGE_RECEIVED, dedupeKey, message, null, null, null, at,
                null);
    }

    public static InboundItem edited(String dedupeKey, ReceivedMessage message, Instant at) {
        return new InboundItem(Kind.MESSAGE_EDITED, dedupeKey, message, null, null, null, at,
                null);
    }

    /** A platform's report on one of our outbound messages: delivered, read, failed. */
    public static InboundItem status(String dedupeKey, DeliveryStatus status, Instant at) {
        return new InboundItem(Kind.STATUS_REPORTED, dedupeKey, null, null, status.recipient(),
                null, at, status);
    }

    public static InboundItem raw(
            String dedupeKey, String kind, PlatformAccount actor, String rawPayload, Instant at) {
        return new InboundItem(Kind.PLATFORM_EVENT, dedupeKey, null, kind, actor, rawPayload, at,
                null);
    }
}
