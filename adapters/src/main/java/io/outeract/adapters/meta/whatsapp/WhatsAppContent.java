package io.outeract.adapters.meta.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.contract.common.Attachment;
import io.outeract.contract.inbound.ReceivedMessage.Choice;
import io.outeract.contract.inbound.ReceivedMessage.Location;
import io.outeract.contract.inbound.ReceivedMessage.SharedContact;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a WhatsApp message holds, by its {@code type}: a text, a media item with its caption, a
 * place, contact cards, a button or list row the user picked. {@code kind} becomes the received
 * message's content kind.
 */
record WhatsAppContent(
        String kind,
        String text,
        List<Attachment> attachments,
        Location location,
        List<SharedContact> contacts,
        Choice choice) {

    private static final Set<String> MEDIA = Set.of("image", "video", "audio", "document",
            "sticker");
    private static final String CHOICE = "interactive_reply";

    /**
     * Empty for a type Outeract does not read as a message: a reaction, which is about another
     * message and has no content of its own, an order, a system notice.
     */
    static Optional<WhatsAppContent> of(String type, JsonNode message) {
        if (type == null) {
            return Optional.empty();
        }
        if (MEDIA.contains(type)) {
            return media(type, message.get(type));
        }
        return switch (type) {
            case "text" -> Optional.of(text(WhatsAppJson.text(message.path("text").get("body"))));
            case "location" -> location(message.get("location"));
            case "contacts" -> contacts(message.get("contacts"));
            case "interactive" -> interactive(message.path("interactive"));
            case "button" -> templateButton(message.path("button"));
            // A real message that WhatsApp could not hand over: kept, to show a placeholder.
            case "unsupported" -> Optional.of(
                    new WhatsAppContent("unsupported", null, null, null, null, null));
            default -> Optional.empty();
        };
    }

    private static WhatsAppContent text(String body) {
        return new WhatsAppContent("text", body, null, null, null, null);
    }

    // The sha256 stays as WhatsApp gave it (base64); a download checks the bytes against it.
    private static Optional<WhatsAppContent> media(String type, JsonNode media) {
        if (media == null || !media.isObject()) {
            return Optional.empty();
        }
        Attachment attachment = new Attachment(
                type,
                WhatsAppJson.text(media.get("id")),
                WhatsAppJson.text(media.get("mime_type")),
                WhatsAppJson.text(media.get("filename")),
                null,
                WhatsAppJson.text(media.get("url")),
                WhatsAppJson.text(media.get("sha256")));
        return Optional.of(new WhatsAppContent(type, WhatsAppJson.text(media.get("caption")),
                List.of(attachment), null, null, null));
    }

    private static Optional<WhatsAppContent> location(JsonNode place) {
        if (place == null || !place.path("latitude").isNumber()
                || !place.path("longitude").isNumber()) {
            return Optional.empty();
        }
        Location location = new Location(
                place.path("latitude").doubleValue(),
                place.path("longitude").doubleValue(),
                WhatsAppJson.text(place.get("name")),
                WhatsAppJson.text(place.get("address")));
        return Optional.of(new WhatsAppContent("location", null, null, location, null, null));
    }

    private static Optional<WhatsAppContent> contacts(JsonNode cards) {
        if (cards == null || !cards.isArray()) {
            return Optional.empty();
        }
        List<SharedContact> contacts = new ArrayList<>();
        for (JsonNode card : cards) {
            contacts.add(new SharedContact(
                    WhatsAppJson.text(card.path("name").get("formatted_name")),
                    valuesOf(card.path("phones"), "phone"),
                    valuesOf(card.path("emails"), "email")));
        }
        return Optional.of(new WhatsAppContent("contacts", null, null, null, contacts, null));
    }

    /** Flows ({@code nfm_reply}) and other kinds of reply are kept raw. */
    private static Optional<WhatsAppContent> interactive(JsonNode interactive) {
        String replyType = WhatsAppJson.text(interactive.get("type"));
        if (!"button_reply".equals(replyType) && !"list_reply".equals(replyType)) {
            return Optional.empty();
        }
        JsonNode reply = interactive.path(replyType);
        Choice choice = new Choice(
                WhatsAppJson.text(reply.get("id")),
                WhatsAppJson.text(reply.get("title")),
                WhatsAppJson.text(reply.get("description")));
        return Optional.of(new WhatsAppContent(CHOICE, choice.title(), null, null, null, choice));
    }

    /** A quick-reply button of a template: its payload is what the business attached to it. */
    private static Optional<WhatsAppContent> templateButton(JsonNode button) {
        Choice choice = new Choice(
                WhatsAppJson.text(button.get("payload")),
                WhatsAppJson.text(button.get("text")),
                null);
        return Optional.of(new WhatsAppContent("button", choice.title(), null, null, null,
                choice));
    }

    private static List<String> valuesOf(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : items) {
            String value = WhatsAppJson.text(item.get(field));
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }
}
