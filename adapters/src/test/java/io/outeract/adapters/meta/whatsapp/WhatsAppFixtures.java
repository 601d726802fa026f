package io.outeract.adapters.meta.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.WebhookRequest;
import io.outeract.adapters.testing.FixtureFiles;
import java.util.List;

/**
 * The WhatsApp fixtures under {@code src/test/resources/fixtures/whatsapp}: the exact bytes Meta
 * sends and answers, and beside each a {@code .meta.json} with its headers, the app secret that
 * signed it and what a reader must extract from it.
 */
final class WhatsAppFixtures {

    static final String WABA_ID = "104839275610482";
    static final String PHONE_NUMBER_ID = "118204573395061";
    static final String WEBHOOK_URL = "https://hooks.example.com/webhooks/meta";

    private static final FixtureFiles FILES = new FixtureFiles("whatsapp");

    private WhatsAppFixtures() {
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

    static JsonNode expectedEvents(String name) {
        return meta(name).path("expected").path("events");
    }

    /** Fixtures of deliveries from Meta, as opposed to answers of its API. */
    static List<String> webhookNames() {
        return FILES.names(meta -> meta.path("kind").asText().equals("webhook"));
    }

    /** The delivery as it reached Outeract: the fixture's bytes with the meta's headers. */
    static WebhookRequest webhook(String name) {
        return FILES.webhook(name, bytes(name), WEBHOOK_URL);
    }
}
