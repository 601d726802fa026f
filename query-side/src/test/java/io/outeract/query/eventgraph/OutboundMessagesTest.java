package io.outeract.query.eventgraph;

import static io.outeract.query.eventgraph.TestEvents.BOT;
import static io.outeract.query.eventgraph.TestEvents.failed;
import static io.outeract.query.eventgraph.TestEvents.messageReceived;
import static io.outeract.query.eventgraph.TestEvents.person;
import static io.outeract.query.eventgraph.TestEvents.retryScheduled;
import static io.outeract.query.eventgraph.TestEvents.sendRequested;
import static io.outeract.query.eventgraph.TestEvents.sent;
import static org.assertj.core.api.Assertions.assertThat;

import io.outeract.contract.common.DerivedIds;
import io.outeract.contract.common.Platform;
import io.outeract.contract.outbound.MessageSendRequestedEvent;
import io.outeract.contract.query.EventParticipantView;
import io.outeract.contract.query.EventView;
import io.outeract.contract.query.FindEventParticipantsQuery;
import io.outeract.contract.query.FindEventQuery;
import io.outeract.contract.query.FindMessageQuery;
import io.outeract.contract.query.MessageView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What sending a message leaves in the read models, and that its status only moves forward. */
class OutboundMessagesTest {

    private static final Instant REQUESTED_AT = Instant.parse("2025-03-01T12:01:00Z");

    private final EventGraph graph = new EventGraph();
    private final UUID application = UUID.randomUUID();
    private final UUID connection = UUID.randomUUID();
    private final UUID message = UUID.randomUUID();
    private final UUID alice = DerivedIds.platformUser(connection, "1001");
    private final UUID bot = DerivedIds.platformUser(connection, BOT.externalId());

    @Test
    void recordsARequestedMessageAndItsEvent() {
        Delivery delivery = graph.deliver(
                sendRequested(message, application, connection, "1001", null));

        assertThat(message()).isEqualTo(new MessageView(message, application, connection,
                "1001", "requested", null, null, null, 0, REQUESTED_AT, REQUESTED_AT,
                null, null, null, null));
        EventView event = event(delivery);
        assertThat(event.eventType()).isEqualTo("message.send_requested");
        assertThat(event.platform()).isEqualTo(Platform.TELEGRAM);
        assertThat(event.createdAt()).isEqualTo(REQUESTED_AT);
    }

    @Test
    void recordsASentMessageWithThePlatformsIdAndThePlatformOfItsRequest() {
        graph.deliver(sendRequested(message, application, connection, "1001", null));

        Delivery delivery = graph.deliver(sent(message, application, connection));

        MessageView sentMessage = message();
        assertThat(sentMessage.status()).isEqualTo("sent");
        assertThat(sentMessage.platformMessageId()).isEqualTo("tg-4242");
        assertThat(sentMessage.attempts()).isEqualTo(1);
        assertThat(sentMessage.updatedAt()).isEqualTo(Instant.parse("2025-03-01T12:01:02Z"));
        assertThat(event(delivery).eventType()).isEqualTo("message.sent");
        assertThat(event(delivery).platform()).isEqualTo(Platform.TELEGRAM);
    }

    @Test
    void recordsAScheduledRetryWithItsAttemptAndError() {
        graph.deliver(sendRequested(message, application, connection, "1001", null));

        Delivery delivery = graph.deliver(retryScheduled(message, application, connection, 1));

        MessageView retried = message();
        assertThat(retried.status()).isEqualTo("retry_scheduled");
        assertThat(retried.attempts()).isEqualTo(1);
        assertThat(retried.errorCode()).isEqualTo("rate_limited");
        assertThat(retried.errorDescription()).isEqualTo("Too Many Requests: retry after 3");
        assertThat(event(delivery).eventType()).isEqualTo("message.retry_scheduled");
        assertThat(event(delivery).platform()).isEqualTo(Platform.TELEGRAM);
    }

    @Test
    void recordsAFailureWithItsError() {
        graph.deliver(sendRequested(message, application, connection, "1001", null));

        Delivery delivery = graph.deliver(failed(message, application, connection, 2));

        MessageView failure = message();
        assertThat(failure.status()).isEqualTo("failed");
        assertThat(failure.attempts()).isEqualTo(2);
        assertThat(failure.errorCode()).isEqualTo("recipient_blocked");
        assertThat(failure.errorDescription()).isEqualTo("Forbidden: bot was blocked by the user");
        assertThat(event(delivery).eventType()).isEqualTo("message.failed");
    }

    @Test
    void staysFailedWhenARetryIsHandledLate() {
        graph.deliver(sendRequested(message, application, connection, "1001", null));
        graph.deliver(failed(message, application, connection, 2));

        graph.deliver(retryScheduled(message, application, connection, 1));

        assertThat(message().status()).isEqualTo("failed");
        assertThat(message().attempts()).isEqualTo(2);
        assertThat(message().errorCode()).isEqualTo("recipient_blocked");
    }

    @Test
    void staysSentWhenARetryIsHandledLate() {
        graph.deliver(sendRequested(message, application, connection, "1001", null));
        graph.deliver(sent(message, application, connection));

        graph.deliver(retryScheduled(message, application, connection, 1));

        assertThat(message().status()).isEqualTo("sent");
        assertThat(message().errorCode()).isNull();
    }

    @Test
    void movesOnToALaterRetryButNotBackToAnEarlierOne() {
        graph.deliver(sendRequested(message, application, connection, "1001", null));
        graph.deliver(retryScheduled(message, application, connection, 2));

        graph.deliver(retryScheduled(message, application, connection, 1));
        assertThat(message().attempts()).isEqualTo(2);

        graph.deliver(retryScheduled(message, application, connection, 3));
        assertThat(message().attempts()).isEqualTo(3);
    }

    @Test
    void keepsTheStatusOfAnOutcomeHandledBeforeItsRequest() {
        graph.deliver(sent(message, application, connection));

        graph.deliver(sendRequested(message, application, connection, "1001", null));

        MessageView sentMessage = message();
        assertThat(sentMessage.status()).isEqualTo("sent");
        assertThat(sentMessage.externalChatId()).isEqualTo("1001");
        assertThat(sentMessage.requestedAt()).isEqualTo(REQUESTED_AT);
        assertThat(sentMessage.updatedAt()).isEqualTo(Instant.parse("2025-03-01T12:01:02Z"));
    }

    @Test
    void leavesOneMessageAndOneEventWhenTheSameEventsAreHandledTwice() {
        var request = sendRequested(message, application, connection, "1001", null);
        var outcome = sent(message, application, connection);
        Delivery requested = graph.deliver(request);
        Delivery delivered = graph.deliver(outcome);

        graph.deliver(request, requested);
        graph.deliver(outcome, delivered);

        assertThat(message().status()).isEqualTo("sent");
        assertThat(graph.count("outbound_message", application)).isEqualTo(1);
        assertThat(graph.count("event", application)).isEqualTo(2);
    }

    @Test
    void showsTheBotAsSenderAndThePrivateChatsUserAsRecipient() {
        graph.deliver(messageReceived(application, connection, person("1001", "Alice"), "Hi"));

        Delivery delivery = graph.deliver(
                sendRequested(message, application, connection, "1001", null));

        assertThat(participants(delivery)).containsExactly(
                new EventParticipantView(delivery.eventId(), bot, "sent_by"),
                new EventParticipantView(delivery.eventId(), alice, "sent_to"));
    }

    @Test
    void showsTheRecipientTheRequestNamesRatherThanTheChats() {
        graph.deliver(messageReceived(application, connection, person("1001", "Alice"), "Hi"));
        graph.deliver(messageReceived(application, connection, person("2002", "Bob"), "Hey"));
        UUID bob = DerivedIds.platformUser(connection, "2002");

        Delivery delivery = graph.deliver(
                sendRequested(message, application, connection, "-100500", bob));

        assertThat(participants(delivery)).extracting(EventParticipantView::platformUserId)
                .containsExactly(bot, bob);
    }

    @Test
    void showsNoRecipientForAGroupChatThatIsNoPlatformUser() {
        graph.deliver(messageReceived(application, connection, person("1001", "Alice"), "Hi"));

        Delivery delivery = graph.deliver(
                sendRequested(message, application, connection, "-100500", null));

        assertThat(participants(delivery)).extracting(EventParticipantView::role)
                .containsExactly("sent_by");
    }

    @Test
    void showsTheRecipientOnceItsPlatformUserAppears() {
        MessageSendRequestedEvent toCarol =
                sendRequested(message, application, connection, "3003", null);
        Delivery delivery = graph.deliver(toCarol);
        assertThat(participants(delivery)).as("neither the bot nor Carol seen yet").isEmpty();

        graph.deliver(messageReceived(application, connection, person("3003", "Carol"), "Yo"));

        assertThat(participants(delivery)).extracting(EventParticipantView::platformUserId)
                .containsExactly(bot, DerivedIds.platformUser(connection, "3003"));
    }

    private MessageView message() {
        return graph.messageQueries.handle(new FindMessageQuery(application, message));
    }

    private EventView event(Delivery delivery) {
        return graph.eventQueries.handle(new FindEventQuery(application, delivery.eventId()));
    }

    private List<EventParticipantView> participants(Delivery delivery) {
        return graph.eventQueries.handle(
                new FindEventParticipantsQuery(application, List.of(delivery.eventId())));
    }
}
