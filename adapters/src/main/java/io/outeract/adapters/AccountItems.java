package io.outeract.adapters;

import io.outeract.contract.common.Platform;
import java.util.List;

/**
 * What a shared webhook carried for one platform account (a WhatsApp phone number id, a Page id,
 * an Instagram account id): the items to record, and the part of the body they came from, kept
 * as an unroutable delivery when no connection claims the account.
 */
public record AccountItems(
        Platform platform, String externalAccountId, List<InboundItem> items, String rawPayload) {

    public AccountItems {
        items = List.copyOf(items);
    }
}
