package io.outeract.adapters.telegram;

import static io.outeract.adapters.SendErrorCodes.INVALID_REQUEST;
import static io.outeract.adapters.SendErrorCodes.OUTCOME_UNKNOWN;
import static io.outeract.adapters.SendErrorCodes.PLATFORM_UNAVAILABLE;
import static io.outeract.adapters.SendErrorCodes.PLATFORM_UNREACHABLE;
import static io.outeract.adapters.SendErrorCodes.RATE_LIMITED;
import static io.outeract.adapters.SendErrorCodes.RECIPIENT_NOT_FOUND;
import static io.outeract.adapters.SendErrorCodes.RECIPIENT_UNREACHABLE;
import static io.outeract.adapters.SendErrorCodes.UNAUTHORIZED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.SendResult;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.outbound.SendError;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sending a text through sendMessage, and what each of Telegram's answers (or silences) means. */
class TelegramSendTest {

    private static final String LENA = "6812345098";
    private static final String TEXT = "Your cake order is confirmed for Sunday 10:00.";
    private static final OutgoingMessage TO_LENA = OutgoingMessage.text(LENA, TEXT, null);
    private static final Credentials BOT = FakeTelegram.botCredentials();

    private final FakeTelegram telegram = new FakeTelegram();
    private final TelegramAdapter adapter = telegram.adapter();

    @AfterEach
    void stopTelegram() throws IOException {
        telegram.close();
    }

    @Test
    void postsTheTextToSendMessageUnderTheBotsToken() {
        telegram.answersWithFixture(200, "send-message-success-response");

        adapter.send(TO_LENA, BOT);

        RecordedRequest request = telegram.request();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/bot" + FakeTelegram.BOT_TOKEN + "/sendMessage");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(json(request)).isEqualTo(json("""
                {"chat_id":6812345098,"text":"%s"}""".formatted(TEXT)));
    }

    @Test
    void namesTheSentMessageByTheChatAndMessageIdTelegramGaveIt() {
        telegram.answersWithFixture(200, "send-message-success-response");

        SendResult result = adapter.send(TO_LENA, BOT);

        assertThat(result).isEqualTo(new SendResult.Sent("6812345098:1214"));
    }

    @Test
    void repliesToTheMessageNamedAfterTheLastColon() {
        telegram.answersWithFixture(200, "send-message-success-response");

        adapter.send(OutgoingMessage.text(LENA, TEXT, "6812345098:1211"), BOT);

        // The fixture is Telegram's documented request; Outeract sends plain text, not HTML.
        ObjectNode expected = (ObjectNode) TelegramFixtures.json("send-message-request");
        expected.remove("parse_mode");
        assertThat(telegram.requestBody()).isEqualTo(expected);
    }

    @Test
    void sendsToAPublicChannelByItsName() {
        telegram.answersWithFixture(200, "send-message-success-response");

        adapter.send(OutgoingMessage.text("@harborlane_news", TEXT, null), BOT);

        assertThat(telegram.requestBody().get("chat_id").textValue()).isEqualTo("@harborlane_news");
    }

    @Test
    void sendsToASupergroupByItsNegativeIdAsANumber() {
        telegram.answersWithFixture(200, "send-message-success-response");

        adapter.send(OutgoingMessage.text("-1002391847560", TEXT, null), BOT);

        JsonNode chatId = telegram.requestBody().get("chat_id");
        assertThat(chatId.isIntegralNumber()).isTrue();
        assertThat(chatId.longValue()).isEqualTo(-1002391847560L);
    }

    @Test
    void doesNotSendAgainWhenTelegramAcceptsButNamesNoMessage() {
        telegram.answers(200, "{\"ok\":true}");

        SendResult result = adapter.send(TO_LENA, BOT);

        assertOutcomeUnknown(result);
    }

    @Test
    void waitsAsLongAsTelegramAsksWhenRateLimited() {
        telegram.answersWithFixture(429, "send-error-rate-limited");

        SendResult result = adapter.send(TO_LENA, BOT);

        assertThat(result).isEqualTo(new SendResult.RetryLater(
                new SendError(RATE_LIMITED, "429", "Too Many Requests: retry after 17"),
                Duration.ofSeconds(17)));
    }

    @Test
    void retriesARateLimitWithoutADelayWhenTelegramNamesNone() {
        telegram.answers(429, """
                {"ok":false,"error_code":429,"description":"Too Many Requests"}""");

        SendResult result = adapter.send(TO_LENA, BOT);

        assertThat(result).isEqualTo(new SendResult.RetryLater(
                new SendError(RATE_LIMITED, "429", "Too Many Requests"), null));
    }

    @Test
    void givesUpOnAUserWhoBlockedTheBot() {
        telegram.answersWithFixture(403, "send-error-bot-blocked");

        SendResult result = adapter.send(TO_LENA, BOT);

        assertThat(result).isEqualTo(new SendResult.Failed(new SendError(
                RECIPIENT_UNREACHABLE, "403", "Forbidden: bot was blocked by the user")));
    }

    @Test
    void givesUpOnAChatTelegramDoesNotKnow() {
        telegram.answers(400, """
                {"ok":false,"error_code":400,"description":"Bad Request: chat not found"}""");

        SendResult result = adapter.send(TO_LENA, BOT);

        assertThat(result).isEqualTo(new SendResult.Failed(
                new SendError(RECIPIENT_NOT_FOUND, "400", "Bad Request: chat not found")));
    }

    @Test
    void namesTheNewChatOfAGroupThatBecameASupergroup() {
        telegram.answers(400, """
                {"ok":false,"error_code":400,\
                "description":"Bad Request: group chat was upgraded to a supergroup chat",\
                "parameters":{"migrate_to_chat_id":-1002391847560}}""");

        SendResult result = adapter.send(OutgoingMessage.text("-4123456789", TEXT, null),
                BOT);

        assertThat(result).isEqualTo(new SendResult.Failed(new SendError(INVALID_REQUEST, "400",
                "Bad Request: group chat was upgraded to a supergroup chat"
                        + " (migrate_to_chat_id -1002391847560)")));
    }

    @Test
    void givesUpOnAnyOtherBadRequest() {
        telegram.answers(400, """
                {"ok":false,"error_code":400,"description":"Bad Request: message is too long"}""");

        SendResult result = adapter.send(TO_LENA, BOT);

        assertThat(result).isEqualTo(new SendResult.Failed(
                new SendError(INVALID_REQUEST, "400", "Bad Request: message is too long")));
    }

    @Test
    void givesUpWhenTelegramRejectsTheToken() {
        telegram.answers(401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");

        SendResult result = adapter.send(TO_LENA, BOT);

        assertThat(result).isEqualTo(
                new SendResult.Failed(new SendError(UNAUTHORIZED, "401", "Unauthorized")));
    }

    @Test
    void retriesLaterWhenTelegramFails() {
        telegram.answers(500,
                "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");

        SendResult result = adapter.send(TO_LENA, BOT);

        assertThat(result).isEqualTo(new SendResult.RetryLater(
                new SendError(PLATFORM_UNAVAILABLE, "500", "Internal Server Error"), null));
    }

    @Test
    void retriesLaterWhenAProxyAnswersForTelegramWithoutJson() {
        telegram.answers(new MockResponse().setResponseCode(502)
                .setHeader("Content-Type", "text/html").setBody("<html>Bad Gateway</html>"));

        SendResult result = adapter.send(TO_LENA, BOT);

        assertThat(result).isEqualTo(new SendResult.RetryLater(
                new SendError(PLATFORM_UNAVAILABLE, "502", "HTTP 502"), null));
    }

    @Test
    void retriesLaterWhenTelegramCannotBeReached() {
        SendResult result = FakeTelegram.unreachableAdapter()
                .send(TO_LENA, BOT);

        assertThat(result).isInstanceOfSatisfying(SendResult.RetryLater.class, retry -> {
            assertThat(retry.error().code()).isEqualTo(PLATFORM_UNREACHABLE);
            assertThat(retry.error().description()).startsWith("Telegram could not be reached: ");
            assertThat(retry.delay()).isNull();
        });
    }

    @Test
    void doesNotSendAgainWhenTheConnectionDropsAfterTheRequest() {
        telegram.answers(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        telegram.answersWithFixture(200, "send-message-success-response");

        SendResult result = adapter.send(TO_LENA, BOT);

        assertOutcomeUnknown(result);
        assertThat(telegram.requestCount()).isEqualTo(1);
    }

    @Test
    void doesNotSendAgainWhenAKeptAliveConnectionDropsAfterTheRequest() {
        telegram.answersWithFixture(200, "send-message-success-response");
        telegram.answers(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        telegram.answersWithFixture(200, "send-message-success-response");
        adapter.send(TO_LENA, BOT);

        // OkHttp would repeat this call on a fresh connection, had the adapter let it.
        SendResult result = adapter.send(TO_LENA, BOT);

        assertOutcomeUnknown(result);
        assertThat(telegram.requestCount()).isEqualTo(2);
    }

    @Test
    void doesNotSendAgainWhenTheConnectionDropsAsItOpens() {
        telegram.answers(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        telegram.answersWithFixture(200, "send-message-success-response");

        SendResult result = adapter.send(TO_LENA, BOT);

        assertOutcomeUnknown(result);
        assertThat(telegram.requestCount()).isEqualTo(1);
    }

    @Test
    void doesNotSendAgainWhenTheAnswerComesTooLate() {
        telegram.answers(new MockResponse()
                .setResponseCode(200)
                .setBody(TelegramFixtures.text("send-message-success-response"))
                .setHeadersDelay(FakeTelegram.READ_TIMEOUT.toMillis() * 4, TimeUnit.MILLISECONDS));

        SendResult result = adapter.send(TO_LENA, BOT);

        assertOutcomeUnknown(result);
        assertThat(telegram.requestCount()).isEqualTo(1);
    }

    @Test
    void failsWithoutCallingTelegramWhenTheConnectionHasNoToken() {
        Credentials secretOnly = Credentials.of(
                TelegramCredentials.WEBHOOK_SECRET_TOKEN, TelegramFixtures.SECRET_TOKEN);

        SendResult result = adapter.send(TO_LENA, secretOnly);

        assertThat(result).isEqualTo(new SendResult.Failed(
                new SendError(UNAUTHORIZED, null, "The connection has no Telegram bot token")));
        assertThat(telegram.requestCount()).isZero();
    }

    @Test
    void failsWithoutCallingTelegramWhenTheReplyIsToNoTelegramMessage() {
        SendResult result = adapter.send(OutgoingMessage.text(LENA, TEXT, "6812345098:latest"),
                BOT);

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class,
                failed -> assertThat(failed.error().code()).isEqualTo(INVALID_REQUEST));
        assertThat(telegram.requestCount()).isZero();
    }

    private static void assertOutcomeUnknown(SendResult result) {
        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.error().code()).isEqualTo(OUTCOME_UNKNOWN);
            assertThat(failed.error().description()).doesNotContain(FakeTelegram.BOT_TOKEN);
        });
    }

    private static JsonNode json(RecordedRequest request) {
        return json(request.getBody().readUtf8());
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException unreadable) {
            throw new AssertionError(unreadable);
        }
    }
}
