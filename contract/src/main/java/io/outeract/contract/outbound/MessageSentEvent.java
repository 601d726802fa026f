package io.outeract.contract.outbound;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The platform accepted a message and gave it its own id; {@code segments} is how many SMS
 * parts it took (GSM-7 or UCS-2), on SMS only.
 */
@Revision("1")
public record MessageSentEvent(
        UUID messageId,
        UUID applicationId,
        UUID connectionId,
        String platformMessageId,
        int attempt,
        Instant sentAt,
        Integer segments) {

    public MessageSentEvent(UUID messageId, UUID applicationId, UUID connectionId,
            String platformMessageId, int attempt, Instant sentAt) {
        this(messageId, applicationId, connectionId, platformMessageId, attempt, sentAt, null);
    }
}
