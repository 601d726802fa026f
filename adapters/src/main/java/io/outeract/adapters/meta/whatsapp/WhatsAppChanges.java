package io.outeract.adapters.meta.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.AccountItems;
import io.outeract.adapters.InboundItem;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.adapters.meta.MetaObjectReader;
import io.outeract.contract.common.Platform;
import io.outeract.contract.common.PlatformAccount;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads the {@code whatsapp_business_account} deliveries of the Meta webhook: every entry, every
 * change of it, every message and status of each change. A change is routed by the business
 * phone number it names, so one body can speak for several connections. A change that names no
 * number (an account update, a template's review) belongs to the WhatsApp Business Account and
 * is kept whole, under the account's id.
 */
public final class WhatsAppChanges implements MetaObjectReader {

    public static final String OBJECT = "whatsapp_business_account";

    private static final String UNKNOWN_FIELD = "unknown";

    @Override
    public String object() {
        return OBJECT;
    }

    @Override
    public List<AccountItems> read(JsonNode root) {
        JsonNode entries = root.path("entry");
        if (!entries.isArray()) {
            throw new MalformedWebhookException("A WhatsApp webhook carries an 'entry' array");
        }
        List<AccountItems> accounts = new ArrayList<>();
        for (JsonNode entry : entries) {
            if (!entry.isObject() || !entry.path("changes").isArray()) {
                throw new MalformedWebhookException(
                        "A WhatsApp webhook entry is an object with a 'changes' array");
            }
            String wabaId = WhatsAppJson.text(entry.get("id"));
            if (wabaId == null) {
                throw new MalformedWebhookException("A WhatsApp webhook entry needs its id");
            }
            for (JsonNode change : entry.path("changes")) {
                accounts.add(readChange(wabaId, entry, change));
            }
        }
        return accounts;
    }

    private static AccountItems readChange(String wabaId, JsonNode entry, JsonNode change) {
        JsonNode value = change.get("value");
        if (!change.isObject() || value == null || !value.isObject()) {
            throw new MalformedWebhookException("The value of a WhatsApp change is not an object");
        }
        JsonNode metadata = value.path("metadata");
        String phoneNumberId = WhatsAppJson.text(metadata.get("phone_number_id"));
        if (phoneNumberId == null) {
            return new AccountItems(Platform.WHATSAPP, wabaId,
                    List.of(keptWhole(wabaId, entry, change)), change.toString());
        }
        if (!value.has("messages") && !value.has("statuses")) {
            // Errors of the number itself, say: nothing to read, but nothing to drop either.
            return new AccountItems(Platform.WHATSAPP, phoneNumberId,
                    List.of(keptWhole(phoneNumberId, entry, change)), change.toString());
        }

        PlatformAccount business = new PlatformAccount(phoneNumberId,
                WhatsAppJson.text(metadata.get("display_phone_number")), null, true);
        WhatsAppMessages messages = new WhatsAppMessages(business, value.path("contacts"));
        List<InboundItem> items = new ArrayList<>();
        for (JsonNode message : arrayOf(value, "messages")) {
            items.add(messages.read(message));
        }
        for (JsonNode status : arrayOf(value, "statuses")) {
            items.add(WhatsAppStatuses.read(status));
        }
        return new AccountItems(Platform.WHATSAPP, phoneNumberId, items, change.toString());
    }

    /**
     * Such changes carry no id of their own. A redelivery is the same JSON again, so the digest
     * of the change's JSON tells a redelivery from a new change.
     */
    private static InboundItem keptWhole(String accountId, JsonNode entry, JsonNode change) {
        String field = WhatsAppJson.text(change.get("field"));
        String kind = field != null ? field : UNKNOWN_FIELD;
        String dedupeKey = "whatsapp:" + accountId + ":" + kind + ":" + digestOf(change);
        return InboundItem.raw(dedupeKey, kind, null, change.toString(),
                WhatsAppJson.epochSeconds(entry.get("time")));
    }

    private static Iterable<JsonNode> arrayOf(JsonNode value, String name) {
        JsonNode array = value.get(name);
        if (array == null) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new MalformedWebhookException("The " + name + " of a WhatsApp change is not "
                    + "an array");
        }
        return array;
    }

    private static String digestOf(JsonNode change) {
        try {
            byte[] json = change.toString().getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is not available", impossible);
        }
    }
}
