package io.outeract.adapters.meta.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.AccountItems;
import io.outeract.adapters.InboundItem;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.adapters.meta.MetaObjectReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code page} or {@code instagram} webhook: one {@link AccountItems} per entry, routed
 * by the entry's id (the Page id, the Instagram account id), with an item for every event of
 * its {@code messaging[]}, {@code standby[]} and {@code changes[]}. Meta documents one event per
 * entry but may batch several entries, even of several accounts, into one POST.
 */
final class MessagingEventReader implements MetaObjectReader {

    private final MessagingPlatform platform;

    MessagingEventReader(MessagingPlatform platform) {
        this.platform = platform;
    }

    @Override
    public String object() {
        return platform.object();
    }

    @Override
    public List<AccountItems> read(JsonNode root) {
        List<AccountItems> accounts = new ArrayList<>();
        for (JsonNode entry : MessagingJson.array(root, "entry", "the webhook")) {
            accounts.add(readEntry(entry));
        }
        return accounts;
    }

    private AccountItems readEntry(JsonNode entry) {
        String accountId = entry.isObject() ? MessagingJson.id(entry.get("id")) : null;
        if (accountId == null) {
            throw new MalformedWebhookException("Every entry of a " + platform.displayName()
                    + " webhook is an object naming its " + platform.accountNoun() + " in 'id'");
        }
        String where = "the entry of " + platform.accountNoun() + " " + accountId;
        MessagingEvents events = new MessagingEvents(platform, accountId,
                MessagingJson.epochMillis(entry.get("time")));

        List<InboundItem> items = new ArrayList<>();
        for (JsonNode event : MessagingJson.array(entry, "messaging", where)) {
            items.addAll(events.read(event));
        }
        for (JsonNode event : MessagingJson.array(entry, "standby", where)) {
            items.add(events.standby(event));
        }
        for (JsonNode change : MessagingJson.array(entry, "changes", where)) {
            items.add(events.change(change));
        }
        return new AccountItems(platform.platform(), accountId, items, entry.toString());
    }
}
