package io.outeract.adapters.slack;

import java.io.IOException;

/**
 * A Web API call that got no answer. {@link #requestHandedOver()} says whether the request had
 * reached the connection first: if it had, Slack may have carried it out.
 */
final class SlackTransportException extends IOException {

    private final boolean requestHandedOver;

    SlackTransportException(String reason, boolean requestHandedOver, IOException cause) {
        super(reason, cause);
        this.requestHandedOver = requestHandedOver;
    }

    boolean requestHandedOver() {
        return requestHandedOver;
    }
}
