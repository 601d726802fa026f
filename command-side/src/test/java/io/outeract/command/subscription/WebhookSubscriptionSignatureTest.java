package io.outeract.command.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/webhooks.md, whose signature was computed apart from Outeract (with
 * Python's hmac module): Outeract's signer must arrive at the same header.
 */
class WebhookSubscriptionSignatureTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_0f8e2a4c-5b1d-4c3e-9a7f-2d6b8c1e4f30";
    private static final long TIMESTAMP = 1773510000L;
    private static final String BODY = "{\"type\":\"message.received\","
            + "\"timestamp\":\"2026-03-14T17:40:00Z\","
            + "\"data\":{\"text\":\"Is the bakery open on Sunday?\"}}";

    @Test
    void signsTheDocumentedExampleAsTheDocumentationSays() {
        String header = WebhookSignature.header(List.of(SigningSecrets.keyOf(SECRET)), ID,
                TIMESTAMP, BODY.getBytes(StandardCharsets.UTF_8));

        assertThat(header).isEqualTo("v1,NCZphriJrz0gJhgzIbM3y8YuQ3kWlEFKeJJ7IYwolK4=");
    }

    @Test
    void aGeneratedSecretIsWhsecAndThirtyTwoRandomBytes() {
        String first = SigningSecrets.generate();

        assertThat(first).startsWith("whsec_").isNotEqualTo(SigningSecrets.generate());
        assertThat(SigningSecrets.keyOf(first)).hasSize(32);
    }
}
