package io.outeract.adapters.discord;

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
import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.SendResult;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.outbound.SendError;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Posting with Create Message, and what each of Discord's answers (or silences) means. */
class DiscordSendTest {

    private static final String CHANNEL = "1108454437556453385";
    private static final String OTHER_CHANNEL = "1108454437556453999";
    private static final String OUR_MESSAGE = "1438171743171903493";
    private static final String TEXT =
            "Thanks <@613636682264088588>, ticket TCK-4822 is now high priority ✅";
    private static final OutgoingMessage TO_CHANNEL = OutgoingMessage.text(CHANNEL, TEXT, null);
    private static final Credentials BOT = FakeDiscord.botCredentials();

    private final MovableClock clock = new MovableClock(Instant.parse("2025-11-12T14:28:10Z"));
    private final FakeDiscord discord = new FakeDiscord();
    private final DiscordAdapter adapter = discord.adapter(clock);

    @AfterEach
    void stopDiscord() throws IOException {
        discord.close();
    }

    @Test
    void postsTheReplyToTheChannelAsDiscordDocumentsIt() {
        discord.answersWithFixture("send-success-response");

        adapter.send(OutgoingMessage.text(CHANNEL, TEXT, OUR_MESSAGE), BOT);

        JsonNode documented = DiscordFixtures.meta("send-request-reply").path("request");
        JsonNode documentedBody = DiscordFixtures.json("send-request-reply");
        RecordedRequest request = discord.request();
        assertThat(request.getMethod()).isEqualTo(documented.path("method").asText());
        assertThat(request.getPath()).isEqualTo("/api/v10/channels/" + CHANNEL + "/messages");
        assertThat(request.getHeader("Authorization"))
                .isEqualTo(documented.path("headers").path("Authorization").asText());
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(request.getHeader("User-Agent")).matches("DiscordBot \\(.+, .+\\)");
        JsonNode body = json(request.getBody().readUtf8());
        assertThat(body.path("content")).isEqualTo(documentedBody.path("content"));
        assertThat(body.path("message_reference").path("message_id"))
                .isEqualTo(documentedBody.path("message_reference").path("message_id"));
        assertThat(body.path("message_reference").path("fail_if_not_exists"))
                .isEqualTo(documentedBody.path("message_reference").path("fail_if_not_exists"));
    }

    @Test
    void letsNoTextPingAnyone() {
        discord.answersWithFixture("send-success-response");

        adapter.send(OutgoingMessage.text(CHANNEL, "@everyone look", null), BOT);

        JsonNode body = json(discord.request().getBody().readUtf8());
        assertThat(body.path("allowed_mentions").path("parse").isArray()).isTrue();
        assertThat(body.path("allowed_mentions").path("parse")).isEmpty();
        assertThat(body.has("message_reference")).isFalse();
    }

    @Test
    void namesTheSentMessageByItsId() {
        discord.answersWithFixture("send-success-response");

        SendResult result = adapter.send(TO_CHANNEL, BOT);

        assertThat(result).isEqualTo(new SendResult.Sent(
                DiscordFixtures.expected("send-success-response").path("external_message_id")
                        .asText()));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "send-error-missing-access, RECIPIENT_UNREACHABLE",
        "send-error-cannot-dm-user, RECIPIENT_UNREACHABLE",
        "send-error-unknown-channel, RECIPIENT_NOT_FOUND",
        "send-error-content-too-long, INVALID_REQUEST",
        "send-error-unauthorized, UNAUTHORIZED"})
    void givesUpOnEachRefusalForGood(String fixture, String outeractCode) {
        discord.answersWithFixture(fixture);
        JsonNode answer = DiscordFixtures.json(fixture);

        SendResult result = adapter.send(TO_CHANNEL, BOT);

        assertThat(result).isEqualTo(new SendResult.Failed(new SendError(outeractCode,
                DiscordFixtures.expected(fixture).path("error_code").asText(),
                answer.path("message").asText())));
    }

    @Test
    void waitsAsLongAsDiscordAsksWhenTheRouteIsRateLimited() {
        discord.answersWithFixture("send-error-ratelimited");

        SendResult result = adapter.send(TO_CHANNEL, BOT);

        assertThat(result).isEqualTo(new SendResult.RetryLater(
                new SendError(RATE_LIMITED, "429", "You are being rate limited."),
                Duration.ofMillis(842)));
    }

    @Test
    void notesAGlobalRateLimitAndHoldsEveryChannel() {
        discord.answers(new MockResponse().setResponseCode(429)
                .setHeader("X-RateLimit-Global", "true").setHeader("X-RateLimit-Scope", "global")
                .setBody("{\"message\":\"You are being rate limited.\",\"retry_after\":2.5,"
                        + "\"global\":true}"));

        SendResult first = adapter.send(TO_CHANNEL, BOT);
        SendResult elsewhere = adapter.send(OutgoingMessage.text(OTHER_CHANNEL, TEXT, null), BOT);

        assertThat(first).isEqualTo(new SendResult.RetryLater(new SendError(RATE_LIMITED, "429",
                "You are being rate limited. (global)"), Duration.ofMillis(2500)));
        assertThat(elsewhere).isInstanceOfSatisfying(SendResult.RetryLater.class,
                retry -> assertThat(retry.delay()).isEqualTo(Duration.ofMillis(2500)));
        assertThat(discord.requestCount()).isEqualTo(1);
    }

    @Test
    void holdsTheNextSendToAChannelWhoseBucketIsEmptyUntilItResets() {
        discord.answers(new MockResponse().setResponseCode(200)
                .setHeader("X-RateLimit-Remaining", "0")
                .setHeader("X-RateLimit-Reset-After", "1.250")
                .setBody(DiscordFixtures.text("send-success-response")));
        discord.answersWithFixture("send-success-response");
        adapter.send(TO_CHANNEL, BOT);

        SendResult held = adapter.send(TO_CHANNEL, BOT);
        clock.advance(Duration.ofMillis(1250));
        SendResult afterReset = adapter.send(TO_CHANNEL, BOT);

        assertThat(held).isInstanceOfSatisfying(SendResult.RetryLater.class, retry -> {
            assertThat(retry.error().code()).isEqualTo(RATE_LIMITED);
            assertThat(retry.delay()).isEqualTo(Duration.ofMillis(1250));
        });
        assertThat(afterReset).isInstanceOf(SendResult.Sent.class);
        assertThat(discord.requestCount()).isEqualTo(2);
    }

    @Test
    void sendsToAnotherChannelWhileOneBucketIsEmpty() {
        discord.answers(new MockResponse().setResponseCode(200)
                .setHeader("X-RateLimit-Remaining", "0")
                .setHeader("X-RateLimit-Reset-After", "5")
                .setBody(DiscordFixtures.text("send-success-response")));
        discord.answersWithFixture("send-success-response");
        adapter.send(TO_CHANNEL, BOT);

        SendResult elsewhere = adapter.send(OutgoingMessage.text(OTHER_CHANNEL, TEXT, null), BOT);

        assertThat(elsewhere).isInstanceOf(SendResult.Sent.class);
    }

    @Test
    void retriesLaterWhenDiscordFails() {
        discord.answers(new MockResponse().setResponseCode(502).setBody("<html>bad</html>"));

        SendResult result = adapter.send(TO_CHANNEL, BOT);

        assertThat(result).isEqualTo(new SendResult.RetryLater(
                new SendError(PLATFORM_UNAVAILABLE, "502", "HTTP 502"), null));
    }

    @Test
    void doesNotPostAgainWhenDiscordAcceptsButNamesNoId() {
        discord.answers(200, "{\"content\":\"hi\"}");

        assertOutcomeUnknown(adapter.send(TO_CHANNEL, BOT));
    }

    @Test
    void retriesLaterWhenDiscordCannotBeReached() {
        SendResult result = FakeDiscord.unreachableAdapter().send(TO_CHANNEL, BOT);

        assertThat(result).isInstanceOfSatisfying(SendResult.RetryLater.class,
                retry -> assertThat(retry.error().code()).isEqualTo(PLATFORM_UNREACHABLE));
    }

    @Test
    void doesNotPostAgainWhenTheConnectionDropsAfterTheRequest() {
        discord.answers(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        discord.answersWithFixture("send-success-response");

        assertOutcomeUnknown(adapter.send(TO_CHANNEL, BOT));
        assertThat(discord.requestCount()).isEqualTo(1);
    }

    @Test
    void doesNotPostAgainWhenTheAnswerComesTooLate() {
        discord.answers(new MockResponse()
                .setResponseCode(200)
                .setBody(DiscordFixtures.text("send-success-response"))
                .setHeadersDelay(FakeDiscord.READ_TIMEOUT.toMillis() * 4, TimeUnit.MILLISECONDS));

        assertOutcomeUnknown(adapter.send(TO_CHANNEL, BOT));
        assertThat(discord.requestCount()).isEqualTo(1);
    }

    @Test
    void failsWithoutCallingDiscordWhenTheConnectionHasNoToken() {
        Credentials keyOnly =
                Credentials.of(DiscordCredentials.PUBLIC_KEY, DiscordFixtures.PUBLIC_KEY);

        SendResult result = adapter.send(TO_CHANNEL, keyOnly);

        assertThat(result).isEqualTo(new SendResult.Failed(
                new SendError(UNAUTHORIZED, null, "The connection has no Discord bot token")));
        assertThat(discord.requestCount()).isZero();
    }

    @Test
    void failsWithoutCallingDiscordForAChannelThatIsNoId() {
        SendResult result = adapter.send(OutgoingMessage.text("../users/@me", TEXT, null), BOT);

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class,
                failed -> assertThat(failed.error().code()).isEqualTo(INVALID_REQUEST));
        assertThat(discord.requestCount()).isZero();
    }

    private static void assertOutcomeUnknown(SendResult result) {
        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.error().code()).isEqualTo(OUTCOME_UNKNOWN);
            assertThat(failed.error().description()).doesNotContain(DiscordFixtures.BOT_TOKEN);
        });
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException unreadable) {
            throw new AssertionError(unreadable);
        }
    }
}
