package io.outeract.adapters.meta.messaging;

import static io.outeract.adapters.SendErrorCodes.OUTSIDE_MESSAGING_WINDOW;
import static io.outeract.adapters.SendErrorCodes.RATE_LIMITED;
import static io.outeract.adapters.SendErrorCodes.RECIPIENT_NOT_FOUND;
import static io.outeract.adapters.SendErrorCodes.RECIPIENT_UNREACHABLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.PlatformAdapter;
import io.outeract.adapters.SendResult;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.outbound.SendError;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error fixture of the Send API, answered with the HTTP status its meta gives, and the
 * outcome Outeract makes of it: the meta's category as Outeract's code, and its retryable as
 * retry later or fail for good. The platform's code is Meta's {@code code/subcode}.
 */
class MessagingSendErrorsTest {

    /** The metas' categories in Outeract's words. */
    private static final Map<String, String> CODE_OF_CATEGORY = Map.of(
            "window_closed", OUTSIDE_MESSAGING_WINDOW,
            "rate_limited", RATE_LIMITED,
            "bad_recipient", RECIPIENT_NOT_FOUND,
            "recipient_unreachable", RECIPIENT_UNREACHABLE);

    private final FakeMeta meta = new FakeMeta();

    @AfterEach
    void stopMeta() throws IOException {
        meta.close();
    }

    static Stream<Arguments> errorFixtures() {
        return Stream.of(MessagingFixtures.MESSENGER, MessagingFixtures.INSTAGRAM)
                .flatMap(fixtures -> fixtures.apiNames().stream()
                        .filter(name -> name.startsWith("send-error-"))
                        .map(name -> Arguments.of(fixtures, name)));
    }

    @Test
    void coversEveryErrorFixture() {
        assertThat(errorFixtures().map(arguments -> arguments.get()[0] + "/"
                + arguments.get()[1])).containsExactlyInAnyOrder(
                "messenger/send-error-no-matching-user",
                "messenger/send-error-outside-window",
                "messenger/send-error-rate-limited",
                "messenger/send-error-user-unavailable",
                "instagram/send-error-outside-window",
                "instagram/send-error-rate-limited");
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("errorFixtures")
    void translatesMetasErrorIntoOuteractsCode(MessagingFixtures fixtures, String name) {
        JsonNode expected = fixtures.meta(name).path("expected");

        SendError error = errorOf(send(fixtures, name));

        assertThat(error.code())
                .isEqualTo(CODE_OF_CATEGORY.get(expected.path("category").asText()));
        String platformCode = expected.has("error_subcode")
                ? expected.path("error_code").asInt() + "/" + expected.path("error_subcode").asInt()
                : String.valueOf(expected.path("error_code").asInt());
        assertThat(error.platformCode()).isEqualTo(platformCode);
        assertThat(error.description())
                .contains(fixtures.json(name).path("error").path("message").asText());
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("errorFixtures")
    void retriesOnlyWhatTheMetaCallsRetryable(MessagingFixtures fixtures, String name) {
        boolean retryable = fixtures.meta(name).path("expected").path("retryable").asBoolean();

        SendResult result = send(fixtures, name);

        assertThat(result).isInstanceOf(retryable
                ? SendResult.RetryLater.class
                : SendResult.Failed.class);
    }

    @Test
    void saysTheWindowIsClosedInItsDescription() {
        SendError error =
                errorOf(send(MessagingFixtures.MESSENGER, "send-error-outside-window"));

        assertThat(error.description()).startsWith("Outside the 24-hour messaging window");
    }

    private SendResult send(MessagingFixtures fixtures, String name) {
        meta.answers(fixtures.meta(name).path("http").path("status").asInt(),
                fixtures.text(name));
        boolean messenger = fixtures == MessagingFixtures.MESSENGER;
        PlatformAdapter adapter = messenger ? meta.messenger() : meta.instagram();
        Credentials credentials = messenger
                ? FakeMeta.pageCredentials()
                : FakeMeta.instagramCredentials();
        return adapter.send(OutgoingMessage.text("7423918856102237", "Hello", null), credentials);
    }

    private static SendError errorOf(SendResult result) {
        if (result instanceof SendResult.Failed failed) {
            return failed.error();
        }
        if (result instanceof SendResult.RetryLater retry) {
            return retry.error();
        }
        throw new AssertionError("Expected a failure, not " + result);
    }
}
