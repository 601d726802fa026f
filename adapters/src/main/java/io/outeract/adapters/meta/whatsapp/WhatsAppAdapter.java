package io.outeract.adapters.meta.whatsapp;

import io.outeract.adapters.ConnectionContext;
import io.outeract.adapters.HealthReport;
import io.outeract.adapters.MediaDownload;
import io.outeract.adapters.MediaDownloadException;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.ParsedWebhook;
import io.outeract.adapters.PlatformAdapter;
import io.outeract.adapters.SendErrorCodes;
import io.outeract.adapters.SendResult;
import io.outeract.adapters.WebhookRegistration;
import io.outeract.adapters.WebhookReply;
import io.outeract.adapters.WebhookRequest;
import io.outeract.adapters.meta.GraphApi;
import io.outeract.adapters.meta.MetaObjectReader;
import io.outeract.adapters.meta.MetaWebhook;
import io.outeract.contract.common.Attachment;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.common.Platform;
import io.outeract.contract.outbound.SendError;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * WhatsApp through Meta's Cloud API. A connection's external account id is its business phone
 * number id, by which deliveries are routed; its credentials are named in
 * {@link WhatsAppCredentials}. WhatsApp has no webhook of its own per connection: deliveries
 * reach the Meta app's one webhook, whose signature is the app's to check, and which hands them
 * to {@link #changes()}.
 */
public final class WhatsAppAdapter implements PlatformAdapter {

    private final WhatsAppChanges changes = new WhatsAppChanges();
    private final MetaWebhook webhook;
    private final WhatsAppSender sender;
    private final WhatsAppHealthCheck healthCheck;
    private final WhatsAppSubscriptions subscriptions;
    private final WhatsAppMediaDownloads downloads;

    /** @param maxMediaBytes the largest media item {@link #downloadMedia} fetches */
    public WhatsAppAdapter(GraphApi graph, long maxMediaBytes) {
        if (maxMediaBytes <= 0) {
            throw new IllegalArgumentException("The media size limit must be positive");
        }
        this.webhook = new MetaWebhook(graph.objectMapper(), List.of(changes));
        this.sender = new WhatsAppSender(graph);
        this.healthCheck = new WhatsAppHealthCheck(graph);
        this.subscriptions = new WhatsAppSubscriptions(graph);
        this.downloads = new WhatsAppMediaDownloads(graph, maxMediaBytes);
    }

    /** The reader of {@code whatsapp_business_account} deliveries, for the Meta webhook. */
    public MetaObjectReader changes() {
        return changes;
    }

    @Override
    public Platform platform() {
        return Platform.WHATSAPP;
    }

    /** Never valid here: deliveries are signed by the Meta app and checked at its webhook. */
    @Override
    public boolean hasValidSignature(WebhookRequest request, Credentials secrets) {
        return false;
    }

    /** The handshake is the Meta app's, answered at its webhook. */
    @Override
    public Optional<WebhookReply> verifyWebhook(WebhookRequest request, Credentials secrets) {
        return Optional.empty();
    }

    /** The items of this connection's number; those of other numbers are not its to keep. */
    @Override
    public ParsedWebhook parseWebhook(WebhookRequest request, ConnectionContext connection) {
        String phoneNumberId = connection.externalAccountId();
        if (phoneNumberId == null || phoneNumberId.isBlank()) {
            throw new IllegalArgumentException("A WhatsApp connection needs its phone number id "
                    + "as its external account id");
        }
        return new ParsedWebhook(webhook.read(request.body()).stream()
                .filter(account -> account.platform() == Platform.WHATSAPP)
                .filter(account -> phoneNumberId.equals(account.externalAccountId()))
                .flatMap(account -> account.items().stream())
                .toList());
    }

    @Override
    public SendResult send(OutgoingMessage message, Credentials credentials) {
        Optional<String> token =
                WhatsAppCredentials.find(credentials, WhatsAppCredentials.ACCESS_TOKEN);
        Optional<String> phoneNumberId =
                WhatsAppCredentials.find(credentials, WhatsAppCredentials.PHONE_NUMBER_ID);
        if (token.isEmpty() || phoneNumberId.isEmpty()) {
            return new SendResult.Failed(new SendError(SendErrorCodes.UNAUTHORIZED, null,
                    "The connection needs a WhatsApp access token and phone number id"));
        }
        return sender.send(message, phoneNumberId.get(), token.get());
    }

    @Override
    public HealthReport checkHealth(Credentials credentials) {
        return healthCheck.check(credentials);
    }

    /**
     * Subscribes the Meta app to the connection's WhatsApp Business Account. The registration's
     * URL and token are not used: the app's webhook is set in the App Dashboard.
     *
     * @throws WhatsAppApiException when WhatsApp refuses or cannot be reached
     */
    @Override
    public void registerWebhook(WebhookRegistration registration, Credentials credentials) {
        subscriptions.subscribe(credentials);
    }

    @Override
    /** A media id is Meta's number for the media; anything else would name another path. */
    public boolean canDownload(Attachment attachment) {
        return attachment.platformFileId() != null
                && attachment.platformFileId().matches("[A-Za-z0-9_-]{1,128}");
    }

    @Override
    public MediaDownload downloadMedia(
            Attachment attachment, Credentials credentials, OutputStream into)
            throws MediaDownloadException {
        return downloads.download(attachment, credentials, into);
    }
}
