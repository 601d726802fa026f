package io.outeract.faults;

import static io.outeract.faults.support.Outeract.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.faults.support.Database;
import io.outeract.faults.support.FakeTelegram;
import io.outeract.faults.support.FakeTelegram.Answer;
import io.outeract.faults.support.Outeract;
import io.outeract.faults.support.ServerProcess;
import io.outeract.faults.support.Tenant;
import io.outeract.faults.support.Waiting;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sends to a Telegram that is slow, failing, rate limiting or dropping connections. Each
 * message ends SENT or FAILED with its reason, none stays queued, and none is sent twice: an
 * ambiguous failure, after the request was handed over, is never retried.
 */
class FailingPlatformSendTest {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
    private static final int MAX_ATTEMPTS = 3;
    /** Long enough for every retry of this test: back-offs of 200 and 400 ms, a 1 s retry_after. */
    private static final Duration SETTLED = Duration.ofSeconds(30);
    private static final Set<String> FINAL = Set.of("SENT", "FAILED");
    private static final AtomicLong CHATS = new AtomicLong(510_000_000L);

    private static FakeTelegram telegram;
    private static Database database;
    private static ServerProcess server;
    private static Outeract outeract;
    private static Tenant tenant;

    @BeforeAll
    static void givenABotOnAServerWithShortTimeouts() {
        telegram = new FakeTelegram();
        database = Database.recreate("outeract_fault_test");
        server = ServerProcess.start("failing-platform", database.name(), Database.PORT,
                telegram.baseUrl(), Map.of(
                        "OUTERACT_PLATFORMS_READTIMEOUT", READ_TIMEOUT.toSeconds() + "s",
                        "OUTERACT_PLATFORMS_CONNECTTIMEOUT", "1s",
                        "OUTERACT_SENDING_FIRSTBACKOFF", "200ms",
                        "OUTERACT_SENDING_MAXATTEMPTS", String.valueOf(MAX_ATTEMPTS)));
        outeract = new Outeract(server.baseUrl());
        tenant = outeract.newTenant("Sender");
    }

    @AfterAll
    static void stopServer() {
        ServerProcess.stop(server);
        telegram.close();
    }

    @Test
    void aSendAnsweredOnlyAfterTheReadTimeoutFailsAsOutcomeUnknownAndIsNeverSentAgain() {
        String chat = newChat(new Answer.Slow(READ_TIMEOUT.multipliedBy(2)));

        JsonNode message = awaitFinal(send(chat));

        assertThat(message.path("status").asText()).isEqualTo("FAILED");
        assertThat(message.path("errorCode").asText()).isEqualTo("OUTCOME_UNKNOWN");
        assertThat(message.path("errorDescription").asText()).isNotBlank();
        assertNeverSentAgain(chat);
    }

    @Test
    void aSendWhoseConnectionIsResetAfterTheRequestFailsAsOutcomeUnknownAndIsNeverSentAgain() {
        String chat = newChat(new Answer.ResetAfterRequest());

        JsonNode message = awaitFinal(send(chat));

        assertThat(message.path("status").asText()).isEqualTo("FAILED");
        assertThat(message.path("errorCode").asText()).isEqualTo("OUTCOME_UNKNOWN");
        assertNeverSentAgain(chat);
    }

    @Test
    void aRateLimitedSendIsRetriedAfterTelegramsRetryAfterAndThenSent() {
        String chat = newChat(new Answer.RateLimited(1));

        JsonNode message = awaitFinal(send(chat));

        assertThat(message.path("status").asText()).isEqualTo("SENT");
        assertThat(message.path("attempts").asInt()).isEqualTo(2);
        assertThat(telegram.requestsTo(chat)).isEqualTo(2);
        List<Instant> requests = telegram.requestTimes(chat);
        assertThat(Duration.between(requests.get(0), requests.get(1)))
                .isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void aSendThatMeetsAServerErrorIsRetriedWithBackOffAndThenSent() {
        String chat = newChat(new Answer.ServerError(500));

        JsonNode message = awaitFinal(send(chat));

        assertThat(message.path("status").asText()).isEqualTo("SENT");
        assertThat(message.path("attempts").asInt()).isEqualTo(2);
        assertThat(telegram.requestsTo(chat)).isEqualTo(2);
        assertThat(telegram.deliveriesTo(chat)).isEqualTo(1);
    }

    @Test
    void aSendThatKeepsMeetingServerErrorsFailsAsRetriesExhaustedAfterTheLastAttempt() {
        String chat = newChat(new Answer.ServerError(502), new Answer.ServerError(503),
                new Answer.ServerError(500), new Answer.ServerError(500));

        JsonNode message = awaitFinal(send(chat));

        assertThat(message.path("status").asText()).isEqualTo("FAILED");
        assertThat(message.path("errorCode").asText()).isEqualTo("RETRIES_EXHAUSTED");
        assertThat(message.path("attempts").asInt()).isEqualTo(MAX_ATTEMPTS);
        assertThat(telegram.requestsTo(chat)).isEqualTo(MAX_ATTEMPTS);
        assertThat(telegram.deliveriesTo(chat)).isZero();
    }

    @Test
    void underAMixOfFailuresEveryMessageEndsSentOrFailedWithItsReasonAndNoneIsSentTwice() {
        List<Answer[]> scenarios = List.of(
                new Answer[] {},
                new Answer[] {new Answer.Slow(READ_TIMEOUT.plusSeconds(1))},
                new Answer[] {new Answer.ResetAfterRequest()},
                new Answer[] {new Answer.RateLimited(1)},
                new Answer[] {new Answer.ServerError(500)},
                new Answer[] {new Answer.ServerError(500), new Answer.RateLimited(1)});
        Map<String, String> messagesByChat = new LinkedHashMap<>();
        for (int round = 0; round < 4; round++) {
            for (Answer[] scenario : scenarios) {
                String chat = newChat(scenario);
                messagesByChat.put(chat, send(chat));
            }
        }

        List<String> wrong = new ArrayList<>();
        messagesByChat.forEach((chat, messageId) -> {
            JsonNode message = awaitFinal(messageId);
            if (message.path("status").asText().equals("FAILED")
                    && message.path("errorCode").asText().isBlank()) {
                wrong.add(chat + " failed without a reason: " + message);
            }
            if (telegram.deliveriesTo(chat) > 1) {
                wrong.add(chat + " delivered " + telegram.deliveriesTo(chat) + " times");
            }
            if (message.path("status").asText().equals("SENT")
                    && telegram.deliveriesTo(chat) != 1) {
                wrong.add(chat + " SENT but delivered " + telegram.deliveriesTo(chat) + " times");
            }
        });
        assertThat(wrong).isEmpty();
        Waiting.eventually("the send queue is empty", Duration.ofSeconds(10),
                () -> database.count("SELECT count(*) FROM send_queue"), rows -> rows == 0);
    }

    /** A chat of its own for one test, whose sendMessage requests get these answers first. */
    private static String newChat(Answer... answers) {
        String chat = String.valueOf(CHATS.incrementAndGet());
        telegram.script(chat, answers);
        return chat;
    }

    private static String send(String chat) {
        return data(outeract.developer(tenant.apiKey(), """
                mutation($input: SendMessageInput!) { sendMessage(input: $input) { id status } }""",
                Map.of("input", Map.of("connectionId", tenant.connectionId(),
                        "externalChatId", chat, "text", "Your order has shipped",
                        "idempotencyKey", "order-" + chat))))
                .path("sendMessage").path("id").asText();
    }

    private static JsonNode awaitFinal(String messageId) {
        return Waiting.eventually("message " + messageId + " is SENT or FAILED", SETTLED,
                () -> data(outeract.developer(tenant.apiKey(), "query { message(id: \""
                        + messageId + "\") { status platformMessageId errorCode errorDescription"
                        + " attempts } }")).path("message"),
                message -> FINAL.contains(message.path("status").asText()));
    }

    /** Past every back-off this test could wait for, the chat still saw a single request. */
    private static void assertNeverSentAgain(String chat) {
        Waiting.pause(Duration.ofSeconds(1));
        assertThat(telegram.requestsTo(chat)).isEqualTo(1);
    }
}
