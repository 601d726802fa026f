package io.outeract.adapters.discord;

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
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Discord fixtures under {@code src/test/resources/fixtures/discord}: the exact bytes
 * Discord sends or answers, and beside each a {@code .meta.json} with its headers, the
 * application's key pair and what a reader must extract from it.
 */
final class DiscordFixtures {

    static final String APPLICATION_ID = "1290965432643092481";
    static final String PUBLIC_KEY =
            "2fb3d7ea655fae77c566b44718188d5dbcc4dabe22a718f74095a6957dede529";
    static final String BOT_TOKEN =
            "MTI5MTc4NzY1NDMyMTA5ODc2NQ.GxYz12.aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcd";

    private static final String FOLDER = "/fixtures/discord/";
    private static final String META = ".meta.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DiscordFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = DiscordFixtures.class.getResourceAsStream(FOLDER + name + ".json")) {
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

    /** The clock of the moment Discord signed the delivery. */
    static Clock signedAt(String name) {
        long timestamp = meta(name).path("headers").path("X-Signature-Timestamp").asLong();
        return Clock.fixed(Instant.ofEpochSecond(timestamp), ZoneOffset.UTC);
    }

    /** The fixtures' private key, given in their metas so that tests can sign new bodies. */
    static PrivateKey privateKey() {
        String pem = meta("ping").path("secret").path("private_key_pem").asText()
                .replace("-----BEGIN PRIVATE KEY-----", "")
                .replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (GeneralSecurityException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** Fixtures of deliveries from Discord, which carry a signature, as opposed to answers. */
    static List<String> deliveryNames() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(META))
                    .map(file -> file.substring(0, file.length() - META.length()))
                    .filter(name -> meta(name).path("headers").has("X-Signature-Ed25519"))
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
            return Path.of(DiscordFixtures.class.getResource(FOLDER).toURI());
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
