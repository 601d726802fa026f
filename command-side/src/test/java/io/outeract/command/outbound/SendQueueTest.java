package io.outeract.command.outbound;

import static java.time.temporal.ChronoUnit.MICROS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.command.CommandSideDatabase;
import io.outeract.contract.common.Platform;
import io.outeract.contract.outbound.MediaReference;
import io.outeract.contract.outbound.MessageSendRequestedEvent;
import io.outeract.contract.outbound.MessageTemplate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The send queue against the real PostgreSQL. A claim takes every due row of the table, so each
 * test starts from an empty queue; time passes by moving the rows' timestamps in SQL.
 */
class SendQueueTest {

    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int ANY_NUMBER = 100;
    private static final boolean INTERRUPTED = true;
    private static final boolean NOT_INTERRUPTED = false;
    private static final UUID APPLICATION = UUID.randomUUID();
    private static final UUID CONNECTION = UUID.randomUUID();
    private static final String CHAT = "42";
    private static final String TEXT = "Your order has shipped.";

    private final JdbcTemplate jdbc = CommandSideDatabase.jdbc();
    private final SendQueue queue = new SendQueue(jdbc, new ObjectMapper());

    private final UUID message = UUID.randomUUID();
    private final UUID laterMessage = UUID.randomUUID();
    // PostgreSQL keeps microseconds, so these come back exactly as they went in.
    private final Instant now = Instant.now().truncatedTo(MICROS);
    private final Instant aMinuteAgo = now.minus(Duration.ofMinutes(1));
    private final Instant inAnHour = now.plus(Duration.ofHours(1));

    @BeforeEach
    void emptyTheQueue() {
        jdbc.update("TRUNCATE send_queue");
    }

    @Test
    void queuesARequestedMessageOnce() {
        queue.enqueue(requested(message, TEXT, aMinuteAgo));
        queue.enqueue(requested(message, "A replayed request", aMinuteAgo));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM send_queue", Integer.class))
                .isEqualTo(1);
        assertThat(queue.claimDue(ANY_NUMBER, LEASE))
                .singleElement()
                .extracting(QueuedSend::text)
                .isEqualTo(TEXT);
    }

    @Test
    void claimsADueMessageAsItsFirstAttempt() {
        queue.enqueue(requested(message, TEXT, aMinuteAgo));

        assertThat(queue.claimDue(ANY_NUMBER, LEASE))
                .containsExactly(queued(message, 1, NOT_INTERRUPTED));
    }

    @Test
    void holdsAClaimedMessageForTheLease() {
        queue.enqueue(requested(message, TEXT, aMinuteAgo));

        queue.claimDue(ANY_NUMBER, LEASE);

        assertThat(jdbc.queryForObject("""
                SELECT claimed_until BETWEEN now() + interval '110 seconds'
                                         AND now() + interval '130 seconds'
                FROM send_queue WHERE message_id = ?""", Boolean.class, message)).isTrue();
    }

    @Test
    void neverHandsOutAClaimedMessageAgainWhileItsClaimHolds() {
        queue.enqueue(requested(message, TEXT, aMinuteAgo));
        queue.claimDue(ANY_NUMBER, LEASE);

        assertThat(queue.claimDue(ANY_NUMBER, LEASE)).isEmpty();
    }

    @Test
    void leavesAMessageThatIsNotDueYet() {
        queue.enqueue(requested(message, TEXT, inAnHour));

        assertThat(queue.claimDue(ANY_NUMBER, LEASE)).isEmpty();
    }

    @Test
    void claimsNoMoreThanAskedOldestFirst() {
        queue.enqueue(requested(laterMessage, "Second", aMinuteAgo.plusSeconds(1)));
        queue.enqueue(requested(message, "First", aMinuteAgo));

        assertThat(queue.claimDue(1, LEASE))
                .extracting(QueuedSend::messageId)
                .containsExactly(message);
    }

    @Test
    void handsOutAMessageWhoseClaimLapsedAsInterrupted() {
        queue.enqueue(requested(message, TEXT, aMinuteAgo));
        queue.claimDue(ANY_NUMBER, LEASE);
        jdbc.update("UPDATE send_queue SET claimed_until = now() - interval '1 second'"
                + " WHERE message_id = ?", message);

        assertThat(queue.claimDue(ANY_NUMBER, LEASE))
                .containsExactly(queued(message, 2, INTERRUPTED));
    }

    @Test
    void holdsBackAPostponedMessageUntilItsTime() {
        queue.enqueue(requested(message, TEXT, aMinuteAgo));
        queue.claimDue(ANY_NUMBER, LEASE);

        queue.postpone(message, inAnHour);

        assertThat(queue.claimDue(ANY_NUMBER, LEASE)).isEmpty();
        assertThat(queue.nextDueAt()).isEqualTo(inAnHour);
    }

    @Test
    void handsOutAPostponedMessageOnceItsTimeCameAsAFreshAttempt() {
        queue.enqueue(requested(message, TEXT, aMinuteAgo));
        queue.claimDue(ANY_NUMBER, LEASE);
        queue.postpone(message, inAnHour);
        jdbc.update("UPDATE send_queue SET due_at = now() - interval '1 second'"
                + " WHERE message_id = ?", message);

        assertThat(queue.claimDue(ANY_NUMBER, LEASE))
                .containsExactly(queued(message, 2, NOT_INTERRUPTED));
    }

    @Test
    void forgetsARemovedMessage() {
        queue.enqueue(requested(message, TEXT, aMinuteAgo));

        queue.remove(message);

        assertThat(queue.claimDue(ANY_NUMBER, LEASE)).isEmpty();
        assertThat(queue.nextDueAt()).isNull();
    }

    @Test
    void tellsWhenTheNextUnclaimedMessageFallsDue() {
        queue.enqueue(requested(message, "First", aMinuteAgo));
        queue.enqueue(requested(laterMessage, "Second", inAnHour));
        queue.claimDue(ANY_NUMBER, LEASE);

        assertThat(queue.nextDueAt()).isEqualTo(inAnHour);
    }

    private static QueuedSend queued(UUID messageId, int attempt, boolean interrupted) {
        return new QueuedSend(
                messageId, CONNECTION, Platform.TELEGRAM, CHAT, TEXT, null, null, null, null, attempt,
                interrupted);
    }

    private static MessageSendRequestedEvent requested(UUID messageId, String text, Instant at) {
        return new MessageSendRequestedEvent(messageId, APPLICATION, CONNECTION,
                Platform.TELEGRAM, "7001", CHAT, null, text, null, at);
    }

    @Test
    void keepsAMediaItemAndATemplateWithTheirMessage() {
        MediaReference photo = new MediaReference("image", "https://cdn.example.org/cake.jpg",
                null, "The cake", null, null);
        MessageTemplate reminder = new MessageTemplate("order_ready", "en_US", """
                [{"type":"body","parameters":[{"type":"text","text":"1482"}]}]""");
        queue.enqueue(new MessageSendRequestedEvent(message, APPLICATION, CONNECTION,
                Platform.WHATSAPP, "1182", CHAT, null, null, null, Instant.now().minusSeconds(1),
                photo, null));
        UUID templated = UUID.randomUUID();
        queue.enqueue(new MessageSendRequestedEvent(templated, APPLICATION, CONNECTION,
                Platform.WHATSAPP, "1182", CHAT, null, null, null, Instant.now().minusSeconds(1),
                null, reminder));

        List<QueuedSend> claimed = queue.claimDue(ANY_NUMBER, LEASE);

        assertThat(claimed).filteredOn(send -> send.messageId().equals(message))
                .singleElement().satisfies(send -> {
                    assertThat(send.media()).isEqualTo(photo);
                    assertThat(send.text()).isNull();
                });
        assertThat(claimed).filteredOn(send -> send.messageId().equals(templated))
                .singleElement()
                .satisfies(send -> assertThat(send.template()).isEqualTo(reminder));
    }
}
