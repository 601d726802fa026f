package io.outeract.contract.inbound;

import io.outeract.contract.common.Platform;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An attachment could not be downloaded from its platform (the media id expired, the checksum
 * did not match, the platform kept failing); the message keeps the platform's reference to it.
 */
@Revision("1")
public record AttachmentUnavailableEvent(
        UUID eventId,
        UUID applicationId,
        UUID connectionId,
        Platform platform,
        int attachmentIndex,
        String reason,
        Instant at) {
}
