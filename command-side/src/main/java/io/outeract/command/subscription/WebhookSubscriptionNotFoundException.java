package io.outeract.command.subscription;

import java.util.UUID;

/** No such subscription in the caller's application (or it was deleted). */
public class WebhookSubscriptionNotFoundException extends RuntimeException {

    public WebhookSubscriptionNotFoundException(UUID subscriptionId) {
        super("No webhook subscription " + subscriptionId);
    }
}
