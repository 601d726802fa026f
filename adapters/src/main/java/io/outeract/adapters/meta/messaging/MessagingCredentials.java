package io.outeract.adapters.meta.messaging;

import io.outeract.contract.common.Credentials;
import java.util.Optional;

/**
 * The names under which a Messenger or Instagram connection keeps its secrets and the account
 * it sends as. Webhooks are checked with the Meta app's secret by the shared Meta webhook, not
 * by these connections.
 */
public final class MessagingCredentials {

    /** Messenger: the Page access token, for the Send API and the Page's subscription. */
    public static final String PAGE_ACCESS_TOKEN = "page_access_token";

    /** Messenger: the Page id, the webhook's entry id and the sender of every message. */
    public static final String PAGE_ID = "page_id";

    /**
     * Instagram: the Instagram user access token of the Instagram API with Instagram Login,
     * used against {@code graph.instagram.com}, which the adapter's GraphApi must point at.
     */
    public static final String INSTAGRAM_ACCESS_TOKEN = "instagram_access_token";

    /** Instagram: the professional account id (17 digits), the webhook's entry id. */
    public static final String INSTAGRAM_ACCOUNT_ID = "instagram_account_id";

    private MessagingCredentials() {
    }

    static Optional<String> find(Credentials credentials, String name) {
        String value = credentials.values().get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
