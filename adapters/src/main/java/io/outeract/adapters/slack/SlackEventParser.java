package io.outeract.adapters.slack;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.outeract.adapters.InboundItem;
import io.outeract.adapters.MalformedWebhookException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One delivery of the Events API: an {@code event_callback} wrapping one event, the
 * {@code url_verification} handshake (answered, never stored), or a kind of delivery Outeract
 * does not know, kept raw. The dedupe key is {@code slack:<event_id>}: Slack's retries of a
 * delivery carry the same event_id, and the prefix keeps it apart from other platforms' keys in
 * the one table of receipts.
 */
final class SlackEventParser {

    static final String URL_VERIFICATION = "url_verification";
    private static final String EVENT_CALLBACK = "event_callback";

    private final ObjectReader reader;

    SlackEventParser(ObjectMapper objectMapper) {
        this.reader = objectMapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    List<InboundItem> parse(byte[] body, String botUserId) {
        JsonNode delivery = read(body);
        String type = SlackJson.text(delivery.get("type"));
        if (type == null) {
            throw new MalformedWebhookException("A Slack delivery needs its type");
        }
        if (type.equals(URL_VERIFICATION)) {
            return List.of();
        }
        String rawPayload = new String(body, StandardCharsets.UTF_8);
        if (!type.equals(EVENT_CALLBACK)) {
            return List.of(InboundItem.raw(dedupeKeyOf(delivery, body), type, null, rawPayload,
                    SlackJson.epochSeconds(delivery.get("event_time"))));
        }

        String eventId = SlackJson.text(delivery.get("event_id"));
        JsonNode event = delivery.get("event");
        if (eventId == null || event == null || !event.isObject()) {
            throw new MalformedWebhookException("A Slack event_callback needs event_id and event");
        }
        return List.of(new SlackEventReader(delivery, event, "slack:" + eventId, botUserId,
                rawPayload).read());
    }

    /** Whether the delivery is the handshake, whose challenge is answered before parsing. */
    JsonNode handshake(byte[] body) {
        JsonNode delivery;
        try {
            delivery = read(body);
        } catch (MalformedWebhookException notJson) {
            return null;
        }
        return URL_VERIFICATION.equals(SlackJson.text(delivery.get("type"))) ? delivery : null;
    }

    private JsonNode read(byte[] body) {
        JsonNode delivery;
        try {
            // Jackson also refuses bytes that are not UTF-8, which Slack always sends.
            delivery = reader.readTree(body == null ? new byte[0] : body);
        } catch (IOException unreadable) {
            throw new MalformedWebhookException("The Slack delivery is not JSON", unreadable);
        }
        if (delivery == null || !delivery.isObject()) {
            throw new MalformedWebhookException("A Slack delivery is a JSON object");
        }
        return delivery;
    }

    // Deliveries other than events (app_rate_limited, say) may have no event_id: their bytes
    // are their identity, so the same delivery retried is still recorded once.
    private static String dedupeKeyOf(JsonNode delivery, byte[] body) {
        String eventId = SlackJson.text(delivery.get("event_id"));
        if (eventId != null) {
            return "slack:" + eventId;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "slack:body:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
