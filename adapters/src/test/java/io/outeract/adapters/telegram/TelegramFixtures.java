package io.outeract.adapters.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.WebhookRequest;
import io.outeract.adapters.testing.FixtureFiles;
import java.util.List;

/**
 * The Telegram fixtures under {@code src/test/resources/fixtures/telegram}: the exact bytes
 * Telegram sends, and beside each a {@code .meta.json} with its headers and what a reader must
 * extract from it.
 */
final class TelegramFixtures {

    static final String BOT_ID = "7391056284";
    static final String SECRET_TOKEN = "hlb-tg_Q7x2LmN9pR4vK8sTz3Wd";
    static final String WEBHOOK_URL = "https://hooks.example.com/telegram/7391056284";

    private static final FixtureFiles FILES = new FixtureFiles("telegram");

    private TelegramFixtures() {
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

    /** The one event the meta expects: every Telegram delivery holds one update. */
    static JsonNode expected(String name) {
        JsonNode events = meta(name).path("expected").path("events");
        if (events.size() != 1) {
            throw new IllegalStateException(name + " should expect exactly one event");
        }
        return events.get(0);
    }

    /** Fixtures of deliveries from Telegram, as opposed to answers of its API. */
    static List<String> webhookNames() {
        return FILES.names(meta -> meta.path("kind").asText().equals("webhook"));
    }

    /** The delivery as it reached Outeract: the fixture's bytes with the meta's headers. */
    static WebhookRequest webhook(String name) {
        return FILES.webhook(name, bytes(name), WEBHOOK_URL);
    }
}
