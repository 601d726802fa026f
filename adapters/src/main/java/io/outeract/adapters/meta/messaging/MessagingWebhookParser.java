package io.outeract.adapters.meta.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.ConnectionContext;
import io.outeract.adapters.InboundItem;
import io.outeract.adapters.ParsedWebhook;
import io.outeract.adapters.WebhookRequest;
import io.outeract.adapters.meta.MetaWebhook;
import java.util.List;

/**
 * Reads a delivery for one connection: the items of the entries of its account, and none of the
 * other accounts a batched delivery may also carry.
 */
final class MessagingWebhookParser {

    private final MessagingPlatform platform;
    private final MetaWebhook webhook;

    MessagingWebhookParser(MessagingPlatform platform, MessagingEventReader reader,
            ObjectMapper objectMapper) {
        this.platform = platform;
        this.webhook = new MetaWebhook(objectMapper, List.of(reader));
    }

    ParsedWebhook parse(WebhookRequest request, ConnectionContext connection) {
        String accountId = connection.externalAccountId();
        if (accountId == null || accountId.isBlank()) {
            throw new IllegalArgumentException("A " + platform.displayName() + " connection "
                    + "needs its " + platform.accountNoun() + " id as its external account id");
        }
        List<InboundItem> items = webhook.read(request.body()).stream()
                .filter(account -> account.platform() == platform.platform())
                .filter(account -> accountId.equals(account.externalAccountId()))
                .flatMap(account -> account.items().stream())
                .toList();
        return new ParsedWebhook(items);
    }
}
