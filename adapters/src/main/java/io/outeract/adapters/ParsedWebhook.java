package io.outeract.adapters;

import java.util.List;

/** The items a delivery carried; Telegram sends one per request, Meta several. */
public record ParsedWebhook(List<InboundItem> items) {

    public ParsedWebhook {
        items = List.copyOf(items);
    }
}
