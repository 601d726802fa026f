package io.outeract.adapters.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.ConnectionContext;
import io.outeract.adapters.HealthReport;
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
 * Slack through its Events API and Web API, one connection per workspace installation. A
 * connection's external account id is its bot user id ({@code U…}: {@code bot_user_id} of
 * oauth.v2.access, {@code user_id} of auth.test), unique per workspace; its credentials are
 * named in {@link SlackCredentials}. Slack's Request URL is one per app: each connection's
 * {@code /webhooks/{connectionId}/{secret}} suits an app installed in one workspace.
 */
public final class SlackAdapter implements PlatformAdapter {

    private final SlackRequestSignature signature;
    private final SlackEventParser events;
    private final SlackSender sender;
    private final SlackHealthCheck healthCheck;

    public SlackAdapter(SlackWebApi api, ObjectMapper objectMapper) {
        this(api, objectMapper, Clock.systemUTC());
    }

    /** {@code clock} tells how old a delivery's signature is. */
    public SlackAdapter(SlackWebApi api, ObjectMapper objectMapper, Clock clock) {
        this.signature = new SlackRequestSignature(clock);
        this.events = new SlackEventParser(objectMapper);
        this.sender = new SlackSender(api);
        this.healthCheck = new SlackHealthCheck(api);
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public boolean hasValidSignature(WebhookRequest request, Credentials secrets) {
        return signature.isValid(request, secrets);
    }

    /** Slack's url_verification, answered with its challenge once the signature holds. */
    @Override
    public Optional<WebhookReply> verifyWebhook(WebhookRequest request, Credentials secrets) {
        JsonNode handshake = events.handshake(request.body());
        if (handshake == null || !signature.isValid(request, secrets)) {
            return Optional.empty();
        }
        String challenge = SlackJson.text(handshake.get("challenge"));
        if (challenge == null) {
            return Optional.of(new WebhookReply(400, "text/plain", "No challenge to answer"));
        }
        return Optional.of(new WebhookReply(200, "text/plain", challenge));
    }

    @Override
    public ParsedWebhook parseWebhook(WebhookRequest request, ConnectionContext connection) {
        String botUserId = connection.externalAccountId();
        if (botUserId == null || botUserId.isBlank()) {
            throw new IllegalArgumentException("A Slack connection needs its bot user id as its "
                    + "external account id");
        }
        return new ParsedWebhook(events.parse(request.body(), botUserId));
    }

    @Override
    public SendResult send(OutgoingMessage message, Credentials credentials) {
        if (message.hasTemplate() || message.hasMedia()) {
            // Slack has no templates; file uploads (the external upload flow) are not built.
            return new SendResult.Failed(new SendError(SendErrorCodes.INVALID_REQUEST, null,
                    "Outeract sends only text to Slack, not media or templates"));
        }
        Optional<String> token = SlackCredentials.find(credentials, SlackCredentials.BOT_TOKEN);
        if (token.isEmpty()) {
            return new SendResult.Failed(new SendError(
                    SendErrorCodes.UNAUTHORIZED, null, "The connection has no Slack bot token"));
        }
        return sender.send(message, token.get());
    }

    @Override
    public HealthReport checkHealth(Credentials credentials) {
        return healthCheck.check(credentials);
    }
}
