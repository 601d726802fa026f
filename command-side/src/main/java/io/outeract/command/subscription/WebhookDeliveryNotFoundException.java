package io.outeract.command.subscription;

import java.util.UUID;

/** No such delivery in the caller's application. */
public class WebhookDeliveryNotFoundException extends RuntimeException {

    public WebhookDeliveryNotFoundException(UUID deliveryId) {
        super("No webhook delivery " + deliveryId);
    }
}
