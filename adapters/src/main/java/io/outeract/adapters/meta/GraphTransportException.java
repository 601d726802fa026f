package io.outeract.adapters.meta;

import java.io.IOException;

/**
 * A Graph API call that got no answer. {@link #requestHandedOver()} says whether the request had
 * reached the connection first: if it had, Meta may have carried it out.
 */
public final class GraphTransportException extends IOException {

    private final boolean requestHandedOver;

    public GraphTransportException(String reason, boolean requestHandedOver) {
        super(reason);
        this.requestHandedOver = requestHandedOver;
    }

    public GraphTransportException(String reason, boolean requestHandedOver, IOException cause) {
        super(reason, cause);
        this.requestHandedOver = requestHandedOver;
    }

    public boolean requestHandedOver() {
        return requestHandedOver;
    }
}
