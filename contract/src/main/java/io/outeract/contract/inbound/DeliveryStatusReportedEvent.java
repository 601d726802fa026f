package io.outeract.contract.inbound;

import io.outeract.contract.common.Platform;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A platform reported how far one of our messages got. Reports come in any order and more than
 * once; the read models keep the furthest state ({@link DeliveryState#advances}).
 */
@Revision("1")
public record DeliveryStatusReportedEvent(
        UUID eventId,
        UUID applicationId,
        UUID connectionId,
        Platform platform,
        String dedupeKey,
        DeliveryStatus status,
        Instant occurredAt,
        Instant receivedAt) {
}
