package io.outeract.adapters.sms;

import static io.outeract.adapters.SendErrorCodes.INVALID_REQUEST;
import static io.outeract.adapters.SendErrorCodes.OUTCOME_UNKNOWN;
import static io.outeract.adapters.SendErrorCodes.PLATFORM_UNAVAILABLE;
import static io.outeract.adapters.SendErrorCodes.PLATFORM_UNREACHABLE;
import static io.outeract.adapters.SendErrorCodes.RATE_LIMITED;
import static io.outeract.adapters.SendErrorCodes.RECIPIENT_NOT_FOUND;
import static io.outeract.adapters.SendErrorCodes.RECIPIENT_OPTED_OUT;
import static io.outeract.adapters.SendErrorCodes.UNAUTHORIZED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.SendResult;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.outbound.MediaReference;
import io.outeract.contract.outbound.SendError;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sending with the Messages API, and what each of Twilio's answers (or silences) means. */
class SmsSendTest {

    private static final String CUSTOMER = "+15555550178";
    private static final String TEXT =
            "Your order #5521 is ready for pickup until 6pm. Reply STOP to opt out.";
    private static final String STATUS_CALLBACK =
            "https://relay.example.net/webhooks/sms/status?msg=ob_01JCX8Y5QK";
    private static final OutgoingMessage TO_CUSTOMER = OutgoingMessage.text(CUSTOMER, TEXT, null);
    private static final Credentials NUMBER = FakeTwilio.numberCredentials();

    private final FakeTwilio twilio = new FakeTwilio();
    private final SmsAdapter adapter = twilio.adapter();

    @AfterEach
    void stopTwilio() throws IOException {
        twilio.close();
    }

    @Test
    void postsTheDocumentedFormUnderTheAccountsBasicAuth() {
        twilio.answersWithFixture("send-success-response");

        adapter.send(TO_CUSTOMER, with(SmsCredentials.STATUS_CALLBACK_URL, STATUS_CALLBACK));

        JsonNode documented = SmsFixtures.meta("send-request-sms").path("request");
        RecordedRequest request = twilio.request();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo(
                "/2010-04-01/Accounts/" + SmsFixtures.ACCOUNT_SID + "/Messages.json");
        assertThat(request.getHeader("Authorization"))
                .isEqualTo(documented.path("headers").path("Authorization").asText());
        assertThat(request.getHeader("Content-Type"))
                .startsWith(documented.path("headers").path("Content-Type").asText());
        assertThat(request.getBody().readUtf8()).isEqualTo(SmsFixtures.text("send-request-sms"));
    }

    @Test
    void sendsAnMmsThroughAMessagingServiceWithItsMediaUrl() {
        twilio.answersWithFixture("send-success-mms-response");
        Credentials service = new Credentials(Map.of(
                SmsCredentials.ACCOUNT_SID, SmsFixtures.ACCOUNT_SID,
                SmsCredentials.AUTH_TOKEN, SmsFixtures.AUTH_TOKEN,
                SmsCredentials.MESSAGING_SERVICE_SID, "MG6a8e9106159f4bb96e27ca941acd2feb"));
        MediaReference receipt = new MediaReference("image",
                "https://files.example.net/public/receipt-5521.png", null, null, null);

        SendResult result = adapter.send(new OutgoingMessage("+15555550142",
                "Here is your receipt.", null, receipt, null, null), service);

        assertThat(result).isEqualTo(new SendResult.Sent(
                SmsFixtures.expected("send-success-mms-response").path("external_message_id")
                        .asText(), 1));
        assertThat(twilio.request().getBody().readUtf8()).isEqualTo(
                "To=%2B15555550142&MessagingServiceSid=MG6a8e9106159f4bb96e27ca941acd2feb"
                        + "&Body=Here+is+your+receipt."
                        + "&MediaUrl=https%3A%2F%2Ffiles.example.net%2Fpublic%2Freceipt-5521.png");
    }

    @Test
    void namesTheSentMessageByItsSid() {
        twilio.answersWithFixture("send-success-response");

        SendResult result = adapter.send(TO_CUSTOMER, NUMBER);

        assertThat(result).isEqualTo(new SendResult.Sent(
                SmsFixtures.expected("send-success-response").path("external_message_id")
                        .asText(), SmsSegments.count(TO_CUSTOMER.text())));
    }

    @Test
    void notesTheSegmentsOfATextThatNeedsUcs2() {
        twilio.answersWithFixture("send-success-response");
        String text = "Ihr Kuchen ist fertig 🎂 ".repeat(4);

        SendResult result = adapter.send(OutgoingMessage.text("+15555550142", text, null),
                NUMBER);

        assertThat(text.length()).isGreaterThan(70);
        assertThat(((SendResult.Sent) result).segments()).isEqualTo(2);
    }

    @Test
    void givesUpOnANumberThatIsNoNumber() {
        twilio.answersWithFixture("send-error-21211");

        SendResult result = adapter.send(TO_CUSTOMER, NUMBER);

        assertThat(result).isEqualTo(new SendResult.Failed(new SendError(RECIPIENT_NOT_FOUND,
                "21211", "Invalid 'To' Phone Number: +1555010XXXX")));
    }

    @Test
    void givesUpOnAPersonWhoTextedStop() {
        twilio.answers(400, """
                {"code":21610,"message":"Attempt to send to unsubscribed recipient",\
                "more_info":"https://www.twilio.com/docs/errors/21610","status":400}""");

        SendResult result = adapter.send(TO_CUSTOMER, NUMBER);

        assertThat(result).isEqualTo(new SendResult.Failed(new SendError(RECIPIENT_OPTED_OUT,
                "21610", "Attempt to send to unsubscribed recipient")));
    }

    @Test
    void givesUpWhenTwilioRejectsTheCredentials() {
        twilio.answersWithFixture("send-error-20003");

        SendResult result = adapter.send(TO_CUSTOMER, NUMBER);

        assertThat(result).isEqualTo(new SendResult.Failed(
                new SendError(UNAUTHORIZED, "20003", "Authenticate")));
    }

    @Test
    void retriesLaterWhenTwilioHasTooManyRequests() {
        twilio.answersWithFixture("send-error-20429");

        SendResult result = adapter.send(TO_CUSTOMER, NUMBER);

        assertThat(result).isEqualTo(new SendResult.RetryLater(
                new SendError(RATE_LIMITED, "20429", "Too Many Requests"), null));
    }

    @Test
    void waitsAsLongAsTwilioAsksWhenItNamesAWait() {
        twilio.answers(new MockResponse().setResponseCode(429).setHeader("Retry-After", "7")
                .setBody(SmsFixtures.text("send-error-20429")));

        SendResult result = adapter.send(TO_CUSTOMER, NUMBER);

        assertThat(result).isInstanceOfSatisfying(SendResult.RetryLater.class,
                retry -> assertThat(retry.delay()).isEqualTo(Duration.ofSeconds(7)));
    }

    @Test
    void givesUpOnAnyOtherRefusal() {
        twilio.answers(400, """
                {"code":21617,"message":"The concatenated message body exceeds the 1600 \
                character limit","status":400}""");

        SendResult result = adapter.send(TO_CUSTOMER, NUMBER);

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.error().code()).isEqualTo(INVALID_REQUEST);
            assertThat(failed.error().platformCode()).isEqualTo("21617");
        });
    }

    @Test
    void retriesLaterWhenTwilioFails() {
        twilio.answers(new MockResponse().setResponseCode(503).setBody("<html>down</html>"));

        SendResult result = adapter.send(TO_CUSTOMER, NUMBER);

        assertThat(result).isEqualTo(new SendResult.RetryLater(
                new SendError(PLATFORM_UNAVAILABLE, "503", "HTTP 503"), null));
    }

    @Test
    void doesNotSendAgainWhenTwilioAcceptsButNamesNoSid() {
        twilio.answers(201, "{\"status\":\"queued\"}");

        assertOutcomeUnknown(adapter.send(TO_CUSTOMER, NUMBER));
    }

    @Test
    void retriesLaterWhenTwilioCannotBeReached() {
        SendResult result = FakeTwilio.unreachableAdapter().send(TO_CUSTOMER, NUMBER);

        assertThat(result).isInstanceOfSatisfying(SendResult.RetryLater.class, retry -> {
            assertThat(retry.error().code()).isEqualTo(PLATFORM_UNREACHABLE);
            assertThat(retry.error().description()).doesNotContain(SmsFixtures.AUTH_TOKEN);
        });
    }

    @Test
    void doesNotSendAgainWhenTheConnectionDropsAfterTheRequest() {
        twilio.answers(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        twilio.answersWithFixture("send-success-response");

        assertOutcomeUnknown(adapter.send(TO_CUSTOMER, NUMBER));
        assertThat(twilio.requestCount()).isEqualTo(1);
    }

    @Test
    void doesNotSendAgainWhenTheAnswerComesTooLate() {
        twilio.answers(new MockResponse()
                .setResponseCode(201)
                .setBody(SmsFixtures.text("send-success-response"))
                .setHeadersDelay(FakeTwilio.READ_TIMEOUT.toMillis() * 4, TimeUnit.MILLISECONDS));

        assertOutcomeUnknown(adapter.send(TO_CUSTOMER, NUMBER));
        assertThat(twilio.requestCount()).isEqualTo(1);
    }

    @Test
    void failsWithoutCallingTwilioWhenTheConnectionHasNoToken() {
        Credentials sidOnly = Credentials.of(SmsCredentials.ACCOUNT_SID, SmsFixtures.ACCOUNT_SID);

        SendResult result = adapter.send(TO_CUSTOMER, sidOnly);

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class,
                failed -> assertThat(failed.error().code()).isEqualTo(UNAUTHORIZED));
        assertThat(twilio.requestCount()).isZero();
    }

    @Test
    void failsWithoutCallingTwilioWhenTheConnectionHasNoSender() {
        Credentials noSender = new Credentials(Map.of(
                SmsCredentials.ACCOUNT_SID, SmsFixtures.ACCOUNT_SID,
                SmsCredentials.AUTH_TOKEN, SmsFixtures.AUTH_TOKEN));

        SendResult result = adapter.send(TO_CUSTOMER, noSender);

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class,
                failed -> assertThat(failed.error().code()).isEqualTo(INVALID_REQUEST));
        assertThat(twilio.requestCount()).isZero();
    }

    @Test
    void failsWithoutCallingTwilioForAStoredFile() {
        MediaReference stored = new MediaReference("image", null, "file-7", null, null);

        SendResult result = adapter.send(
                new OutgoingMessage(CUSTOMER, TEXT, null, stored, null, null), NUMBER);

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class,
                failed -> assertThat(failed.error().code()).isEqualTo(INVALID_REQUEST));
        assertThat(twilio.requestCount()).isZero();
    }

    private static Credentials with(String name, String value) {
        Map<String, String> values = new HashMap<>(NUMBER.values());
        values.put(name, value);
        return new Credentials(values);
    }

    private static void assertOutcomeUnknown(SendResult result) {
        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.error().code()).isEqualTo(OUTCOME_UNKNOWN);
            assertThat(failed.error().description()).doesNotContain(SmsFixtures.AUTH_TOKEN);
        });
    }
}
