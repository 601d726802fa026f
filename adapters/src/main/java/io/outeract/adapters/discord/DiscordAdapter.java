package io.outeract.adapters.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.ConnectionContext;
import io.outeract.adapters.HealthReport;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.ParsedWebhook;
import io.outeract.adapters.PlatformAdapter;
import io.outeract.adapters.SendErrorCodes;
import io.outeract.adapters.SendResult;
import io.outeract.adapters.WebhookReply;
import io.outeract.adapters.WebhookRequest;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.common.Platform;
import io.outeract.contract.outbound.SendError;
import java.time.Clock;
import java.util.Optional;

/**
 * Discord through its HTTP interactions, Webhook Events and REST API, one connection per
 * application. A connection's external account id is its application id, which for bots made
 * since 2016 is also the bot user's id ({@code users/@me}); its credentials are named in
 * {@link DiscordCredentials}. Every interaction must be answered within three seconds:
 * {@link DiscordAcknowledgements} builds that answer.
 */
public final class DiscordAdapter implements PlatformAdapter {

    private final DiscordAcknowledgements acknowledgements;
    private final DiscordSignature signature;
    private final DiscordWebhookParser webhooks;
    private final DiscordSender sender;
    private final DiscordHealthCheck healthCheck;

    public DiscordAdapter(DiscordRestApi api, ObjectMapper objectMapper) {
        this(api, objectMapper, Clock.systemUTC());
    }

    /** {@code clock} tells how old a delivery's signature is, and when rate limits reset. */
    public DiscordAdapter(DiscordRestApi api, ObjectMapper objectMapper, Clock clock) {
        this.acknowledgements = new DiscordAcknowledgements(objectMapper);
        this.signature = new DiscordSignature(clock);
        this.webhooks = new DiscordWebhookParser(objectMapper);
        this.sender = new DiscordSender(api, new DiscordRateLimits(clock));
        this.healthCheck = new DiscordHealthCheck(api);
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public boolean hasValidSignature(WebhookRequest request, Credentials secrets) {
        return signature.isValid(request, secrets);
    }

    /**
     * An interaction PING answered {@code {"type":1}}, a Webhook Events PING answered 204,
     * once the signature holds; Discord probes with forged ones and must see them refused.
     */
    /**
     * Discord wants an interaction answered within three seconds: a deferred response, sent
     * once the interaction is stored; the application's real reply follows as a message.
     */
    @Override
    public Optional<WebhookReply> acknowledgement(WebhookRequest request) {
        return Optional.of(acknowledgements.of(request));
    }

    @Override
    public Optional<WebhookReply> verifyWebhook(WebhookRequest request, Credentials secrets) {
        JsonNode delivery;
        try {
            delivery = webhooks.read(request.body());
        } catch (MalformedWebhookException notJson) {
            return Optional.empty();
        }
        boolean interaction = DiscordWebhookParser.isInteraction(delivery);
        JsonNode type = delivery.get("type");
        int ping = interaction ? DiscordWebhookParser.PING : DiscordWebhookParser.EVENT_PING;
        if (type == null || !type.isInt() || type.intValue() != ping
                || !signature.isValid(request, secrets)) {
            return Optional.empty();
        }
        return Optional.of(interaction
                ? new WebhookReply(200, "application/json", "{\"type\":1}")
                : new WebhookReply(204, null, ""));
    }

    @Override
    public ParsedWebhook parseWebhook(WebhookRequest request, ConnectionContext connection) {
        String applicationId = connection.externalAccountId();
        if (!DiscordJson.isSnowflake(applicationId)) {
            throw new IllegalArgumentException("A Discord connection needs its application id "
                    + "as its external account id");
        }
        return new ParsedWebhook(webhooks.parse(request.body(), applicationId));
    }

    @Override
    public SendResult send(OutgoingMessage message, Credentials credentials) {
        if (message.hasTemplate() || message.hasMedia()) {
            // Discord has no templates; file uploads (multipart) are not built yet.
            return new SendResult.Failed(new SendError(SendErrorCodes.INVALID_REQUEST, null,
                    "Outeract sends only text to Discord, not media or templates"));
        }
        Optional<String> token =
                DiscordCredentials.find(credentials, DiscordCredentials.BOT_TOKEN);
        if (token.isEmpty()) {
            return new SendResult.Failed(new SendError(
                    SendErrorCodes.UNAUTHORIZED, null, "The connection has no Discord bot token"));
        }
        return sender.send(message, token.get());
    }

    @Override
    public HealthReport checkHealth(Credentials credentials) {
        return healthCheck.check(credentials);
    }
}
