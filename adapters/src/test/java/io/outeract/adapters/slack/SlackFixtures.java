package io.outeract.adapters.slack;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.WebhookRequest;
import io.outeract.adapters.testing.FixtureFiles;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The Slack fixtures under {@code src/test/resources/fixtures/slack}: the exact bytes Slack
 * sends or answers, and beside each a {@code .meta.json} with its headers, the signing secret,
 * the time it was signed at and what a reader must extract from it.
 */
final class SlackFixtures {

    static final String SIGNING_SECRET = "e3b5c9a1d07f4e6a8b2c1d0f9e8a7b6c";
    static final String BOT_USER_ID = "U07BT8K2M3P";
    static final String BOT_TOKEN = "xoxb-7719348201-7723915560123-Qz8vK2mW4pL9xR6tN3bY7cH1";

    private static final FixtureFiles FILES = new FixtureFiles("slack");

    private SlackFixtures() {
    }

    static byte[] bytes(String name) {
        return FILES.bytes(name);
    }

    static String text(String name) {
        return FILES.text(name);
    }

    static JsonNode json(String name) {
        return FILES.json(name);
    }

    static JsonNode meta(String name) {
        return FILES.meta(name);
    }

    static JsonNode expected(String name) {
        return meta(name).path("expected");
    }

    /** The clock of the moment Slack signed the delivery, as its meta gives it. */
    static Clock signedAt(String name) {
        return Clock.fixed(Instant.ofEpochSecond(meta(name).path("now_epoch").asLong()),
                ZoneOffset.UTC);
    }

    /** Fixtures of deliveries from Slack, which carry a signature, as opposed to answers. */
    static List<String> deliveryNames() {
        return FILES.names(meta -> meta.path("headers").has("X-Slack-Signature"));
    }

    /** The delivery as it reached Outeract: the fixture's bytes with the meta's headers. */
    static WebhookRequest delivery(String name) {
        return delivery(name, bytes(name));
    }

    static WebhookRequest delivery(String name, byte[] body) {
        return FILES.webhook(name, body, meta(name).path("url").asText());
    }
}
