package io.outeract.adapters.telegram;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.outeract.adapters.WebhookRegistration;
import io.outeract.contract.common.Credentials;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Points a bot's deliveries at Outeract with setWebhook, and away again with deleteWebhook. */
final class TelegramWebhookRegistrar {

    /**
     * Listed explicitly: Telegram keeps the last list it was given, and leaves message_reaction
     * out unless asked for it.
     */
    private static final List<String> ALLOWED_UPDATES = List.of(
            "message",
            "edited_message",
            "channel_post",
            "edited_channel_post",
            "callback_query",
            "message_reaction",
            "my_chat_member");

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookRegistrar.class);

    private final TelegramBotApi api;

    TelegramWebhookRegistrar(TelegramBotApi api) {
        this.api = api;
    }

    void register(WebhookRegistration registration, Credentials credentials) {
        // Without a secret token the deliveries could not be told from forgeries, and every one
        // of them would be refused.
        if (registration.secretToken() == null || registration.secretToken().isBlank()) {
            throw new IllegalArgumentException("A Telegram webhook needs a secret token");
        }
        String token = credentials.require(TelegramCredentials.BOT_TOKEN);

        TelegramAnswer answer = setWebhook(token, setWebhookParameters(registration));

        if (!answer.ok()) {
            throw new TelegramApiException("Telegram refused the webhook: " + answer.describe());
        }
        log.info("Telegram will deliver the bot's updates to Outeract");
    }

    void unregister(Credentials credentials) {
        Optional<String> token =
                TelegramCredentials.find(credentials, TelegramCredentials.BOT_TOKEN);
        if (token.isEmpty()) {
            log.warn("The Telegram webhook was not deleted: the connection has no bot token");
            return;
        }

        try {
            TelegramAnswer answer = api.call(token.get(), "deleteWebhook", api.parameters());
            if (answer.ok()) {
                log.info("Telegram will no longer deliver the bot's updates");
            } else {
                log.warn("Telegram did not delete the webhook: {}", answer.describe());
            }
        } catch (TelegramTransportException failure) {
            log.warn("Telegram could not be reached to delete the webhook: {}",
                    failure.getMessage());
        }
    }

    private ObjectNode setWebhookParameters(WebhookRegistration registration) {
        ObjectNode parameters = api.parameters()
                .put("url", registration.url())
                .put("secret_token", registration.secretToken());
        ArrayNode allowedUpdates = parameters.putArray("allowed_updates");
        ALLOWED_UPDATES.forEach(allowedUpdates::add);
        return parameters;
    }

    private TelegramAnswer setWebhook(String token, ObjectNode parameters) {
        try {
            return api.call(token, "setWebhook", parameters);
        } catch (TelegramTransportException failure) {
            throw new TelegramApiException(
                    "Telegram could not be reached to set the webhook: " + failure.getMessage(),
                    failure);
        }
    }
}
