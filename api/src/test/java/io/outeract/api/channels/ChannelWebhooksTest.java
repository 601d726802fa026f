package io.outeract.api.channels;

import static io.outeract.api.support.Outeract.data;
import static io.outeract.api.support.Outeract.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.security.RequestValidator;
import io.outeract.api.support.FakeChannels;
import io.outeract.api.support.Outeract;
import io.outeract.api.support.RunningServerTest;
import io.outeract.api.support.Signers;
import io.outeract.api.support.Tenant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Slack, Discord and Twilio deliveries over real HTTP, each to its connection's own webhook
 * URL: every fixture is signed afresh as its platform signs (Slack's SDK signs Slack's; Twilio's
 * RequestValidator checks ours), and is answered and stored as its meta file expects. The
 * fixtures name fixed accounts, live on one connection each, so this class connects them once.
 */
class ChannelWebhooksTest extends RunningServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PUBLIC_BASE = "https://hooks.outeract.test";

    private static Tenant tenant;
    private static final Map<String, String> WEBHOOKS = new HashMap<>();

    @BeforeEach
    void connectTheFixturesAccounts() {
        synchronized (ChannelWebhooksTest.class) {
            if (tenant != null) {
                return;
            }
            tenant = outeract.newTenant();
            WEBHOOKS.put("slack", connect("connectSlackBot", "botToken: \"xoxb-1-test-token\", "
                    + "signingSecret: \"" + meta("slack/message-im").path("secret").asText()
                    + "\""));
            WEBHOOKS.put("discord", connect("connectDiscordBot", "botToken: \"test.bot.token\", "
                    + "publicKey: \"" + discordKey().path("public_key_hex").asText() + "\""));
            WEBHOOKS.put("sms", connect("connectTwilioNumber",
                    "accountSid: \"AC590862a3e0071bfcf82ff9521c7fcc6b\", authToken: \""
                            + meta("sms/inbound-sms").path("secret").asText()
                            + "\", phoneNumber: \"+15555550123\""));
        }
    }

    static Stream<String> signedDeliveries() throws IOException {
        List<String> names = new ArrayList<>();
        for (String platform : List.of("slack", "discord", "sms")) {
            try (Stream<Path> files = Files.list(Path.of("src/test/resources/channels", platform))) {
                files.map(path -> path.getFileName().toString())
                        .filter(name -> name.endsWith(".meta.json"))
                        .map(name -> platform + "/" + name.replace(".meta.json", ""))
                        .filter(name -> meta(name).has("url"))
                        .forEach(names::add);
            }
        }
        return names.stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("signedDeliveries")
    void answersAndStoresEveryDeliveryAsItsPlatformExpects(String fixture) {
        JsonNode expected = meta(fixture).path("expected");
        String platform = fixture.substring(0, fixture.indexOf('/'));

        Outeract.Response answer = deliver(fixture);
        Outeract.Response again = deliver(fixture);

        JsonNode http = expected.path("http_response");
        assertThat(answer.status()).as(new String(answer.raw()))
                .isEqualTo(http.path("status").asInt());
        assertThat(again.status()).isEqualTo(answer.status());
        boolean accepted = answer.status() / 100 == 2;
        if (accepted && http.path("body").isTextual() && !http.path("body").asText().isEmpty()) {
            assertThat(new String(answer.raw())).isEqualTo(http.path("body").asText());
        }
        if (http.path("body").isObject()) {
            assertThat(answer.body()).isEqualTo(http.path("body"));
        }
        if (http.has("acceptable_bodies")) {
            assertThat(http.path("acceptable_bodies")).contains(answer.body());
        }
        if ("accept".equals(expected.path("verdict").asText())
                && expected.hasNonNull("dedupe_key")) {
            String key = platform + ":" + expected.path("dedupe_key").asText();
            JsonNode stored = eventually(() -> eventWithKey(key), found -> found != null);
            assertThat(stored.path("platform").asText()).isEqualTo(platform);
            assertThat(countWithKey(key)).as("a redelivery stores nothing new").isEqualTo(1);
        }
    }

    @Test
    void refusesASlackDeliveryWhoseTimestampIsStale() {
        byte[] body = FakeChannels.fixtureBytes("slack/message-im.json");
        JsonNode meta = meta("slack/message-im");

        Outeract.Response answer = outeract.post(path("slack"), Map.of(
                "X-Slack-Request-Timestamp", meta.path("headers")
                        .path("X-Slack-Request-Timestamp").asText(),
                "X-Slack-Signature", meta.path("headers").path("X-Slack-Signature").asText()),
                body);

        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void refusesATwilioDeliveryThatTwiliosOwnValidatorWouldRefuse() {
        byte[] body = FakeChannels.fixtureBytes("sms/inbound-sms.form");
        String token = meta("sms/inbound-sms").path("secret").asText();
        String url = PUBLIC_BASE + path("sms");
        String ours = Signers.twilio(token, url, body);

        boolean twilioAgrees = new RequestValidator(token)
                .validate(url, Signers.formParameters(body), ours);
        Outeract.Response forged = outeract.post(path("sms"), Map.of("X-Twilio-Signature",
                Signers.twilio(token, url + "?tampered", body),
                "Content-Type", "application/x-www-form-urlencoded"), body);

        assertThat(twilioAgrees).isTrue();
        assertThat(forged.status()).isEqualTo(401);
    }

    @Test
    void refusesATwilioDeliveryThatIsNoForm() {
        byte[] body = "{\"MessageSid\":\"SM1\"}".getBytes(StandardCharsets.UTF_8);
        String token = meta("sms/inbound-sms").path("secret").asText();

        Outeract.Response answer = outeract.post(path("sms"), Map.of("X-Twilio-Signature",
                Signers.twilio(token, PUBLIC_BASE + path("sms"), body),
                "Content-Type", "application/json"), body);

        // Refused whichever check comes first: the form's signature or its shape.
        assertThat(answer.status()).isIn(400, 401);
        assertThat(eventWithKey("sms:SM1")).isNull();
    }

    private Outeract.Response deliver(String fixture) {
        String platform = fixture.substring(0, fixture.indexOf('/'));
        JsonNode meta = meta(fixture);
        byte[] body = bodyOf(fixture);
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", meta.path("headers").path("Content-Type").asText());
        switch (platform) {
            case "slack" -> headers.putAll(Signers.slack(meta.path("secret").asText(), body));
            case "discord" -> {
                boolean forged = "reject".equals(meta.path("expected").path("verdict").asText());
                headers.putAll(Signers.discord(discordKey().path("private_key_pem").asText(),
                        body));
                if (forged) {
                    headers.put("X-Signature-Ed25519", "00".repeat(64));
                }
            }
            case "sms" -> headers.put("X-Twilio-Signature", Signers.twilio(
                    meta.path("secret").asText(), PUBLIC_BASE + path("sms"), body));
            default -> throw new AssertionError(platform);
        }
        meta.path("headers").fields().forEachRemaining(header -> {
            if (header.getKey().startsWith("X-Slack-Retry")) {
                headers.put(header.getKey(), header.getValue().asText());
            }
        });
        return outeract.post(path(platform), headers, body);
    }

    private String connect(String mutation, String arguments) {
        JsonNode connected = data(outeract.admin("mutation { " + mutation + "(applicationId: \""
                + tenant.applicationId() + "\", " + arguments + ") { connection { id } "
                + "webhookUrl } }")).path(mutation);
        return connected.path("webhookUrl").asText();
    }

    private static String path(String platform) {
        return WEBHOOKS.get(platform).replace(PUBLIC_BASE, "");
    }

    private JsonNode eventWithKey(String dedupeKey) {
        List<JsonNode> found = eventsWithKey(dedupeKey);
        return found.isEmpty() ? null : found.get(0);
    }

    private int countWithKey(String dedupeKey) {
        return eventsWithKey(dedupeKey).size();
    }

    private List<JsonNode> eventsWithKey(String dedupeKey) {
        JsonNode edges = data(outeract.developer(tenant.apiKey(),
                "{ events(first: 100) { edges { node { eventType platform payload } } } }"))
                .path("events").path("edges");
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode edge : edges) {
            if (edge.path("node").path("payload").path("dedupeKey").asText().equals(dedupeKey)) {
                found.add(edge.path("node"));
            }
        }
        return found;
    }

    private static byte[] bodyOf(String fixture) {
        for (String extension : List.of(".json", ".form")) {
            Path file = Path.of("src/test/resources/channels", fixture + extension);
            if (Files.exists(file)) {
                return FakeChannels.fixtureBytes(fixture + extension);
            }
        }
        throw new AssertionError("No body for " + fixture);
    }

    private static JsonNode discordKey() {
        return meta("discord/ping").path("secret");
    }

    private static JsonNode meta(String fixture) {
        try {
            return JSON.readTree(FakeChannels.fixtureBytes(fixture + ".meta.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
