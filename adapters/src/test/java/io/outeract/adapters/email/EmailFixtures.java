package io.outeract.adapters.email;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.ConnectionContext;
import io.outeract.adapters.WebhookRequest;
import io.outeract.adapters.testing.FixtureFiles;
import io.outeract.contract.common.Credentials;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The email fixtures under {@code src/test/resources/fixtures/email}: the exact bodies Mailgun
 * posts, each with a {@code .meta.json} holding its headers, its signature and what a reader
 * must make of it; an outbound message; and SMTP session transcripts.
 */
final class EmailFixtures {

    static final String SIGNING_KEY = "4b8e2f6a9c1d3e7f5a0b8c2d6e4f1a3b";
    static final String MAILBOX = "support@mg.example.com";
    static final ConnectionContext CONNECTION = new ConnectionContext(
            UUID.fromString("6f1c2e7a-0000-4000-8000-00000000e3a1"), MAILBOX);
    static final Credentials SECRETS =
            Credentials.of(EmailCredentials.MAILGUN_SIGNING_KEY, SIGNING_KEY);

    private static final FixtureFiles FILES = new FixtureFiles("email");
    private static final List<String> BODY_KINDS = List.of(".form", ".multipart", ".json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private EmailFixtures() {
    }

    /** A clock a minute after Mailgun signed the fixture. */
    static Clock clockAfter(String name) {
        long signedAt = meta(name).path("signature_fields").path("timestamp").asLong();
        return Clock.fixed(Instant.ofEpochSecond(signedAt).plusSeconds(60), ZoneOffset.UTC);
    }

    static EmailAdapter adapterFor(String name) {
        return new EmailAdapter(JSON, clockAfter(name), SmtpTimeouts.DEFAULT);
    }

    /** The fixtures of posts Mailgun makes, as opposed to answers of its API. */
    static List<String> webhookNames() {
        return FILES.names(meta -> meta.has("signature_fields"));
    }

    static JsonNode meta(String name) {
        return FILES.meta(name);
    }

    static JsonNode expected(String name) {
        return meta(name).path("expected");
    }

    /** The post as it reached Outeract: the fixture's exact bytes with the meta's headers. */
    static WebhookRequest webhook(String name) {
        return webhook(name, body(name));
    }

    static WebhookRequest webhook(String name, byte[] body) {
        return FILES.webhook(name, body, meta(name).path("url").asText());
    }

    static byte[] body(String name) {
        for (String kind : BODY_KINDS) {
            if (FILES.has(name + kind)) {
                return bytes(name + kind);
            }
        }
        throw new IllegalArgumentException("There is no body for the fixture " + name);
    }

    static String text(String file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String file) {
        return FILES.file(file);
    }
}
