package io.outeract.adapters.meta.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.WebhookRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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

    private static final String META = ".meta.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String platform;

    private MessagingFixtures(String platform) {
        this.platform = platform;
    }

    static MessagingFixtures of(String platform) {
        return platform.equals("messenger") ? MESSENGER : INSTAGRAM;
    }

    String platform() {
        return platform;
    }

    byte[] bytes(String name) {
        String path = folder() + name + ".json";
        try (InputStream in = MessagingFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("There is no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    JsonNode json(String name) {
        return readTree(bytes(name));
    }

    JsonNode meta(String name) {
        return readTree(bytes(name + ".meta"));
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
        Map<String, String> headers = new HashMap<>();
        meta(name).path("headers").fields().forEachRemaining(
                header -> headers.put(header.getKey(), header.getValue().asText()));
        return new WebhookRequest(headers, bytes(name), WEBHOOK_URL);
    }

    private List<String> names(String kind) {
        try (Stream<Path> files = Files.list(directory())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(META))
                    .map(file -> file.substring(0, file.length() - META.length()))
                    .filter(name -> meta(name).path("kind").asText().equals(kind))
                    .sorted()
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private String folder() {
        return "/fixtures/" + platform + "/";
    }

    private Path directory() {
        URL folder = MessagingFixtures.class.getResource(folder());
        try {
            return Path.of(folder.toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static JsonNode readTree(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @Override
    public String toString() {
        return platform;
    }
}
