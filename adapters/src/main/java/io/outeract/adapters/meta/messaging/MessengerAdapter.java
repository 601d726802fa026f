package io.outeract.adapters.meta.messaging;

import io.outeract.adapters.ConnectionContext;
import io.outeract.adapters.HealthReport;
import io.outeract.adapters.MediaDownload;
import io.outeract.adapters.MediaDownloadException;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.ParsedWebhook;
import io.outeract.adapters.PlatformAdapter;
import io.outeract.adapters.SendResult;
import io.outeract.adapters.WebhookRegistration;
import io.outeract.adapters.WebhookReply;
import io.outeract.adapters.WebhookRequest;
import io.outeract.adapters.meta.GraphApi;
import io.outeract.adapters.meta.MetaObjectReader;
import io.outeract.contract.common.Attachment;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.common.Platform;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Facebook Messenger through a Page. A connection's external account id is its Page id; its
 * credentials are named in {@link MessagingCredentials} ({@code page_access_token},
 * {@code page_id}). Deliveries come through the one Meta webhook, which checks their signature
 * with the app secret and routes each entry by Page id, with the reader {@link #entries()}.
 */
public final class MessengerAdapter implements PlatformAdapter {

    private static final MessagingPlatform MESSENGER = MessagingPlatform.MESSENGER;

    private final MessagingEventReader reader = new MessagingEventReader(MESSENGER);
    private final MessagingWebhookParser webhooks;
    private final MessagingSender sender;
    private final MessagingHealthCheck healthCheck;
    private final MessengerPageSubscription subscription;
    private final MessagingMediaDownloader media;

    /** @param api the Graph API at {@link GraphApi#DEFAULT_BASE_URL}, graph.facebook.com */
    public MessengerAdapter(GraphApi api) {
        this.webhooks = new MessagingWebhookParser(MESSENGER, reader, api.objectMapper());
        this.sender = new MessagingSender(api, MESSENGER);
        this.healthCheck = new MessagingHealthCheck(api, MESSENGER);
        this.subscription = new MessengerPageSubscription(api);
        this.media = new MessagingMediaDownloader(api, MESSENGER);
    }

    /** The reader of {@code page} webhooks, to hand to the shared Meta webhook. */
    public MetaObjectReader entries() {
        return reader;
    }

    @Override
    public Platform platform() {
        return Platform.MESSENGER;
    }

    /** Messenger has no webhook of its own per connection: the Meta webhook checks signatures. */
    @Override
    public boolean hasValidSignature(WebhookRequest request, Credentials secrets) {
        return false;
    }

    /** The handshake is the Meta webhook's, once for the whole app. */
    @Override
    public Optional<WebhookReply> verifyWebhook(WebhookRequest request, Credentials secrets) {
        return Optional.empty();
    }

    @Override
    public ParsedWebhook parseWebhook(WebhookRequest request, ConnectionContext connection) {
        return webhooks.parse(request, connection);
    }

    @Override
    public SendResult send(OutgoingMessage message, Credentials credentials) {
        return sender.send(message, credentials);
    }

    @Override
    public HealthReport checkHealth(Credentials credentials) {
        return healthCheck.check(credentials);
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

    @Override
    public boolean canDownload(Attachment attachment) {
        return media.canDownload(attachment);
    }

    @Override
    public MediaDownload downloadMedia(Attachment attachment, Credentials credentials,
            OutputStream into) throws MediaDownloadException {
        return media.download(attachment, into);
    }
}
