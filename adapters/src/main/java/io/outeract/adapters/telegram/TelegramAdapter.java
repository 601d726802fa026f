package io.outeract.adapters.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.ConnectionContext;
import io.outeract.adapters.HealthReport;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.ParsedWebhook;
import io.outeract.adapters.PlatformAdapter;
import io.outeract.adapters.SendErrorCodes;
import io.outeract.adapters.SendResult;
import io.outeract.adapters.WebhookRegistration;
import io.outeract.adapters.WebhookReply;
import io.outeract.adapters.WebhookRequest;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.common.Platform;
import io.outeract.contract.outbound.SendError;
import java.util.List;
import java.util.Optional;

/**
 * Telegram through its Bot API. A connection's external account id is its bot's id, the number
 * before the ':' of the bot token ({@link TelegramBotToken#botId}); its credentials are named in
 * {@link TelegramCredentials}.
 */
public final class TelegramAdapter implements PlatformAdapter {

    private final TelegramUpdateParser updates;
    private final TelegramSender sender;
    private final TelegramHealthCheck healthCheck;
    private final TelegramWebhookRegistrar webhooks;

    public TelegramAdapter(TelegramBotApi api, ObjectMapper objectMapper) {
        this.updates = new TelegramUpdateParser(objectMapper);
        this.sender = new TelegramSender(api);
        this.healthCheck = new TelegramHealthCheck(api);
        this.webhooks = new TelegramWebhookRegistrar(api);
    }

    @Override
    public Platform platform() {
        return Platform.TELEGRAM;
    }

    @Override
    public boolean hasValidSignature(WebhookRequest request, Credentials secrets) {
        return TelegramSecretToken.isPresentedBy(request, secrets);
    }

    /** Telegram has no subscription handshake: setWebhook is the whole of it. */
    @Override
    public Optional<WebhookReply> verifyWebhook(WebhookRequest request, Credentials secrets) {
        return Optional.empty();
    }

    @Override
    public ParsedWebhook parseWebhook(WebhookRequest request, ConnectionContext connection) {
        String botId = connection.externalAccountId();
        if (botId == null || botId.isBlank()) {
            throw new IllegalArgumentException("A Telegram connection needs its bot id as its "
                    + "external account id");
        }
        return new ParsedWebhook(List.of(updates.parse(request.body(), botId)));
    }

    @Override
    public SendResult send(OutgoingMessage message, Credentials credentials) {
        if (message.hasTemplate() || message.hasMedia()) {
            // Telegram has no templates; media sends (sendPhoto and kin) are not built yet.
            return new SendResult.Failed(new SendError(SendErrorCodes.INVALID_REQUEST, null,
                    "Outeract sends only text to Telegram, not media or templates"));
        }
        Optional<String> token =
                TelegramCredentials.find(credentials, TelegramCredentials.BOT_TOKEN);
        if (token.isEmpty()) {
            return new SendResult.Failed(new SendError(
                    SendErrorCodes.UNAUTHORIZED, null, "The connection has no Telegram bot token"));
        }
        return sender.send(message, token.get());
    }

    @Override
    public HealthReport checkHealth(Credentials credentials) {
        return healthCheck.check(credentials);
    }

    @Override
    public void registerWebhook(WebhookRegistration registration, Credentials credentials) {
        webhooks.register(registration, credentials);
    }

    @Override
    public void unregisterWebhook(Credentials credentials) {
        webhooks.unregister(credentials);
    }
}
