package io.outeract.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import io.outeract.adapters.WebhookRequest;
import io.outeract.contract.common.Credentials;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A delivery is Slack's when its v0 signature holds over the exact bytes and it was signed
 * within five minutes of now; Slack's own SDK signs and verifies alongside ours.
 */
class SlackSignatureTest {

    private static final Credentials SECRETS =
            Credentials.of(SlackCredentials.SIGNING_SECRET, SlackFixtures.SIGNING_SECRET);
    private static final String CHANNEL_MESSAGE = "message-channel";
    private static final long SIGNED_AT = 1762956208L;

    static List<String> deliveries() {
        return SlackFixtures.deliveryNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deliveries")
    void acceptsEachDeliveryAtTheTimeSlackSignedIt(String name) {
        Credentials secrets = Credentials.of(SlackCredentials.SIGNING_SECRET,
                SlackFixtures.meta(name).path("secret").asText());

        assertThat(FakeSlack.offlineAdapter(SlackFixtures.signedAt(name))
                .hasValidSignature(SlackFixtures.delivery(name), secrets)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deliveries")
    void refusesEachDeliveryUnderAnotherAppsSecret(String name) {
        Credentials other = Credentials.of(SlackCredentials.SIGNING_SECRET,
                "0f9e8d7c6b5a49382716f5e4d3c2b1a0");

        assertThat(FakeSlack.offlineAdapter(SlackFixtures.signedAt(name))
                .hasValidSignature(SlackFixtures.delivery(name), other)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deliveries")
    void refusesEachDeliveryWithOneByteChanged(String name) {
        byte[] tampered = SlackFixtures.bytes(name);
        tampered[tampered.length / 2] ^= 0x01;

        assertThat(FakeSlack.offlineAdapter(SlackFixtures.signedAt(name))
                .hasValidSignature(SlackFixtures.delivery(name, tampered), SECRETS)).isFalse();
    }

    @Test
    void acceptsADeliveryFiveMinutesOld() {
        assertThat(validAt(SIGNED_AT + 300)).isTrue();
    }

    @Test
    void refusesADeliveryMoreThanFiveMinutesOld() {
        assertThat(validAt(SIGNED_AT + 301)).isFalse();
    }

    @Test
    void refusesADeliverySignedMoreThanFiveMinutesAhead() {
        assertThat(validAt(SIGNED_AT - 301)).isFalse();
    }

    @Test
    void refusesADeliveryWhoseTimestampWasChangedToLookRecent() {
        WebhookRequest replayed = withHeader(SlackFixtures.delivery(CHANNEL_MESSAGE),
                "X-Slack-Request-Timestamp", String.valueOf(SIGNED_AT + 3600));

        assertThat(adapterAt(SIGNED_AT + 3600).hasValidSignature(replayed, SECRETS)).isFalse();
    }

    @Test
    void refusesATimestampThatIsNoNumber() {
        WebhookRequest odd = withHeader(SlackFixtures.delivery(CHANNEL_MESSAGE),
                "X-Slack-Request-Timestamp", "1762956208.0");

        assertThat(adapterAt(SIGNED_AT).hasValidSignature(odd, SECRETS)).isFalse();
    }

    @Test
    void refusesADeliveryWithoutASignature() {
        WebhookRequest unsigned = new WebhookRequest(
                Map.of("X-Slack-Request-Timestamp", String.valueOf(SIGNED_AT)),
                SlackFixtures.bytes(CHANNEL_MESSAGE), "https://relay.example.net/");

        assertThat(adapterAt(SIGNED_AT).hasValidSignature(unsigned, SECRETS)).isFalse();
    }

    @Test
    void refusesEveryDeliveryWhenTheConnectionHasNoSigningSecret() {
        Credentials tokenOnly = Credentials.of(SlackCredentials.BOT_TOKEN, SlackFixtures.BOT_TOKEN);

        assertThat(adapterAt(SIGNED_AT)
                .hasValidSignature(SlackFixtures.delivery(CHANNEL_MESSAGE), tokenOnly)).isFalse();
    }

    @Test
    void acceptsWhatSlacksOwnSdkSignsOverRawUtf8() {
        String body = "{\"type\":\"event_callback\",\"event\":{\"text\":\"déploiement prêt 🚀\"}}";
        String timestamp = String.valueOf(SIGNED_AT);
        String signature = new SlackSignature.Generator(SlackFixtures.SIGNING_SECRET)
                .generate(timestamp, body);

        assertThat(adapterAt(SIGNED_AT).hasValidSignature(
                signed(body.getBytes(StandardCharsets.UTF_8), timestamp, signature), SECRETS))
                .isTrue();
    }

    @Test
    void refusesWhatSlacksOwnSdkSignedOnceTheBodyChanged() {
        String body = "{\"type\":\"event_callback\",\"event\":{\"text\":\"pay 10 EUR\"}}";
        String timestamp = String.valueOf(SIGNED_AT);
        String signature = new SlackSignature.Generator(SlackFixtures.SIGNING_SECRET)
                .generate(timestamp, body);
        byte[] changed = body.replace("10", "99").getBytes(StandardCharsets.UTF_8);

        assertThat(adapterAt(SIGNED_AT)
                .hasValidSignature(signed(changed, timestamp, signature), SECRETS)).isFalse();
    }

    @Test
    void signsAsSlacksOwnSdkVerifies() {
        String body = SlackFixtures.text(CHANNEL_MESSAGE);
        String timestamp = String.valueOf(SIGNED_AT);

        String ours = SlackRequestSignature.sign(SlackFixtures.SIGNING_SECRET, timestamp,
                body.getBytes(StandardCharsets.UTF_8));

        SlackSignature.Verifier verifier = new SlackSignature.Verifier(
                new SlackSignature.Generator(SlackFixtures.SIGNING_SECRET));
        assertThat(verifier.isValid(timestamp, body, ours, SIGNED_AT * 1000)).isTrue();
        assertThat(ours).isEqualTo(
                SlackFixtures.meta(CHANNEL_MESSAGE).path("headers").path("X-Slack-Signature")
                        .asText());
    }

    private static boolean validAt(long epochSecond) {
        return adapterAt(epochSecond)
                .hasValidSignature(SlackFixtures.delivery(CHANNEL_MESSAGE), SECRETS);
    }

    private static SlackAdapter adapterAt(long epochSecond) {
        return FakeSlack.offlineAdapter(
                Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    private static WebhookRequest signed(byte[] body, String timestamp, String signature) {
        return new WebhookRequest(Map.of(
                "X-Slack-Request-Timestamp", timestamp, "X-Slack-Signature", signature),
                body, "https://relay.example.net/webhooks/slack/events");
    }

    private static WebhookRequest withHeader(WebhookRequest request, String name, String value) {
        Map<String, String> headers = new HashMap<>(request.headers());
        headers.put(name.toLowerCase(), value);
        return new WebhookRequest(headers, request.body(), request.url());
    }

}
