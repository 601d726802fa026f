package io.outeract.adapters.discord;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.outeract.adapters.InboundItem;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.contract.common.PlatformAccount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One Discord delivery: an interaction (it carries a {@code token}) or a Webhook Event (an
 * envelope with {@code version} and an optional {@code event}). Commands, component clicks and
 * modal submits are received messages keyed {@code discord:<interaction id>}; pings store
 * nothing; every other interaction or event is kept raw. Events have no id: their bytes are
 * their identity, so Discord's redelivery of one is recorded once.
 */
final class DiscordWebhookParser {

    static final int PING = 1;
    static final int APPLICATION_COMMAND = 2;
    static final int MESSAGE_COMPONENT = 3;
    static final int AUTOCOMPLETE = 4;
    static final int MODAL_SUBMIT = 5;
    static final int EVENT_PING = 0;

    private final ObjectReader reader;

    DiscordWebhookParser(ObjectMapper objectMapper) {
        this.reader = objectMapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    List<InboundItem> parse(byte[] body, String applicationId) {
        JsonNode delivery = read(body);
        if (!isInteraction(delivery)) {
            return event(delivery, body);
        }
        int type = typeOf(delivery);
        if (type == PING) {
            return List.of();
        }
        String id = DiscordJson.snowflake(delivery.get("id"), "interaction id");
        String dedupeKey = "discord:" + id;
        return switch (type) {
            case APPLICATION_COMMAND -> List.of(InboundItem.received(dedupeKey,
                    DiscordInteractionReader.command(delivery, applicationId),
                    DiscordJson.timeOf(id)));
            case MESSAGE_COMPONENT -> List.of(InboundItem.received(dedupeKey,
                    DiscordInteractionReader.component(delivery, applicationId),
                    DiscordJson.timeOf(id)));
            case MODAL_SUBMIT -> List.of(InboundItem.received(dedupeKey,
                    DiscordInteractionReader.modal(delivery, applicationId),
                    DiscordJson.timeOf(id)));
            default -> List.of(InboundItem.raw(dedupeKey, rawKindOf(type), actorOf(delivery),
                    new String(body, StandardCharsets.UTF_8), DiscordJson.timeOf(id)));
        };
    }

    JsonNode read(byte[] body) {
        JsonNode delivery;
        try {
            // Jackson also refuses bytes that are not UTF-8, which Discord always sends.
            delivery = reader.readTree(body == null ? new byte[0] : body);
        } catch (IOException unreadable) {
            throw new MalformedWebhookException("The Discord delivery is not JSON", unreadable);
        }
        if (delivery == null || !delivery.isObject()) {
            throw new MalformedWebhookException("A Discord delivery is a JSON object");
        }
        return delivery;
    }

    /** Interactions carry a continuation token; Webhook Events never do. */
    static boolean isInteraction(JsonNode delivery) {
        return delivery.has("token");
    }

    static int typeOf(JsonNode delivery) {
        JsonNode type = delivery.get("type");
        if (type == null || !type.isInt()) {
            throw new MalformedWebhookException("A Discord delivery needs a whole-number type");
        }
        return type.intValue();
    }

    private static List<InboundItem> event(JsonNode envelope, byte[] body) {
        if (typeOf(envelope) == EVENT_PING) {
            return List.of();
        }
        JsonNode event = envelope.path("event");
        String eventType = DiscordJson.text(event.get("type"));
        String kind = eventType == null ? "webhook_event" : eventType.toLowerCase(Locale.ROOT);
        JsonNode user = event.path("data").path("user");
        PlatformAccount actor = DiscordJson.isSnowflake(DiscordJson.text(user.get("id")))
                ? new PlatformAccount(user.get("id").textValue(),
                        DiscordJson.text(user.get("global_name")),
                        DiscordJson.text(user.get("username")), false)
                : null;
        return List.of(InboundItem.raw("discord:event:" + sha256(body), kind, actor,
                new String(body, StandardCharsets.UTF_8),
                eventTime(DiscordJson.text(event.get("timestamp")))));
    }

    // The documented examples have no zone: UTC is assumed, as Discord's other times are.
    private static Instant eventTime(String timestamp) {
        if (timestamp == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(timestamp).toInstant();
        } catch (DateTimeParseException noZone) {
            try {
                return LocalDateTime.parse(timestamp).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notATime) {
                throw new MalformedWebhookException("The Discord event's timestamp '"
                        + timestamp + "' is no time");
            }
        }
    }

    private static String rawKindOf(int type) {
        return type == AUTOCOMPLETE ? "autocomplete" : "interaction_" + type;
    }

    private static PlatformAccount actorOf(JsonNode interaction) {
        try {
            return DiscordInteractionReader.senderOf(interaction);
        } catch (MalformedWebhookException nobody) {
            return null;
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
