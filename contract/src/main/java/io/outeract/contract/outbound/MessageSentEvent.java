package io.outeract.contract.outbound;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The platform accepted a message and gave it its own id. */
@Revision("1")
public record MessageSentEvent(
        UUID messageId,
        UUID applicationId,
        UUID connectionId,
        String platformMessageId,
        int attempt,
        Instant sentAt) {
}
