package io.outeract.adapters.sms;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Twilio fixtures under {@code src/test/resources/fixtures/sms}: the exact form bodies
 * Twilio posts ({@code .form}) and the answers of its API ({@code .json}), and beside each a
 * {@code .meta.json} with its headers, the URL Twilio signed and what a reader must extract.
 */
final class SmsFixtures {

    static final String AUTH_TOKEN = "e234b2eb0764f8ff4ef645b910e015be";
    static final String ACCOUNT_SID = "AC590862a3e0071bfcf82ff9521c7fcc6b";
    static final String OUR_NUMBER = "+15555550123";

    private static final String FOLDER = "/fixtures/sms/";
    private static final String META = ".meta.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SmsFixtures() {
    }

    /** The bytes of {@code name.form}, or of {@code name.json} when there is no form. */
    static byte[] bytes(String name) {
        byte[] form = resource(name + ".form");
        return form != null ? form : required(resource(name + ".json"), name);
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static JsonNode meta(String name) {
        return readTree(required(resource(name + META), name));
    }

    static JsonNode expected(String name) {
        return meta(name).path("expected");
    }

    /** Fixtures of webhooks Twilio signed, as opposed to our requests and its answers. */
    static List<String> webhookNames() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(META))
                    .map(file -> file.substring(0, file.length() - META.length()))
                    .filter(name -> meta(name).path("headers").has("X-Twilio-Signature"))
                    .sorted()
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The webhook as it reached Outeract: the fixture's bytes, headers and signed URL. */
    static WebhookRequest webhook(String name) {
        return webhook(name, bytes(name), meta(name).path("url").asText());
    }

    static WebhookRequest webhook(String name, byte[] body, String url) {
        Map<String, String> headers = new HashMap<>();
        meta(name).path("headers").fields().forEachRemaining(
                header -> headers.put(header.getKey(), header.getValue().asText()));
        return new WebhookRequest(headers, body, url);
    }

    private static byte[] resource(String file) {
        try (InputStream in = SmsFixtures.class.getResourceAsStream(FOLDER + file)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static byte[] required(byte[] bytes, String name) {
        if (bytes == null) {
            throw new IllegalArgumentException("There is no fixture " + name);
        }
        return bytes;
    }

    private static Path folder() {
        try {
            return Path.of(SmsFixtures.class.getResource(FOLDER).toURI());
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
