package io.outeract.adapters.meta.messaging;

import io.outeract.adapters.WebhookRegistration;
import io.outeract.adapters.meta.GraphApi;
import io.outeract.contract.common.Credentials;

/**
 * Facebook Messenger through a Page. A connection's external account id is its Page id; its
 * credentials are named in {@link MessagingCredentials} ({@code page_access_token},
 * {@code page_id}). Deliveries come through the one Meta webhook, which checks their signature
 * with the app secret and routes each entry by Page id, with the reader {@link #entries()}.
 */
public final class MessengerAdapter extends MessagingAdapter {

    private final MessengerPageSubscription subscription;

    /** @param api the Graph API at {@link GraphApi#DEFAULT_BASE_URL}, graph.facebook.com */
    public MessengerAdapter(GraphApi api) {
        super(MessagingPlatform.MESSENGER, api);
        this.subscription = new MessengerPageSubscription(api);
    }

    /**
     * Subscribes the app to the Page's events. The registration's URL and token are not used:
     * the callback URL and verify token are the Meta app's, set in the App Dashboard.
     *
     * @throws MessagingApiException when Meta refuses or cannot be reached
     */
    @Override
    public void registerWebhook(WebhookRegistration registration, Credentials credentials) {
        subscription.subscribe(credentials);
    }
}
