package io.outeract.adapters.meta.whatsapp;

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
 * The WhatsApp fixtures under {@code src/test/resources/fixtures/whatsapp}: the exact bytes Meta
 * sends and answers, and beside each a {@code .meta.json} with its headers, the app secret that
 * signed it and what a reader must extract from it.
 */
final class WhatsAppFixtures {

    static final String WABA_ID = "104839275610482";
    static final String PHONE_NUMBER_ID = "118204573395061";
    static final String WEBHOOK_URL = "https://hooks.example.com/webhooks/meta";

    private static final String FOLDER = "/fixtures/whatsapp/";
    private static final String META = ".meta.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private WhatsAppFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in =
                WhatsAppFixtures.class.getResourceAsStream(FOLDER + name + ".json")) {
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

    static JsonNode expectedEvents(String name) {
        return meta(name).path("expected").path("events");
    }

    /** Fixtures of deliveries from Meta, as opposed to answers of its API. */
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
        URL folder = WhatsAppFixtures.class.getResource(FOLDER);
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
