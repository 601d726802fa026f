package io.outeract.adapters.meta.whatsapp;

import static io.outeract.adapters.SendErrorCodes.INVALID_REQUEST;
import static io.outeract.adapters.SendErrorCodes.OUTCOME_UNKNOWN;
import static io.outeract.adapters.SendErrorCodes.PLATFORM_UNAVAILABLE;
import static io.outeract.adapters.SendErrorCodes.PLATFORM_UNREACHABLE;
import static io.outeract.adapters.SendErrorCodes.RATE_LIMITED;
import static io.outeract.adapters.SendErrorCodes.TEMPLATE_REQUIRED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.SendResult;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.outbound.SendError;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What each of WhatsApp's refusals means for a send: retried later, or failed for good. The
 * error's code decides, whatever the HTTP status it came with.
 */
class WhatsAppSendErrorsTest {

    private static final OutgoingMessage TO_PRIYA = OutgoingMessage.text("16175550122",
            "Your order #1482 is ready for pickup at the north door.", null);
    private static final Credentials NUMBER = FakeWhatsApp.numberCredentials();

    private final FakeWhatsApp whatsApp = new FakeWhatsApp();
    private final WhatsAppAdapter adapter = whatsApp.adapter();

    @AfterEach
    void stopWhatsApp() throws IOException {
        whatsApp.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"send-error-rate-limited", "send-error-reengagement-window"})
    void retriesOnlyTheErrorsItsFixtureSaysAreRetryable(String fixture) {
        JsonNode expected = WhatsAppFixtures.meta(fixture).path("expected");
        whatsApp.answersWithFixture(WhatsAppFixtures.meta(fixture).path("http").path("status")
                .asInt(), fixture);

        SendResult result = adapter.send(TO_PRIYA, NUMBER);

        assertThat(result).isInstanceOf(expected.path("retryable").asBoolean()
                ? SendResult.RetryLater.class
                : SendResult.Failed.class);
        assertThat(errorOf(result).platformCode())
                .isEqualTo(expected.path("error_code").asText());
    }

    @Test
    void retriesAThrottledNumberWithMetasWords() {
        whatsApp.answersWithFixture(400, "send-error-rate-limited");

        SendResult result = adapter.send(TO_PRIYA, NUMBER);

        assertThat(result).isEqualTo(new SendResult.RetryLater(new SendError(RATE_LIMITED,
                "130429", "(#130429) Rate limit hit: Too many messages were sent from this "
                        + "phone number in a short time."), null));
    }

    @Test
    void asksForATemplateWhenTheCustomerServiceWindowIsClosed() {
        whatsApp.answersWithFixture(400, "send-error-reengagement-window");

        SendResult result = adapter.send(TO_PRIYA, NUMBER);

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.error().code()).isEqualTo(TEMPLATE_REQUIRED);
            assertThat(failed.error().platformCode()).isEqualTo("131047");
            assertThat(failed.error().description())
                    .contains("template message", "24-hour customer service window is closed");
        });
    }

    @ParameterizedTest(name = "code {0} with HTTP {1}: {2}")
    @CsvSource({
        "4,       400, RATE_LIMITED,           true",
        "80007,   400, RATE_LIMITED,           true",
        "130429,  429, RATE_LIMITED,           true",
        "131048,  400, RATE_LIMITED,           true",
        "131056,  400, RATE_LIMITED,           true",
        "131000,  500, PLATFORM_UNAVAILABLE,   true",
        "131016,  503, PLATFORM_UNAVAILABLE,   true",
        "135000,  400, PLATFORM_UNAVAILABLE,   true",
        "0,       401, UNAUTHORIZED,           false",
        "190,     401, UNAUTHORIZED,           false",
        "131026,  400, RECIPIENT_UNREACHABLE,  false",
        "131030,  400, RECIPIENT_NOT_FOUND,    false",
        "100,     400, INVALID_REQUEST,        false",
        "131008,  400, INVALID_REQUEST,        false",
        "131009,  400, INVALID_REQUEST,        false",
        "131051,  400, INVALID_REQUEST,        false",
        "132000,  400, INVALID_REQUEST,        false",
        "132015,  400, INVALID_REQUEST,        false",
        "368,     403, CONNECTION_UNAVAILABLE, false",
        "131031,  400, CONNECTION_UNAVAILABLE, false",
        // The code decides even where the HTTP status would say otherwise.
        "131026,  500, RECIPIENT_UNREACHABLE,  false",
        "130429,  200, RATE_LIMITED,           true",
        // An unknown code goes by the status: a throttle, an outage, or a refusal.
        "999999,  429, RATE_LIMITED,           true",
        "999999,  502, PLATFORM_UNAVAILABLE,   true",
        "999999,  400, INVALID_REQUEST,        false"
    })
    void translatesTheErrorByItsCode(int code, int status, String outeractCode,
            boolean retried) {
        whatsApp.answers(status, errorBody(code, "Meta's words for " + code));

        SendResult result = adapter.send(TO_PRIYA, NUMBER);

        assertThat(result).isInstanceOf(retried
                ? SendResult.RetryLater.class
                : SendResult.Failed.class);
        assertThat(errorOf(result).code()).isEqualTo(outeractCode);
        assertThat(errorOf(result).platformCode()).isEqualTo(String.valueOf(code));
        assertThat(errorOf(result).description()).contains("Meta's words for " + code);
    }

    @Test
    void keepsTheSubcodeBesideTheCode() {
        whatsApp.answers(400, """
                {"error":{"message":"Invalid parameter","type":"OAuthException","code":100,\
                "error_subcode":2494010,"fbtrace_id":"AXc2"}}""");

        SendResult result = adapter.send(TO_PRIYA, NUMBER);

        assertThat(errorOf(result).platformCode()).isEqualTo("100/2494010");
    }

    @Test
    void waitsAsLongAsWhatsAppAsksWhenItNamesAWait() {
        whatsApp.answers(new MockResponse().setResponseCode(429).setHeader("Retry-After", "30")
                .setBody(errorBody(130429, "Rate limit hit")));

        SendResult result = adapter.send(TO_PRIYA, NUMBER);

        assertThat(result).isInstanceOfSatisfying(SendResult.RetryLater.class,
                retry -> assertThat(retry.delay()).isEqualTo(Duration.ofSeconds(30)));
    }

    @Test
    void retriesAThrottleWithoutACodeLater() {
        whatsApp.answers(429, "{}");

        SendResult result = adapter.send(TO_PRIYA, NUMBER);

        assertThat(result).isEqualTo(new SendResult.RetryLater(
                new SendError(RATE_LIMITED, "429", "HTTP 429"), null));
    }

    @Test
    void retriesLaterWhenAProxyAnswersForWhatsAppWithoutJson() {
        whatsApp.answers(new MockResponse().setResponseCode(502)
                .setHeader("Content-Type", "text/html").setBody("<html>Bad Gateway</html>"));

        SendResult result = adapter.send(TO_PRIYA, NUMBER);

        assertThat(result).isEqualTo(new SendResult.RetryLater(
                new SendError(PLATFORM_UNAVAILABLE, "502", "HTTP 502"), null));
    }

    @Test
    void givesUpOnAnErrorWithoutACodeOrA5xx() {
        whatsApp.answers(404, "<html>Not Found</html>");

        SendResult result = adapter.send(TO_PRIYA, NUMBER);

        assertThat(result).isEqualTo(new SendResult.Failed(
                new SendError(INVALID_REQUEST, "404", "HTTP 404")));
    }

    @Test
    void retriesLaterWhenWhatsAppCannotBeReached() {
        SendResult result = FakeWhatsApp.unreachableAdapter().send(TO_PRIYA, NUMBER);

        assertThat(result).isInstanceOfSatisfying(SendResult.RetryLater.class, retry -> {
            assertThat(retry.error().code()).isEqualTo(PLATFORM_UNREACHABLE);
            assertThat(retry.error().description()).startsWith("WhatsApp could not be reached");
            assertThat(retry.delay()).isNull();
        });
    }

    @Test
    void doesNotSendAgainWhenTheConnectionDropsAfterTheRequest() {
        whatsApp.answers(new MockResponse()
                .setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        whatsApp.answersWithFixture(200, "send-success-response");

        SendResult result = adapter.send(TO_PRIYA, NUMBER);

        assertOutcomeUnknown(result);
        assertThat(whatsApp.requestCount()).isEqualTo(1);
    }

    @Test
    void doesNotSendAgainWhenTheAnswerComesTooLate() {
        whatsApp.answers(new MockResponse()
                .setResponseCode(200)
                .setBody(WhatsAppFixtures.text("send-success-response"))
                .setHeadersDelay(FakeWhatsApp.READ_TIMEOUT.toMillis() * 4,
                        TimeUnit.MILLISECONDS));

        SendResult result = adapter.send(TO_PRIYA, NUMBER);

        assertOutcomeUnknown(result);
        assertThat(whatsApp.requestCount()).isEqualTo(1);
    }

    private static void assertOutcomeUnknown(SendResult result) {
        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.error().code()).isEqualTo(OUTCOME_UNKNOWN);
            assertThat(failed.error().description()).doesNotContain(FakeWhatsApp.ACCESS_TOKEN);
        });
    }

    private static SendError errorOf(SendResult result) {
        if (result instanceof SendResult.RetryLater retry) {
            return retry.error();
        }
        if (result instanceof SendResult.Failed failed) {
            return failed.error();
        }
        throw new AssertionError("The send should not have succeeded: " + result);
    }

    private static String errorBody(int code, String message) {
        return """
                {"error":{"message":"%s","type":"OAuthException","code":%d,\
                "error_data":{"messaging_product":"whatsapp"},"fbtrace_id":"AXa1"}}"""
                .formatted(message, code);
    }
}
