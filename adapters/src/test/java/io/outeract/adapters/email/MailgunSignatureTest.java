package io.outeract.adapters.email;

import static io.outeract.adapters.email.EmailFixtures.SECRETS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.WebhookRequest;
import io.outeract.contract.common.Credentials;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Mailgun signs the timestamp and token of a post, not its fields: the signature is accepted
 * within a window wide enough for Mailgun's retries, and a token only with the body it came
 * with first.
 */
class MailgunSignatureTest {

    private static final Instant SIGNED_AT = Instant.ofEpochSecond(1762958101);

    @Test
    void acceptsMailgunRetryingTheSamePost() {
        EmailAdapter adapter = adapterAt(SIGNED_AT.plusSeconds(30));

        assertThat(adapter.hasValidSignature(plain(), SECRETS)).isTrue();
        assertThat(adapter.hasValidSignature(plain(), SECRETS)).isTrue();
    }

    @Test
    void refusesTheSignatureOfATakenTokenOverOtherFields() {
        EmailAdapter adapter = adapterAt(SIGNED_AT.plusSeconds(30));
        WebhookRequest forged = withBody(EmailFixtures.text("inbound-plain.form")
                .replace("body-plain=Hello", "body-plain=Please+wire+the+money"));

        assertThat(adapter.hasValidSignature(plain(), SECRETS)).isTrue();
        assertThat(adapter.hasValidSignature(forged, SECRETS)).isFalse();
    }

    @Test
    void acceptsASignatureAsOldAsMailgunsLastRetry() {
        EmailAdapter adapter = adapterAt(SIGNED_AT.plus(Duration.ofHours(8)));

        assertThat(adapter.hasValidSignature(plain(), SECRETS)).isTrue();
    }

    @Test
    void refusesASignatureOlderThanTheAcceptedAge() {
        EmailAdapter adapter = adapterAt(SIGNED_AT.plus(EmailAdapter.DEFAULT_SIGNATURE_MAX_AGE)
                .plusSeconds(1));

        assertThat(adapter.hasValidSignature(plain(), SECRETS)).isFalse();
    }

    @Test
    void refusesASignatureFromFurtherAheadThanClocksDrift() {
        EmailAdapter adapter = adapterAt(SIGNED_AT.minus(Duration.ofMinutes(10)));

        assertThat(adapter.hasValidSignature(plain(), SECRETS)).isFalse();
    }

    @Test
    void refusesEveryPostWhenTheConnectionHasNoSigningKey() {
        EmailAdapter adapter = adapterAt(SIGNED_AT.plusSeconds(30));

        assertThat(adapter.hasValidSignature(plain(), new Credentials(Map.of()))).isFalse();
    }

    @Test
    void refusesAPostWithoutItsSigningFields() {
        EmailAdapter adapter = adapterAt(SIGNED_AT.plusSeconds(30));
        String form = EmailFixtures.text("inbound-plain.form");
        WebhookRequest unsigned = withBody(form.substring(0, form.indexOf("&timestamp=")));

        assertThat(adapter.hasValidSignature(unsigned, SECRETS)).isFalse();
    }

    @Test
    void refusesAPostThatCannotBeReadRatherThanFailing() {
        EmailAdapter adapter = adapterAt(SIGNED_AT.plusSeconds(30));
        byte[] multipart = EmailFixtures.body("inbound-attachments");
        WebhookRequest cutShort = EmailFixtures.webhook("inbound-attachments",
                Arrays.copyOf(multipart, multipart.length / 2));

        assertThat(adapter.hasValidSignature(cutShort, SECRETS)).isFalse();
    }

    @Test
    void refusesAnEventWhoseTokenWasChanged() {
        EmailAdapter adapter = EmailFixtures.adapterFor("event-delivered");
        String event = EmailFixtures.text("event-delivered.json").replace(
                "e8bd59a71e7e467bb66d5c98314e26f78547a7dd6aba8980cf",
                "e8bd59a71e7e467bb66d5c98314e26f78547a7dd6aba8980cg");
        WebhookRequest changed = EmailFixtures.webhook("event-delivered",
                event.getBytes(StandardCharsets.UTF_8));

        assertThat(adapter.hasValidSignature(changed, SECRETS)).isFalse();
    }

    private static EmailAdapter adapterAt(Instant now) {
        return new EmailAdapter(new ObjectMapper(), Clock.fixed(now, ZoneOffset.UTC),
                SmtpTimeouts.DEFAULT);
    }

    private static WebhookRequest plain() {
        return EmailFixtures.webhook("inbound-plain");
    }

    private static WebhookRequest withBody(String form) {
        return EmailFixtures.webhook("inbound-plain", form.getBytes(StandardCharsets.UTF_8));
    }
}
