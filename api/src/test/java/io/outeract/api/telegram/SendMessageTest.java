package io.outeract.api.telegram;

import static io.outeract.api.support.Outeract.data;
import static io.outeract.api.support.Outeract.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.api.support.FakeTelegram;
import io.outeract.api.support.RunningServerTest;
import io.outeract.api.support.Tenant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** sendMessage through the Developer API to Telegram, and what comes back as events. */
class SendMessageTest extends RunningServerTest {

    private Tenant tenant;

    @BeforeEach
    void givenAConnectedBot() {
        tenant = outeract.newTenant();
    }

    @Test
    void aSuccessfulSendIsRecordedAsSentWithTelegramsMessageId() {
        String chat = chat("");

        String messageId = send(chat, "Your cake is ready", null);

        JsonNode message = awaitStatus(messageId, "SENT");
        assertThat(message.path("platformMessageId").asText()).startsWith(chat + ":");
        assertThat(message.path("attempts").asInt()).isEqualTo(1);
        assertThat(eventTypes()).contains("message.send_requested", "message.sent");
        assertThat(TELEGRAM.sendsTo(chat)).isEqualTo(1);
    }

    @Test
    void aRateLimitedSendIsRetriedAfterTelegramsDelayAndThenSent() {
        String chat = chat(FakeTelegram.RATE_LIMITED_ONCE);

        String messageId = send(chat, "Busy day", null);

        JsonNode message = awaitStatus(messageId, "SENT");
        assertThat(message.path("attempts").asInt()).isEqualTo(2);
        assertThat(eventTypes()).contains("message.retry_scheduled", "message.sent");
        assertThat(TELEGRAM.sendsTo(chat)).isEqualTo(2);
    }

    @Test
    void aSendToAUserWhoBlockedTheBotFailsForGoodWithTheReason() {
        String chat = chat(FakeTelegram.BLOCKED);

        String messageId = send(chat, "Hello?", null);

        JsonNode message = awaitStatus(messageId, "FAILED");
        assertThat(message.path("errorCode").asText()).isEqualTo("RECIPIENT_UNREACHABLE");
        assertThat(message.path("errorDescription").asText()).contains("blocked");
        assertThat(eventTypes()).contains("message.failed");
        assertThat(TELEGRAM.sendsTo(chat)).isEqualTo(1);
    }

    @Test
    void theSameIdempotencyKeyTwiceReturnsTheSameMessageAndSendsOnce() {
        String chat = chat("");

        String first = send(chat, "Once only", "order-1234-confirmation");
        String second = send(chat, "Once only", "order-1234-confirmation");

        assertThat(second).isEqualTo(first);
        awaitStatus(first, "SENT");
        assertThat(TELEGRAM.sendsTo(chat)).isEqualTo(1);
    }

    @Test
    void aReplyToAPlatformUserGoesToTheirChat() {
        outeract.webhook(localWebhookUrl(tenant), tenant.webhookSecretToken(),
                FakeTelegram.fixtureBytes("text-message-private.json"));
        eventually(() -> data(outeract.developer(tenant.apiKey(),
                "query { platformUsers(first: 10) { id } }")).path("platformUsers"),
                users -> users.size() == 2);
        String human = humanOf();

        String messageId = data(outeract.developer(tenant.apiKey(), "mutation { sendMessage("
                + "input: { platformUserId: \"" + human + "\", text: \"Sunday works\" })"
                + " { id } }")).path("sendMessage").path("id").asText();

        awaitStatus(messageId, "SENT");
        assertThat(TELEGRAM.sendsTo("6812345098")).isGreaterThanOrEqualTo(1);
    }

    private String humanOf() {
        JsonNode users = data(outeract.developer(tenant.apiKey(),
                "query { platformUsers(first: 10) { id isBot } }")).path("platformUsers");
        return StreamSupport.stream(users.spliterator(), false)
                .filter(user -> !user.path("isBot").asBoolean())
                .findFirst().orElseThrow().path("id").asText();
    }

    private String send(String chat, String text, String idempotencyKey) {
        String key = idempotencyKey == null ? "" : ", idempotencyKey: \"" + idempotencyKey + "\"";
        return data(outeract.developer(tenant.apiKey(), "mutation { sendMessage(input: {"
                + " connectionId: \"" + tenant.connectionId() + "\", externalChatId: \"" + chat
                + "\", text: \"" + text + "\"" + key + " }) { id status } }"))
                .path("sendMessage").path("id").asText();
    }

    private JsonNode awaitStatus(String messageId, String status) {
        return eventually(() -> data(outeract.developer(tenant.apiKey(), "query { message(id: \""
                        + messageId + "\") { status platformMessageId errorCode errorDescription"
                        + " attempts } }")).path("message"),
                message -> message.path("status").asText().equals(status));
    }

    private List<String> eventTypes() {
        return eventually(() -> data(outeract.developer(tenant.apiKey(),
                        "query { events(first: 20) { edges { node { eventType } } } }"))
                        .findValuesAsText("eventType"),
                types -> !types.isEmpty());
    }

    /** A chat id of its own per test, ending as the fake Telegram's scenario says. */
    private static String chat(String scenario) {
        return ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L) + scenario;
    }
}
