package io.outeract.adapters.meta.messaging;

import io.outeract.adapters.WebhookRegistration;
import io.outeract.adapters.meta.GraphApi;
import io.outeract.contract.common.Credentials;

/**
 * Instagram direct messages of a professional account, through the Instagram API with
 * Instagram Login: no Facebook Page, an Instagram user access token, and the Graph API at
 * {@code https://graph.instagram.com} (instagram.md §0). A connection's external account id is
 * its Instagram account id; its credentials are named in {@link MessagingCredentials}
 * ({@code instagram_access_token}, {@code instagram_account_id}). Deliveries come through the
 * one Meta webhook, which checks their signature and routes each entry by account id, with the
 * reader {@link #entries()}.
 */
public final class InstagramAdapter extends MessagingAdapter {

    /** @param api the Graph API at {@code https://graph.instagram.com} */
    public InstagramAdapter(GraphApi api) {
        super(MessagingPlatform.INSTAGRAM, api);
    }

    /**
     * Nothing to tell Meta: an account's Instagram fields are chosen in the App Dashboard, and
     * a Page's subscribed_apps takes no Instagram field names (instagram.md §1).
     */
    @Override
    public void registerWebhook(WebhookRegistration registration, Credentials credentials) {
    }
}
