package io.outeract.adapters.email;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.InboundItem;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.contract.common.PlatformAccount;
import io.outeract.contract.inbound.DeliveryState;
import io.outeract.contract.inbound.DeliveryStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * Reads a Mailgun delivery event about a mail we sent. The mail is named by its Message-ID,
 * without brackets as Outeract keeps it; the event is deduplicated on Mailgun's event id.
 *
 * <p>Only final or forward states become statuses: {@code accepted} (sent), {@code delivered},
 * {@code opened} (read) and a permanent {@code failed}. A temporary failure is Mailgun saying it
 * will try again, not that the mail failed, so it is kept raw with the other events (clicks,
 * unsubscribes, complaints).
 */
final class MailgunEvents {

    static final String RAW_KIND_PREFIX = "mailgun.";

    private MailgunEvents() {
    }

    static InboundItem read(JsonNode root, String rawPayload) {
        JsonNode data = root.path("event-data");
        String eventId = text(data.get("id"));
        String event = text(data.get("event"));
        if (eventId == null || event == null) {
            throw new MalformedWebhookException("The Mailgun event has no id or no event name");
        }
        String severity = text(data.get("severity"));
        Instant at = instantOf(data.get("timestamp"));
        String recipient = text(data.get("recipient"));
        PlatformAccount recipientAccount = recipient == null ? null
                : new PlatformAccount(recipient.toLowerCase(Locale.ROOT), null, null, false);
        String messageId = MessageIds.first(
                text(data.path("message").path("headers").get("message-id")));
        DeliveryState state = stateOf(event, severity);

        if (state == null || messageId == null) {
            String kind = RAW_KIND_PREFIX + event + (severity == null ? "" : "." + severity);
            return InboundItem.raw(eventId, kind, recipientAccount, rawPayload, at);
        }
        JsonNode delivery = data.path("delivery-status");
        boolean failed = state == DeliveryState.FAILED;
        return InboundItem.status(eventId, new DeliveryStatus(messageId, state,
                severity == null ? event : event + "/" + severity, recipientAccount,
                failed ? text(delivery.get("code")) : null,
                failed ? describe(delivery, data) : null), at);
    }

    private static DeliveryState stateOf(String event, String severity) {
        return switch (event) {
            case "accepted" -> DeliveryState.SENT;
            case "delivered" -> DeliveryState.DELIVERED;
            case "opened" -> DeliveryState.READ;
            case "failed" -> "permanent".equals(severity) ? DeliveryState.FAILED : null;
            default -> null;
        };
    }

    private static String describe(JsonNode delivery, JsonNode data) {
        String message = text(delivery.get("message"));
        if (message != null && !message.isBlank()) {
            return message;
        }
        String description = text(delivery.get("description"));
        return description != null && !description.isBlank() ? description
                : text(data.get("reason"));
    }

    /** Mailgun's timestamp is seconds with a fraction; a double would round the millis. */
    private static Instant instantOf(JsonNode timestamp) {
        if (timestamp == null || !timestamp.isNumber()) {
            return null;
        }
        BigDecimal seconds = timestamp.decimalValue();
        long whole = seconds.longValue();
        long millis = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(3).longValue();
        return Instant.ofEpochSecond(whole).plusMillis(millis);
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        return node.asText();
    }
}
