package io.outeract.adapters.discord;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.WebhookRequest;
import io.outeract.adapters.testing.FixtureFiles;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

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

    private static final FixtureFiles FILES = new FixtureFiles("discord");

    private DiscordFixtures() {
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
        return FILES.names(meta -> meta.path("headers").has("X-Signature-Ed25519"));
    }

    /** The delivery as it reached Outeract: the fixture's bytes with the meta's headers. */
    static WebhookRequest delivery(String name) {
        return delivery(name, bytes(name));
    }

    static WebhookRequest delivery(String name, byte[] body) {
        return FILES.webhook(name, body, meta(name).path("url").asText());
    }
}
