package io.outeract.contract.query;

import java.util.UUID;

/** A platform user who took part in an event: as its sender (sent_by) or a recipient (sent_to). */
public record EventParticipantView(UUID eventId, UUID platformUserId, String role) {

    public static final String SENT_BY = "sent_by";
    public static final String SENT_TO = "sent_to";
}
