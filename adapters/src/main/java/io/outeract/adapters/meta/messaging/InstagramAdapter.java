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
 * Instagram direct messages of a professional account, through the Instagram API with
 * Instagram Login: no Facebook Page, an Instagram user access token, and the Graph API at
 * {@code https://graph.instagram.com} (instagram.md §0). A connection's external account id is
 * its Instagram account id; its credentials are named in {@link MessagingCredentials}
 * ({@code instagram_access_token}, {@code instagram_account_id}). Deliveries come through the
 * one Meta webhook, which checks their signature and routes each entry by account id, with the
 * reader {@link #entries()}.
 */
public final class InstagramAdapter implements PlatformAdapter {

    private static final MessagingPlatform INSTAGRAM = MessagingPlatform.INSTAGRAM;

    private final MessagingEventReader reader = new MessagingEventReader(INSTAGRAM);
    private final MessagingWebhookParser webhooks;
    private final MessagingSender sender;
    private final MessagingHealthCheck healthCheck;
    private final MessagingMediaDownloader media;

    /** @param api the Graph API at {@code https://graph.instagram.com} */
    public InstagramAdapter(GraphApi api) {
        this.webhooks = new MessagingWebhookParser(INSTAGRAM, reader, api.objectMapper());
        this.sender = new MessagingSender(api, INSTAGRAM);
        this.healthCheck = new MessagingHealthCheck(api, INSTAGRAM);
        this.media = new MessagingMediaDownloader(api, INSTAGRAM);
    }

    /** The reader of {@code instagram} webhooks, to hand to the shared Meta webhook. */
    public MetaObjectReader entries() {
        return reader;
    }

    @Override
    public Platform platform() {
        return Platform.INSTAGRAM;
    }

    /** Instagram has no webhook of its own per connection: the Meta webhook checks them. */
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
     * Nothing to tell Meta: an account's Instagram fields are chosen in the App Dashboard, and
     * a Page's subscribed_apps takes no Instagram field names (instagram.md §1).
     */
    @Override
    public void registerWebhook(WebhookRegistration registration, Credentials credentials) {
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
