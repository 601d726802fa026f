package io.outeract.adapters.meta.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.InboundItem;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.contract.common.PlatformAccount;
import io.outeract.contract.inbound.DeliveryState;
import io.outeract.contract.inbound.DeliveryStatus;
import java.time.Instant;
import java.util.Map;

/**
 * WhatsApp's reports on the messages a business number sent. The same message gets one report
 * per state, and the same state may come twice, so message id and state key the report.
 */
final class WhatsAppStatuses {

    private static final Map<String, DeliveryState> STATES = Map.of(
            "sent", DeliveryState.SENT,
            "delivered", DeliveryState.DELIVERED,
            "read", DeliveryState.READ,
            "failed", DeliveryState.FAILED);

    private WhatsAppStatuses() {
    }

    /** A status Outeract has no state for ({@code deleted}, say) is kept raw. */
    static InboundItem read(JsonNode status) {
        String messageId = status.isObject() ? WhatsAppJson.text(status.get("id")) : null;
        String platformStatus = messageId == null ? null : WhatsAppJson.text(status.get("status"));
        if (platformStatus == null) {
            throw new MalformedWebhookException("A WhatsApp status needs its 'id' and 'status'");
        }
        String dedupeKey = "whatsapp:status:" + messageId + ":" + platformStatus;
        PlatformAccount recipient = recipientOf(status);
        Instant at = WhatsAppJson.epochSeconds(status.get("timestamp"));

        DeliveryState state = STATES.get(platformStatus);
        if (state == null) {
            return InboundItem.raw(dedupeKey, "status", recipient, status.toString(), at);
        }
        JsonNode error = status.path("errors").path(0);
        return InboundItem.status(dedupeKey, new DeliveryStatus(messageId, state, platformStatus,
                recipient, codeOf(error), describe(error)), at);
    }

    private static PlatformAccount recipientOf(JsonNode status) {
        String phone = WhatsAppJson.text(status.get("recipient_id"));
        String userId = WhatsAppJson.text(status.get("recipient_user_id"));
        String id = phone != null ? phone : userId;
        return id == null ? null : new PlatformAccount(id, null, null, false);
    }

    private static String codeOf(JsonNode error) {
        JsonNode code = error.get("code");
        return code != null && code.isValueNode() ? code.asText() : null;
    }

    private static String describe(JsonNode error) {
        String title = WhatsAppJson.text(error.get("title"));
        String words = title != null ? title : WhatsAppJson.text(error.get("message"));
        String details = WhatsAppJson.text(error.path("error_data").get("details"));
        if (words == null || details == null || details.equals(words)) {
            return words != null ? words : details;
        }
        return words + ": " + details;
    }
}
