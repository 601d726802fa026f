package io.outeract.contract.outbound;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A message will not be sent; the error says why, in Outeract's words and the platform's. */
@Revision("1")
public record MessageFailedEvent(
        UUID messageId,
        UUID applicationId,
        UUID connectionId,
        int attempt,
        SendError error,
        Instant failedAt) {
}
