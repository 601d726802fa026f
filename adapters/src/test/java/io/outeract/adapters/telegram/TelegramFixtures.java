package io.outeract.adapters.telegram;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Telegram fixtures under {@code src/test/resources/fixtures/telegram}: the exact bytes
 * Telegram sends, and beside each a {@code .meta.json} with its headers and what a reader must
 * extract from it.
 */
final class TelegramFixtures {

    static final String BOT_ID = "7391056284";
    static final String SECRET_TOKEN = "hlb-tg_Q7x2LmN9pR4vK8sTz3Wd";
    static final String WEBHOOK_URL = "https://hooks.example.com/telegram/7391056284";

    private static final String FOLDER = "/fixtures/telegram/";
    private static final String META = ".meta.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private TelegramFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = TelegramFixtures.class.getResourceAsStream(FOLDER + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("There is no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static JsonNode json(String name) {
        return readTree(bytes(name));
    }

    static JsonNode meta(String name) {
        return readTree(bytes(name + ".meta"));
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
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(META))
                    .map(file -> file.substring(0, file.length() - META.length()))
                    .filter(name -> meta(name).path("kind").asText().equals("webhook"))
                    .sorted()
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The delivery as it reached Outeract: the fixture's bytes with the meta's headers. */
    static WebhookRequest webhook(String name) {
        Map<String, String> headers = new HashMap<>();
        meta(name).path("headers").fields().forEachRemaining(
                header -> headers.put(header.getKey(), header.getValue().asText()));
        return new WebhookRequest(headers, bytes(name), WEBHOOK_URL);
    }

    private static Path folder() {
        URL folder = TelegramFixtures.class.getResource(FOLDER);
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
}
