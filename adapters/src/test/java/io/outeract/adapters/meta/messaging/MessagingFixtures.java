package io.outeract.adapters.meta.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.WebhookRequest;
import io.outeract.adapters.testing.FixtureFiles;
import java.util.ArrayList;
import java.util.List;

/**
 * The Messenger or Instagram fixtures under {@code src/test/resources/fixtures/<platform>}: the
 * exact bytes Meta sends, and beside each a {@code .meta.json} with its headers, its secret and
 * what a reader must extract from it.
 */
final class MessagingFixtures {

    static final MessagingFixtures MESSENGER = new MessagingFixtures("messenger");
    static final MessagingFixtures INSTAGRAM = new MessagingFixtures("instagram");

    static final String PAGE_ID = "104392817746251";
    static final String SECOND_PAGE_ID = "112087345591026";
    static final String INSTAGRAM_ACCOUNT_ID = "17841463928107755";
    static final String WEBHOOK_URL = "https://hooks.example.com/meta";

    private final String platform;
    private final FixtureFiles files;

    private MessagingFixtures(String platform) {
        this.platform = platform;
        this.files = new FixtureFiles(platform);
    }

    static MessagingFixtures of(String platform) {
        return platform.equals("messenger") ? MESSENGER : INSTAGRAM;
    }

    String platform() {
        return platform;
    }

    byte[] bytes(String name) {
        return files.bytes(name);
    }

    String text(String name) {
        return files.text(name);
    }

    JsonNode json(String name) {
        return files.json(name);
    }

    JsonNode meta(String name) {
        return files.meta(name);
    }

    List<JsonNode> expectedEvents(String name) {
        List<JsonNode> events = new ArrayList<>();
        meta(name).path("expected").path("events").forEach(events::add);
        return events;
    }

    /** Fixtures of deliveries from Meta, as opposed to answers of its API. */
    List<String> webhookNames() {
        return names("webhook");
    }

    /** Fixtures of the Graph API's answers and of the requests Outeract sends. */
    List<String> apiNames() {
        return names("api");
    }

    /** The delivery as it reached Outeract: the fixture's bytes with the meta's headers. */
    WebhookRequest webhook(String name) {
        return files.webhook(name, bytes(name), WEBHOOK_URL);
    }

    private List<String> names(String kind) {
        return files.names(meta -> meta.path("kind").asText().equals(kind));
    }

    @Override
    public String toString() {
        return platform;
    }
}
