package io.outeract.adapters.telegram;

import java.io.IOException;

/**
 * A Bot API call that got no answer. {@link #requestHandedOver()} says whether the request had
 * reached the connection first: if it had, Telegram may have carried it out.
 */
final class TelegramTransportException extends IOException {

    private final boolean requestHandedOver;

    TelegramTransportException(String reason, boolean requestHandedOver, IOException cause) {
        super(reason, cause);
        this.requestHandedOver = requestHandedOver;
    }

    boolean requestHandedOver() {
        return requestHandedOver;
    }
}
