package io.outeract.query.eventgraph;

import static io.outeract.contract.query.EventParticipantView.SENT_BY;
import static io.outeract.contract.query.EventParticipantView.SENT_TO;

import io.outeract.contract.common.DerivedIds;
import io.outeract.contract.common.Platform;
import io.outeract.contract.common.PlatformAccount;
import io.outeract.contract.inbound.MessageEditedEvent;
import io.outeract.contract.inbound.MessageReceivedEvent;
import io.outeract.contract.inbound.PlatformEventReceivedEvent;
import io.outeract.contract.inbound.ReceivedMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A platform account that an inbound event shows, in the part it played (sender, recipient, or
 * the actor of a platform event), with the names the platform gave it at that moment.
 */
record Sighting(
        UUID applicationId,
        UUID connectionId,
        Platform platform,
        PlatformAccount account,
        String role,
        Instant seenAt,
        long position) {

    UUID platformUserId() {
        return DerivedIds.platformUser(connectionId, account.externalId());
    }

    static List<Sighting> in(MessageReceivedEvent event, long position, Instant timestamp) {
        return inMessage(event.applicationId(), event.connectionId(), event.platform(),
                event.message(), EventTime.of(event, timestamp), position);
    }

    static List<Sighting> in(MessageEditedEvent event, long position, Instant timestamp) {
        return inMessage(event.applicationId(), event.connectionId(), event.platform(),
                event.message(), EventTime.of(event, timestamp), position);
    }

    static List<Sighting> in(PlatformEventReceivedEvent event, long position, Instant timestamp) {
        if (event.actor() == null) {
            return List.of();
        }
        return List.of(new Sighting(event.applicationId(), event.connectionId(), event.platform(),
                event.actor(), SENT_BY, EventTime.of(event, timestamp), position));
    }

    private static List<Sighting> inMessage(UUID applicationId, UUID connectionId,
            Platform platform, ReceivedMessage message, Instant seenAt, long position) {
        List<Sighting> sightings = new ArrayList<>(2);
        if (message == null) {
            return sightings;
        }
        if (message.sender() != null) {
            sightings.add(new Sighting(applicationId, connectionId, platform, message.sender(),
                    SENT_BY, seenAt, position));
        }
        if (message.recipient() != null) {
            sightings.add(new Sighting(applicationId, connectionId, platform, message.recipient(),
                    SENT_TO, seenAt, position));
        }
        return sightings;
    }
}
