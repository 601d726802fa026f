package io.outeract.adapters.sms;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.WebhookRequest;
import io.outeract.adapters.testing.FixtureFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Twilio fixtures under {@code src/test/resources/fixtures/sms}: the exact form bodies
 * Twilio posts ({@code .form}) and the answers of its API ({@code .json}), and beside each a
 * {@code .meta.json} with its headers, the URL Twilio signed and what a reader must extract.
 */
final class SmsFixtures {

    static final String AUTH_TOKEN = "e234b2eb0764f8ff4ef645b910e015be";
    static final String ACCOUNT_SID = "AC590862a3e0071bfcf82ff9521c7fcc6b";
    static final String OUR_NUMBER = "+15555550123";

    private static final FixtureFiles FILES = new FixtureFiles("sms");

    private SmsFixtures() {
    }

    /** The bytes of {@code name.form}, or of {@code name.json} when there is no form. */
    static byte[] bytes(String name) {
        return FILES.has(name + ".form") ? FILES.file(name + ".form") : FILES.bytes(name);
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static JsonNode meta(String name) {
        return FILES.meta(name);
    }

    static JsonNode expected(String name) {
        return meta(name).path("expected");
    }

    /** Fixtures of webhooks Twilio signed, as opposed to our requests and its answers. */
    static List<String> webhookNames() {
        return FILES.names(meta -> meta.path("headers").has("X-Twilio-Signature"));
    }

    /** The webhook as it reached Outeract: the fixture's bytes, headers and signed URL. */
    static WebhookRequest webhook(String name) {
        return webhook(name, bytes(name), meta(name).path("url").asText());
    }

    static WebhookRequest webhook(String name, byte[] body, String url) {
        return FILES.webhook(name, body, url);
    }
}
