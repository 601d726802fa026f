package io.outeract.command.outbound;

import static io.outeract.command.TestIds.named;

import io.outeract.command.connection.ConnectionNotFoundException;
import io.outeract.command.credentials.ConnectionRecord;
import io.outeract.command.credentials.InMemoryCredentialVault;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.common.DerivedIds;
import io.outeract.contract.common.Platform;
import io.outeract.contract.outbound.MediaReference;
import io.outeract.contract.outbound.MessageFailedEvent;
import io.outeract.contract.outbound.MessageSendRequestedEvent;
import io.outeract.contract.outbound.MessageSendRetryScheduledEvent;
import io.outeract.contract.outbound.MessageSentEvent;
import io.outeract.contract.outbound.MessageTemplate;
import io.outeract.contract.outbound.RecordMessageFailedCommand;
import io.outeract.contract.outbound.RecordMessageSentCommand;
import io.outeract.contract.outbound.ScheduleSendRetryCommand;
import io.outeract.contract.outbound.SendError;
import io.outeract.contract.outbound.SendMessageCommand;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboundMessageTest {

    private static final Instant NOW = Instant.parse("2025-05-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Instant RETRY_AT = NOW.plus(Duration.ofSeconds(30));

    private static final UUID APPLICATION = named("application support bot");
    private static final UUID OTHER_APPLICATION = named("application of someone else");
    private static final UUID CONNECTION = named("connection support bot on telegram");
    private static final UUID DISCONNECTED_CONNECTION = named("connection no longer connected");
    private static final UUID OTHERS_CONNECTION = named("connection of someone else");
    private static final UUID RECIPIENT = named("platform user alice");
    private static final UUID MAILBOX = named("connection support mailbox");
    private static final String BOT_ACCOUNT = "7001";
    private static final String CHAT = "42";
    private static final String TEXT = "Your order has shipped.";
    private static final String IDEMPOTENCY_KEY = "order-1234-shipped";
    private static final UUID MESSAGE = DerivedIds.outboundMessage(APPLICATION, IDEMPOTENCY_KEY);
    private static final Credentials CREDENTIALS = Credentials.of("bot_token", "7001:token");

    private static final SendMessageCommand SEND = new SendMessageCommand(
            MESSAGE, APPLICATION, CONNECTION, CHAT, RECIPIENT, TEXT, IDEMPOTENCY_KEY);

    private static final MessageSendRequestedEvent REQUESTED = new MessageSendRequestedEvent(
            MESSAGE, APPLICATION, CONNECTION, Platform.TELEGRAM, BOT_ACCOUNT, CHAT, RECIPIENT,
            TEXT, IDEMPOTENCY_KEY, NOW);
    private static final SendError RATE_LIMITED =
            new SendError("rate_limited", "429", "Too Many Requests: retry after 30");
    private static final SendError CHAT_NOT_FOUND =
            new SendError("recipient_unknown", "400", "Bad Request: chat not found");
    private static final MessageSendRetryScheduledEvent RETRY_SCHEDULED =
            new MessageSendRetryScheduledEvent(
                    MESSAGE, APPLICATION, CONNECTION, 1, RATE_LIMITED, RETRY_AT, NOW);
    private static final MessageSentEvent SENT =
            new MessageSentEvent(MESSAGE, APPLICATION, CONNECTION, "9001", 1, NOW);
    private static final MessageFailedEvent FAILED =
            new MessageFailedEvent(MESSAGE, APPLICATION, CONNECTION, 1, CHAT_NOT_FOUND, NOW);

    private FixtureConfiguration<OutboundMessage> fixture;

    @BeforeEach
    void setUp() {
        InMemoryCredentialVault vault = new InMemoryCredentialVault();
        vault.store(connection(CONNECTION, APPLICATION), CREDENTIALS);
        vault.store(connection(OTHERS_CONNECTION, OTHER_APPLICATION), CREDENTIALS);
        vault.store(connection(DISCONNECTED_CONNECTION, APPLICATION), CREDENTIALS);
        vault.markDisconnected(DISCONNECTED_CONNECTION);
        vault.store(new ConnectionRecord(MAILBOX, APPLICATION, Platform.EMAIL,
                "support@harborlane.example", false), CREDENTIALS);

        fixture = new AggregateTestFixture<>(OutboundMessage.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerAnnotatedCommandHandler(
                new MessageSending(fixture.getRepository(), fixture.getEventStore(), vault, CLOCK));
    }

    @Test
    void requestsASendThroughThePlatformAndBotOfTheConnection() {
        fixture.givenNoPriorActivity()
                .when(SEND)
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(MESSAGE)
                .expectEvents(REQUESTED);
    }

    @Test
    void requestsASendWithoutAnIdempotencyKey() {
        fixture.givenNoPriorActivity()
                .when(new SendMessageCommand(
                        MESSAGE, APPLICATION, CONNECTION, CHAT, null, TEXT, null))
                .expectResultMessagePayload(MESSAGE)
                .expectEvents(new MessageSendRequestedEvent(MESSAGE, APPLICATION, CONNECTION,
                        Platform.TELEGRAM, BOT_ACCOUNT, CHAT, null, TEXT, null, NOW));
    }

    @Test
    void answersARepeatedRequestWithTheMessageOfTheFirst() {
        fixture.given(REQUESTED)
                .when(SEND)
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(MESSAGE)
                .expectNoEvents();
    }

    @Test
    void answersARepeatedRequestEvenAfterTheMessageWasSent() {
        fixture.given(REQUESTED, SENT)
                .when(SEND)
                .expectResultMessagePayload(MESSAGE)
                .expectNoEvents();
    }

    @Test
    void refusesAnIdempotencyKeyReusedForADifferentText() {
        fixture.given(REQUESTED)
                .when(new SendMessageCommand(MESSAGE, APPLICATION, CONNECTION, CHAT, RECIPIENT,
                        "Your order was cancelled.", IDEMPOTENCY_KEY))
                .expectException(IdempotencyKeyReusedException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnIdempotencyKeyReusedForADifferentChat() {
        fixture.given(REQUESTED)
                .when(new SendMessageCommand(MESSAGE, APPLICATION, CONNECTION, "43", RECIPIENT,
                        TEXT, IDEMPOTENCY_KEY))
                .expectException(IdempotencyKeyReusedException.class)
                .expectNoEvents();
    }

    @Test
    void refusesToSendThroughTheConnectionOfAnotherApplication() {
        fixture.givenNoPriorActivity()
                .when(new SendMessageCommand(MESSAGE, APPLICATION, OTHERS_CONNECTION, CHAT,
                        RECIPIENT, TEXT, IDEMPOTENCY_KEY))
                .expectException(ConnectionNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void refusesToSendThroughAnUnknownConnection() {
        fixture.givenNoPriorActivity()
                .when(new SendMessageCommand(MESSAGE, APPLICATION, named("connection unknown"),
                        CHAT, RECIPIENT, TEXT, IDEMPOTENCY_KEY))
                .expectException(ConnectionNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsSendOnDisconnectedConnection() {
        fixture.givenNoPriorActivity()
                .when(new SendMessageCommand(MESSAGE, APPLICATION, DISCONNECTED_CONNECTION,
                        CHAT, RECIPIENT, TEXT, IDEMPOTENCY_KEY))
                .expectException(IllegalStateException.class)
                .expectExceptionMessage(
                        "Connection " + DISCONNECTED_CONNECTION + " is disconnected")
                .expectNoEvents();
    }

    @Test
    void refusesAnEmptyText() {
        fixture.givenNoPriorActivity()
                .when(sendingText(""))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("A message needs a text, a media item or a template")
                .expectNoEvents();
    }

    @Test
    void refusesABlankText() {
        fixture.givenNoPriorActivity()
                .when(sendingText(" \n "))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void refusesATextLongerThanThePlatformsTake() {
        fixture.givenNoPriorActivity()
                .when(sendingText("x".repeat(SendContent.MAX_TEXT_LENGTH + 1)))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("A message text has at most 4096 characters")
                .expectNoEvents();
    }

    @Test
    void acceptsATextOfTheLongestLength() {
        fixture.givenNoPriorActivity()
                .when(sendingText("x".repeat(SendContent.MAX_TEXT_LENGTH)))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(MESSAGE);
    }

    @Test
    void refusesAMessageWithoutARecipientChat() {
        fixture.givenNoPriorActivity()
                .when(new SendMessageCommand(
                        MESSAGE, APPLICATION, CONNECTION, " ", RECIPIENT, TEXT, IDEMPOTENCY_KEY))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("A message needs a recipient chat")
                .expectNoEvents();
    }

    @Test
    void recordsThatThePlatformAcceptedTheMessage() {
        fixture.given(REQUESTED)
                .when(new RecordMessageSentCommand(MESSAGE, "9001", 1))
                .expectEvents(SENT);
    }

    @Test
    void recordsASentMessageOnlyOnce() {
        fixture.given(REQUESTED, SENT)
                .when(new RecordMessageSentCommand(MESSAGE, "9002", 2))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void schedulesARetryAfterAPassingFailure() {
        fixture.given(REQUESTED)
                .when(new ScheduleSendRetryCommand(MESSAGE, 1, RATE_LIMITED, RETRY_AT))
                .expectEvents(RETRY_SCHEDULED);
    }

    @Test
    void recordsAMessageSentOnARetry() {
        fixture.given(REQUESTED, RETRY_SCHEDULED)
                .when(new RecordMessageSentCommand(MESSAGE, "9001", 2))
                .expectEvents(
                        new MessageSentEvent(MESSAGE, APPLICATION, CONNECTION, "9001", 2, NOW));
    }

    @Test
    void recordsThatAMessageFailedForGood() {
        fixture.given(REQUESTED)
                .when(new RecordMessageFailedCommand(MESSAGE, 1, CHAT_NOT_FOUND))
                .expectEvents(FAILED);
    }

    @Test
    void ignoresALateSentReportOfAFailedMessage() {
        fixture.given(REQUESTED, FAILED)
                .when(new RecordMessageSentCommand(MESSAGE, "9001", 1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void ignoresALateRetryOfAFailedMessage() {
        fixture.given(REQUESTED, FAILED)
                .when(new ScheduleSendRetryCommand(MESSAGE, 2, RATE_LIMITED, RETRY_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void ignoresALateFailureOfASentMessage() {
        fixture.given(REQUESTED, SENT)
                .when(new RecordMessageFailedCommand(MESSAGE, 2, CHAT_NOT_FOUND))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void requestsAPhotoByItsLinkWithTheTextAsItsCaption() {
        MediaReference photo = photo("https://cdn.harborlane.example/cake.jpg", null);

        fixture.givenNoPriorActivity()
                .when(sending(TEXT, photo, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MessageSendRequestedEvent(MESSAGE, APPLICATION, CONNECTION,
                        Platform.TELEGRAM, BOT_ACCOUNT, CHAT, RECIPIENT, TEXT, IDEMPOTENCY_KEY,
                        NOW, photo, null));
    }

    @Test
    void requestsATemplateWithoutAText() {
        MessageTemplate template = new MessageTemplate("order_ready", "en_US", "[]");

        fixture.givenNoPriorActivity()
                .when(sending(null, null, template))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MessageSendRequestedEvent(MESSAGE, APPLICATION, CONNECTION,
                        Platform.TELEGRAM, BOT_ACCOUNT, CHAT, RECIPIENT, null, IDEMPOTENCY_KEY,
                        NOW, null, template));
    }

    @Test
    void refusesAMediaItemNamedBothByLinkAndByFile() {
        fixture.givenNoPriorActivity()
                .when(sending(null, photo("https://cdn.harborlane.example/cake.jpg",
                        UUID.randomUUID().toString()), null))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("A media item has a url or a fileId, not both")
                .expectNoEvents();
    }

    @Test
    void refusesAMediaLinkThatIsNotHttps() {
        fixture.givenNoPriorActivity()
                .when(sending(null, photo("http://169.254.169.254/latest", null), null))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAMessageThatIsBothMediaAndTemplate() {
        fixture.givenNoPriorActivity()
                .when(sending(null, photo("https://cdn.harborlane.example/cake.jpg", null),
                        new MessageTemplate("order_ready", "en_US", null)))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("A message is a media item or a template, not both")
                .expectNoEvents();
    }

    @Test
    void refusesATemplateWithoutAValidNameOrLanguage() {
        fixture.givenNoPriorActivity()
                .when(sending(null, null, new MessageTemplate("Order Ready!", "en_US", null)))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(sending(null, null, new MessageTemplate("order_ready", "english!", null)))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnEmailWithoutASubject() {
        fixture.givenNoPriorActivity()
                .when(new SendMessageCommand(MESSAGE, APPLICATION, MAILBOX,
                        "lena@example.org", null, TEXT, IDEMPOTENCY_KEY))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("An email needs a subject")
                .expectNoEvents();
    }

    @Test
    void refusesAnEmailToSomethingThatIsNoAddress() {
        fixture.givenNoPriorActivity()
                .when(new SendMessageCommand(MESSAGE, APPLICATION, MAILBOX, "not an address",
                        null, TEXT, IDEMPOTENCY_KEY, null, null, null, "Your order"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    private static MediaReference photo(String url, String fileId) {
        return new MediaReference("image", url, fileId, null, null, null);
    }

    private static SendMessageCommand sending(
            String text, MediaReference media, MessageTemplate template) {
        return new SendMessageCommand(MESSAGE, APPLICATION, CONNECTION, CHAT, RECIPIENT, text,
                IDEMPOTENCY_KEY, media, template);
    }

    private static SendMessageCommand sendingText(String text) {
        return new SendMessageCommand(
                MESSAGE, APPLICATION, CONNECTION, CHAT, RECIPIENT, text, IDEMPOTENCY_KEY);
    }

    private static ConnectionRecord connection(UUID connectionId, UUID applicationId) {
        return new ConnectionRecord(
                connectionId, applicationId, Platform.TELEGRAM, BOT_ACCOUNT, false);
    }
}
