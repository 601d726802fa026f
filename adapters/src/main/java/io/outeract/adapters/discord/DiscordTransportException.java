package io.outeract.adapters.discord;

import java.io.IOException;

/**
 * A REST call that got no answer. {@link #requestHandedOver()} says whether the request had
 * reached the connection first: if it had, Discord may have carried it out.
 */
final class DiscordTransportException extends IOException {

    private final boolean requestHandedOver;

    DiscordTransportException(String reason, boolean requestHandedOver, IOException cause) {
        super(reason, cause);
        this.requestHandedOver = requestHandedOver;
    }

    boolean requestHandedOver() {
        return requestHandedOver;
    }
}
