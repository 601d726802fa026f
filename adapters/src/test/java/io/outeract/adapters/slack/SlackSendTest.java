package io.outeract.adapters.slack;

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
import io.outeract.contract.outbound.MediaReference;
import io.outeract.contract.outbound.SendError;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Posting a text with chat.postMessage, and what each of Slack's answers (or silences) means. */
class SlackSendTest {

    private static final String CHANNEL = "C07MJ4N2P8Q";
    private static final String THREAD = "1762957407.664411";
    private static final String TEXT =
            "Ticket TCK-4822 opened. I will post updates in this thread.";
    private static final OutgoingMessage TO_CHANNEL = OutgoingMessage.text(CHANNEL, TEXT, null);
    private static final Credentials BOT = FakeSlack.botCredentials();

    private final FakeSlack slack = new FakeSlack();
    private final SlackAdapter adapter = slack.adapter();

    @AfterEach
    void stopSlack() throws IOException {
        slack.close();
    }

    @Test
    void postsTheReplyInTheThreadAsSlackDocumentsIt() {
        slack.answersWithFixture("send-success-response");

        adapter.send(OutgoingMessage.text(CHANNEL, TEXT, THREAD), BOT);

        JsonNode documented = SlackFixtures.meta("send-success-response").path("request");
        RecordedRequest request = slack.request();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/api/chat.postMessage");
        assertThat(request.getHeader("Authorization"))
                .isEqualTo(documented.path("headers").path("Authorization").asText());
        // With the charset, Slack has no missing_charset warning to give.
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(json(request.getBody().readUtf8())).isEqualTo(documented.path("body"));
    }

    @Test
    void namesTheSentMessageByTheTsSlackGaveIt() {
        slack.answersWithFixture("send-success-response");

        SendResult result = adapter.send(OutgoingMessage.text(CHANNEL, TEXT, THREAD), BOT);

        assertThat(result).isEqualTo(new SendResult.Sent(
                SlackFixtures.expected("send-success-response").path("external_message_id")
                        .asText()));
    }

    @Test
    void postsOutsideAnyThreadWhenNotReplying() {
        slack.answersWithFixture("send-success-response");

        adapter.send(TO_CHANNEL, BOT);

        assertThat(slack.requestBody().has("thread_ts")).isFalse();
    }

    @Test
    void repliesToAMessageNamedWithItsChannel() {
        slack.answersWithFixture("send-success-response");

        adapter.send(OutgoingMessage.text(CHANNEL, TEXT, CHANNEL + ":" + THREAD), BOT);

        assertThat(slack.requestBody().path("thread_ts").asText()).isEqualTo(THREAD);
    }

    @Test
    void escapesWhatSlackWouldReadAsMarkup() {
        slack.answersWithFixture("send-success-response");

        adapter.send(OutgoingMessage.text(CHANNEL, "R&D <3 <!channel>", null), BOT);

        assertThat(slack.requestBody().path("text").asText())
                .isEqualTo("R&amp;D &lt;3 &lt;!channel&gt;");
    }

    @Test
    void waitsAsLongAsSlackAsksWhenRateLimited() {
        slack.answersWithFixture("send-error-ratelimited");

        SendResult result = adapter.send(TO_CHANNEL, BOT);

        assertThat(result).isEqualTo(new SendResult.RetryLater(
                new SendError(RATE_LIMITED, "ratelimited", "Slack answered ratelimited"),
                Duration.ofSeconds(SlackFixtures.expected("send-error-ratelimited")
                        .path("retry_after_seconds").asLong())));
    }

    @Test
    void givesUpOnAChannelSlackDoesNotKnow() {
        slack.answersWithFixture("send-error-channel-not-found");

        SendResult result = adapter.send(TO_CHANNEL, BOT);

        assertThat(result).isEqualTo(new SendResult.Failed(new SendError(RECIPIENT_NOT_FOUND,
                "channel_not_found", "Slack answered channel_not_found")));
    }

    @Test
    void givesUpWhenSlackRejectsTheToken() {
        slack.answersWithFixture("send-error-invalid-auth");

        SendResult result = adapter.send(TO_CHANNEL, BOT);

        assertThat(result).isEqualTo(new SendResult.Failed(
                new SendError(UNAUTHORIZED, "invalid_auth", "Slack answered invalid_auth")));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "not_in_channel, RECIPIENT_UNREACHABLE",
        "is_archived, RECIPIENT_UNREACHABLE",
        "not_authed, UNAUTHORIZED",
        "token_revoked, UNAUTHORIZED",
        "missing_scope, UNAUTHORIZED",
        "msg_too_long, INVALID_REQUEST",
        "no_text, INVALID_REQUEST",
        "internal_error, OUTCOME_UNKNOWN",
        "fatal_error, OUTCOME_UNKNOWN"})
    void givesUpOnARefusalForGood(String slackError, String outeractCode) {
        slack.answers(200, "{\"ok\":false,\"error\":\"" + slackError + "\"}");

        SendResult result = adapter.send(TO_CHANNEL, BOT);

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.error().code()).isEqualTo(outeractCode);
            assertThat(failed.error().platformCode()).isEqualTo(slackError);
        });
    }

    @Test
    void retriesLaterWhenSlackFails() {
        slack.answers(503, "{\"ok\":false,\"error\":\"service_unavailable\"}");

        SendResult result = adapter.send(TO_CHANNEL, BOT);

        assertThat(result).isEqualTo(new SendResult.RetryLater(new SendError(
                PLATFORM_UNAVAILABLE, "service_unavailable", "Slack answered service_unavailable"),
                null));
    }

    @Test
    void retriesLaterWhenAProxyAnswersForSlackWithoutJson() {
        slack.answers(new MockResponse().setResponseCode(502)
                .setHeader("Content-Type", "text/html").setBody("<html>Bad Gateway</html>"));

        SendResult result = adapter.send(TO_CHANNEL, BOT);

        assertThat(result).isEqualTo(new SendResult.RetryLater(
                new SendError(PLATFORM_UNAVAILABLE, "502", "Slack answered HTTP 502"), null));
    }

    @Test
    void doesNotPostAgainWhenSlackAcceptsButNamesNoTs() {
        slack.answers(200, "{\"ok\":true,\"channel\":\"C07MJ4N2P8Q\"}");

        assertOutcomeUnknown(adapter.send(TO_CHANNEL, BOT));
    }

    @Test
    void retriesLaterWhenSlackCannotBeReached() {
        SendResult result = new SlackAdapter(FakeSlack.unreachableApi(), new ObjectMapper())
                .send(TO_CHANNEL, BOT);

        assertThat(result).isInstanceOfSatisfying(SendResult.RetryLater.class, retry -> {
            assertThat(retry.error().code()).isEqualTo(PLATFORM_UNREACHABLE);
            assertThat(retry.delay()).isNull();
        });
    }

    @Test
    void doesNotPostAgainWhenTheConnectionDropsAfterTheRequest() {
        slack.answers(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        slack.answersWithFixture("send-success-response");

        assertOutcomeUnknown(adapter.send(TO_CHANNEL, BOT));
        assertThat(slack.requestCount()).isEqualTo(1);
    }

    @Test
    void doesNotPostAgainWhenTheAnswerComesTooLate() {
        slack.answers(new MockResponse()
                .setResponseCode(200)
                .setBody(SlackFixtures.text("send-success-response"))
                .setHeadersDelay(FakeSlack.READ_TIMEOUT.toMillis() * 4, TimeUnit.MILLISECONDS));

        assertOutcomeUnknown(adapter.send(TO_CHANNEL, BOT));
        assertThat(slack.requestCount()).isEqualTo(1);
    }

    @Test
    void failsWithoutCallingSlackWhenTheConnectionHasNoToken() {
        Credentials secretOnly =
                Credentials.of(SlackCredentials.SIGNING_SECRET, SlackFixtures.SIGNING_SECRET);

        SendResult result = adapter.send(TO_CHANNEL, secretOnly);

        assertThat(result).isEqualTo(new SendResult.Failed(
                new SendError(UNAUTHORIZED, null, "The connection has no Slack bot token")));
        assertThat(slack.requestCount()).isZero();
    }

    @Test
    void failsWithoutCallingSlackWhenTheReplyIsToNoSlackMessage() {
        SendResult result = adapter.send(OutgoingMessage.text(CHANNEL, TEXT, "latest"), BOT);

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class,
                failed -> assertThat(failed.error().code()).isEqualTo(INVALID_REQUEST));
        assertThat(slack.requestCount()).isZero();
    }

    @Test
    void failsWithoutCallingSlackForMedia() {
        MediaReference image =
                new MediaReference("image", "https://cdn.example.com/a.png", null, null, null);
        OutgoingMessage photo = new OutgoingMessage(CHANNEL, TEXT, null, image, null, null);

        SendResult result = adapter.send(photo, BOT);

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class,
                failed -> assertThat(failed.error().code()).isEqualTo(INVALID_REQUEST));
        assertThat(slack.requestCount()).isZero();
    }

    private static void assertOutcomeUnknown(SendResult result) {
        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.error().code()).isEqualTo(OUTCOME_UNKNOWN);
            assertThat(failed.error().description()).doesNotContain(SlackFixtures.BOT_TOKEN);
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
