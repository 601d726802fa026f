package io.outeract.contract.common;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids derived from what platforms say, so that a replay of the history yields the same ids again.
 */
public final class DerivedIds {

    private DerivedIds() {
    }

    /** The platform user that an account id stands for on one connection. */
    public static UUID platformUser(UUID connectionId, String externalId) {
        return nameBased("platform-user:" + connectionId + ":" + externalId);
    }

    /** The user first created for a platform user, on its first contact. */
    public static UUID userFirstSeenAs(UUID platformUserId) {
        return nameBased("user:" + platformUserId);
    }

    /** The inbound event that a platform's deduplication key stands for, within an application. */
    public static UUID inboundEvent(UUID applicationId, String dedupeKey) {
        return nameBased("inbound:" + applicationId + ":" + dedupeKey);
    }

    /** The outbound message that an idempotency key names, within an application. */
    public static UUID outboundMessage(UUID applicationId, String idempotencyKey) {
        return nameBased("outbound:" + applicationId + ":" + idempotencyKey);
    }

    /** The stored file of one attachment of an inbound event, by its place in the message. */
    public static UUID storedFile(UUID eventId, int attachmentIndex) {
        return nameBased("file:" + eventId + ":" + attachmentIndex);
    }

    private static UUID nameBased(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
