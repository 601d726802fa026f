package io.outeract.adapters.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.outeract.adapters.InboundItem;
import io.outeract.adapters.MalformedWebhookException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.Set;

/**
 * One webhook delivery, which for Telegram is always one Update: {@code update_id} and one field
 * naming its kind. Messages and channel posts are read as messages, their edits as edits, and
 * every other kind, including ones Telegram adds later, is kept raw.
 */
final class TelegramUpdateParser {

    private static final Set<String> NEW_MESSAGES = Set.of("message", "channel_post");
    private static final Set<String> EDITED_MESSAGES =
            Set.of("edited_message", "edited_channel_post");
    private static final String UNKNOWN_KIND = "unknown";

    private final ObjectReader reader;

    TelegramUpdateParser(ObjectMapper objectMapper) {
        // Trailing bytes after the object mean the body is not what Telegram sent.
        this.reader = objectMapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    InboundItem parse(byte[] body, String botId) {
        JsonNode update = readUpdate(body);
        String dedupeKey = "telegram:" + botId + ":update:" + updateId(update);
        String kind = kindOf(update);
        JsonNode payload = update.get(kind);

        if (NEW_MESSAGES.contains(kind)) {
            JsonNode message = requireObject(payload, kind);
            return InboundItem.received(dedupeKey, TelegramMessageReader.read(message, botId),
                    JsonValues.epochSeconds(message.get("date")));
        }
        if (EDITED_MESSAGES.contains(kind)) {
            JsonNode message = requireObject(payload, kind);
            return InboundItem.edited(dedupeKey, TelegramMessageReader.read(message, botId),
                    editedAt(message));
        }
        return InboundItem.raw(dedupeKey, kind, TelegramAccounts.actorOf(payload),
                new String(body, StandardCharsets.UTF_8),
                JsonValues.epochSeconds(JsonValues.field(payload, "date")));
    }

    private JsonNode readUpdate(byte[] body) {
        JsonNode update;
        try {
            // Jackson also refuses bytes that are not UTF-8, which Telegram always sends.
            update = reader.readTree(body == null ? new byte[0] : body);
        } catch (IOException unreadable) {
            throw new MalformedWebhookException("The Telegram update is not JSON", unreadable);
        }
        if (update == null || !update.isObject()) {
            throw new MalformedWebhookException("A Telegram update is a JSON object");
        }
        return update;
    }

    private static long updateId(JsonNode update) {
        Long updateId = JsonValues.wholeNumber(update.get("update_id"));
        if (updateId == null) {
            throw new MalformedWebhookException("A Telegram update needs a whole-number update_id");
        }
        return updateId;
    }

    private static String kindOf(JsonNode update) {
        Iterator<String> fields = update.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            if (!field.equals("update_id")) {
                return field;
            }
        }
        return UNKNOWN_KIND;
    }

    private static JsonNode requireObject(JsonNode payload, String kind) {
        if (payload == null || !payload.isObject()) {
            throw new MalformedWebhookException("The " + kind + " of a Telegram update is not "
                    + "an object");
        }
        return payload;
    }

    // An edit keeps the original date; edit_date is when it changed.
    private static Instant editedAt(JsonNode message) {
        Instant editedAt = JsonValues.epochSeconds(message.get("edit_date"));
        return editedAt != null ? editedAt : JsonValues.epochSeconds(message.get("date"));
    }
}
