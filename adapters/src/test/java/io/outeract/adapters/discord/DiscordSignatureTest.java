package io.outeract.adapters.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.outeract.adapters.WebhookRequest;
import io.outeract.contract.common.Credentials;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A delivery is Discord's when an Ed25519 signature by the application's key holds over its
 * timestamp and exact bytes, signed within five minutes of now; the JDK's own signer makes
 * fresh keys and signatures to check ours with.
 */
class DiscordSignatureTest {

    private static final long NOW = 1762957212L;
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
    private static final byte[] BODY = DiscordFixtures.bytes("slash-command-guild");

    static List<String> deliveries() {
        return DiscordFixtures.deliveryNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deliveries")
    void judgesEachDeliveryAsItsMetaExpects(String name) {
        Credentials secrets = Credentials.of(DiscordCredentials.PUBLIC_KEY,
                DiscordFixtures.meta(name).path("secret").path("public_key_hex").asText());
        boolean accept = DiscordFixtures.expected(name).path("verdict").asText().equals("accept");

        assertThat(FakeDiscord.offlineAdapter(DiscordFixtures.signedAt(name))
                .hasValidSignature(DiscordFixtures.delivery(name), secrets)).isEqualTo(accept);
    }

    @Test
    void refusesTheForgedProbeEvenThoughItIsAValidSignatureByAnotherKey() {
        assertThat(FakeDiscord.offlineAdapter(DiscordFixtures.signedAt("ping-invalid-signature"))
                .hasValidSignature(DiscordFixtures.delivery("ping-invalid-signature"),
                        FakeDiscord.botCredentials())).isFalse();
    }

    @Test
    void acceptsANewBodySignedWithTheFixturesPrivateKey() {
        byte[] body = "{\"type\":1,\"token\":\"t\",\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8);

        WebhookRequest request = signed(DiscordFixtures.privateKey(), String.valueOf(NOW), body);

        assertThat(adapter().hasValidSignature(request, FakeDiscord.botCredentials())).isTrue();
    }

    @Test
    void acceptsASignatureByAFreshKeyPairUnderItsPublicKey() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();

        WebhookRequest request = signed(pair.getPrivate(), String.valueOf(NOW), BODY);

        assertThat(adapter().hasValidSignature(request, keyOf(pair))).isTrue();
        assertThat(adapter().hasValidSignature(request, FakeDiscord.botCredentials())).isFalse();
    }

    @Test
    void refusesABodyChangedAfterSigning() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        WebhookRequest request = signed(pair.getPrivate(), String.valueOf(NOW), BODY);
        byte[] changed = Arrays.copyOf(BODY, BODY.length);
        changed[changed.length / 2] ^= 0x01;

        WebhookRequest tampered = new WebhookRequest(request.headers(), changed, request.url());

        assertThat(adapter().hasValidSignature(tampered, keyOf(pair))).isFalse();
    }

    @Test
    void refusesASignatureMovedToAnotherTimestamp() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        WebhookRequest request = signed(pair.getPrivate(), String.valueOf(NOW), BODY);

        WebhookRequest moved = new WebhookRequest(Map.of(
                "X-Signature-Ed25519", request.header("X-Signature-Ed25519"),
                "X-Signature-Timestamp", String.valueOf(NOW + 1)), BODY, request.url());

        assertThat(adapter().hasValidSignature(moved, keyOf(pair))).isFalse();
    }

    @Test
    void refusesADeliverySignedMoreThanFiveMinutesAgo() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();

        assertThat(adapter().hasValidSignature(
                signed(pair.getPrivate(), String.valueOf(NOW - 300), BODY), keyOf(pair)))
                .isTrue();
        assertThat(adapter().hasValidSignature(
                signed(pair.getPrivate(), String.valueOf(NOW - 301), BODY), keyOf(pair)))
                .isFalse();
        assertThat(adapter().hasValidSignature(
                signed(pair.getPrivate(), String.valueOf(NOW + 301), BODY), keyOf(pair)))
                .isFalse();
    }

    @Test
    void refusesASignatureThatIsNoHex() {
        WebhookRequest request = new WebhookRequest(Map.of(
                "X-Signature-Ed25519", "zz".repeat(64),
                "X-Signature-Timestamp", String.valueOf(NOW)), BODY, "https://relay.example.net/");

        assertThat(adapter().hasValidSignature(request, FakeDiscord.botCredentials())).isFalse();
    }

    @Test
    void refusesEveryDeliveryUnderAKeyThatIsNoKey() {
        Credentials shortKey = Credentials.of(DiscordCredentials.PUBLIC_KEY, "2fb3d7ea");

        assertThat(FakeDiscord.offlineAdapter(DiscordFixtures.signedAt("ping"))
                .hasValidSignature(DiscordFixtures.delivery("ping"), shortKey)).isFalse();
    }

    @Test
    void refusesADeliveryWithoutSignatureHeaders() {
        WebhookRequest unsigned = new WebhookRequest(Map.of(), BODY, "https://relay.example.net/");

        assertThat(adapter().hasValidSignature(unsigned, FakeDiscord.botCredentials())).isFalse();
    }

    private static DiscordAdapter adapter() {
        return FakeDiscord.offlineAdapter(CLOCK);
    }

    /** The raw 32 bytes of a JDK public key are the last 32 of its X.509 encoding. */
    private static Credentials keyOf(KeyPair pair) {
        byte[] encoded = pair.getPublic().getEncoded();
        byte[] raw = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
        return Credentials.of(DiscordCredentials.PUBLIC_KEY, HexFormat.of().formatHex(raw));
    }

    private static WebhookRequest signed(PrivateKey key, String timestamp, byte[] body) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(timestamp.getBytes(StandardCharsets.UTF_8));
            signer.update(body);
            return new WebhookRequest(Map.of(
                    "X-Signature-Ed25519", HexFormat.of().formatHex(signer.sign()),
                    "X-Signature-Timestamp", timestamp),
                    body, "https://relay.example.net/webhooks/discord/interactions");
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
