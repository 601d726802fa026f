package io.outeract.adapters.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.WebhookRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Slack fixtures under {@code src/test/resources/fixtures/slack}: the exact bytes Slack
 * sends or answers, and beside each a {@code .meta.json} with its headers, the signing secret,
 * the time it was signed at and what a reader must extract from it.
 */
final class SlackFixtures {

    static final String SIGNING_SECRET = "e3b5c9a1d07f4e6a8b2c1d0f9e8a7b6c";
    static final String BOT_USER_ID = "U07BT8K2M3P";
    static final String BOT_TOKEN = "xoxb-7719348201-7723915560123-Qz8vK2mW4pL9xR6tN3bY7cH1";

    private static final String FOLDER = "/fixtures/slack/";
    private static final String META = ".meta.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SlackFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = SlackFixtures.class.getResourceAsStream(FOLDER + name + ".json")) {
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
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(META))
                    .map(file -> file.substring(0, file.length() - META.length()))
                    .filter(name -> meta(name).path("headers").has("X-Slack-Signature"))
                    .sorted()
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The delivery as it reached Outeract: the fixture's bytes with the meta's headers. */
    static WebhookRequest delivery(String name) {
        return delivery(name, bytes(name));
    }

    static WebhookRequest delivery(String name, byte[] body) {
        Map<String, String> headers = new HashMap<>();
        meta(name).path("headers").fields().forEachRemaining(
                header -> headers.put(header.getKey(), header.getValue().asText()));
        return new WebhookRequest(headers, body, meta(name).path("url").asText());
    }

    private static Path folder() {
        try {
            return Path.of(SlackFixtures.class.getResource(FOLDER).toURI());
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
