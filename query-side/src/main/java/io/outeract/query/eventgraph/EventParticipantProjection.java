package io.outeract.query.eventgraph;

import static io.outeract.contract.query.EventParticipantView.SENT_BY;
import static io.outeract.contract.query.EventParticipantView.SENT_TO;

import io.outeract.contract.common.DerivedIds;
import io.outeract.contract.inbound.MessageEditedEvent;
import io.outeract.contract.inbound.MessageReceivedEvent;
import io.outeract.contract.inbound.PlatformEventReceivedEvent;
import io.outeract.contract.outbound.MessageSendRequestedEvent;
import io.outeract.query.DeferredWrites;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Who took part in each event: the sender ({@code sent_by}) and recipient ({@code sent_to}) of a
 * message, the actor of a platform event, the bot and the addressee of a send request.
 */
@Component
@ProcessingGroup("event-graph")
public class EventParticipantProjection {

    private final NamedParameterJdbcTemplate jdbc;
    private final DeferredWrites writes;
    private final EventPositions positions;

    public EventParticipantProjection(
            NamedParameterJdbcTemplate jdbc, EventPositions positions, DeferredWrites writes) {
        this.writes = writes;
        this.jdbc = jdbc;
        this.positions = positions;
    }

    @EventHandler
    public void on(MessageReceivedEvent event, @MessageIdentifier String eventId,
            TrackingToken token, @Timestamp Instant timestamp) {
        link(eventId, Sighting.in(event, positions.of(eventId, token), timestamp));
    }

    @EventHandler
    public void on(MessageEditedEvent event, @MessageIdentifier String eventId,
            TrackingToken token, @Timestamp Instant timestamp) {
        link(eventId, Sighting.in(event, positions.of(eventId, token), timestamp));
    }

    @EventHandler
    public void on(PlatformEventReceivedEvent event, @MessageIdentifier String eventId,
            TrackingToken token, @Timestamp Instant timestamp) {
        link(eventId, Sighting.in(event, positions.of(eventId, token), timestamp));
    }

    /**
     * The bot sends, under its own account id. The addressee is the platform user the request
     * names, else the one whose id is the chat's: in a private chat (Telegram, say) the chat id
     * is the user's id. A group chat's id names no platform user, so readers never see that one.
     */
    @EventHandler
    public void on(MessageSendRequestedEvent event, @MessageIdentifier String eventId,
            TrackingToken token) {
        UUID connectionId = event.connectionId();
        UUID addressee = event.recipientPlatformUserId() != null
                ? event.recipientPlatformUserId()
                : platformUserOrNull(connectionId, event.externalChatId());
        List<Participant> participants = new ArrayList<>(2);
        if (event.senderExternalId() != null) {
            participants.add(new Participant(
                    DerivedIds.platformUser(connectionId, event.senderExternalId()), SENT_BY));
        }
        if (addressee != null) {
            participants.add(new Participant(addressee, SENT_TO));
        }

        insert(eventId, event.applicationId(), positions.of(eventId, token), participants);
    }

    @ResetHandler
    public void reset() {
        jdbc.getJdbcOperations().execute("TRUNCATE event_participant");
    }

    private void link(String eventId, List<Sighting> sightings) {
        if (sightings.isEmpty()) {
            return;
        }
        Sighting any = sightings.get(0);
        List<Participant> participants = sightings.stream()
                .map(sighting -> new Participant(sighting.platformUserId(), sighting.role()))
                .toList();

        insert(eventId, any.applicationId(), any.position(), participants);
    }

    private void insert(
            String eventId, UUID applicationId, long position, List<Participant> participants) {
        SqlParameterSource[] rows = participants.stream()
                .map(participant -> new MapSqlParameterSource()
                        .addValue("eventId", UUID.fromString(eventId))
                        .addValue("platformUserId", participant.platformUserId())
                        .addValue("role", participant.role())
                        .addValue("applicationId", applicationId)
                        .addValue("position", position))
                .toArray(SqlParameterSource[]::new);

        for (SqlParameterSource row : rows) {
            writes.add(INSERT_PARTICIPANT, row);
        }
    }

    private static final String INSERT_PARTICIPANT = """
            INSERT INTO event_participant
                (event_id, platform_user_id, role, application_id, position)
            VALUES (:eventId, :platformUserId, :role, :applicationId, :position)
            ON CONFLICT (event_id, platform_user_id, role) DO NOTHING""";

    private static UUID platformUserOrNull(UUID connectionId, String externalId) {
        return externalId == null ? null : DerivedIds.platformUser(connectionId, externalId);
    }

    private record Participant(UUID platformUserId, String role) {
    }
}
