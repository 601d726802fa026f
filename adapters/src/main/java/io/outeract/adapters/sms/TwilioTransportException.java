package io.outeract.adapters.sms;

import java.io.IOException;

/**
 * A REST call that got no answer. {@link #requestHandedOver()} says whether the request had
 * reached the connection first: if it had, Twilio may have carried it out.
 */
final class TwilioTransportException extends IOException {

    private final boolean requestHandedOver;

    TwilioTransportException(String reason, boolean requestHandedOver, IOException cause) {
        super(reason, cause);
        this.requestHandedOver = requestHandedOver;
    }

    boolean requestHandedOver() {
        return requestHandedOver;
    }
}
