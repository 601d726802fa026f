package io.outeract.adapters.meta.messaging;

import io.outeract.adapters.ConnectionContext;
import io.outeract.adapters.HealthReport;
import io.outeract.adapters.MediaDownload;
import io.outeract.adapters.MediaDownloadException;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.ParsedWebhook;
import io.outeract.adapters.PlatformAdapter;
import io.outeract.adapters.SendResult;
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
 * What Messenger and Instagram share: the Messenger Platform's events, read by one reader per
 * webhook object, the Send API, the health check and CDN downloads. They differ only in their
 * platform and in how the app is subscribed to an account.
 */
public abstract sealed class MessagingAdapter implements PlatformAdapter
        permits MessengerAdapter, InstagramAdapter {

    private final MessagingPlatform platform;
    private final MessagingEventReader reader;
    private final MessagingWebhookParser webhooks;
    private final MessagingSender sender;
    private final MessagingHealthCheck healthCheck;
    private final MessagingMediaDownloader media;

    MessagingAdapter(MessagingPlatform platform, GraphApi api) {
        this.platform = platform;
        this.reader = new MessagingEventReader(platform);
        this.webhooks = new MessagingWebhookParser(platform, reader, api.objectMapper());
        this.sender = new MessagingSender(api, platform);
        this.healthCheck = new MessagingHealthCheck(api, platform);
        this.media = new MessagingMediaDownloader(api, platform);
    }

    /** The reader of this platform's webhooks, to hand to the shared Meta webhook. */
    public MetaObjectReader entries() {
        return reader;
    }

    @Override
    public Platform platform() {
        return platform.platform();
    }

    /** No webhook of its own per connection: the Meta webhook checks signatures. */
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
