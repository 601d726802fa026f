package io.outeract.adapters.discord;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.SendErrorCodes;
import io.outeract.adapters.SendResult;
import io.outeract.contract.outbound.SendError;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a text with Create Message and logs what came of it, never the text itself. Nothing
 * in the text may ping anyone ({@code allowed_mentions} parses none), and a reply to a message
 * that no longer exists is posted as a plain message rather than refused.
 */
final class DiscordSender {

    private static final Logger log = LoggerFactory.getLogger(DiscordSender.class);

    private final DiscordRestApi api;
    private final DiscordRateLimits rateLimits;

    DiscordSender(DiscordRestApi api, DiscordRateLimits rateLimits) {
        this.api = api;
        this.rateLimits = rateLimits;
    }

    SendResult send(OutgoingMessage message, String token) {
        String channelId = message.externalChatId();
        if (!DiscordJson.isSnowflake(channelId)) {
            return invalid("A Discord message needs the channel id to post it to");
        }
        if (message.text() == null || message.text().isBlank()) {
            return invalid("A Discord message needs a text");
        }
        String replyTo = message.replyToExternalMessageId();
        if (replyTo != null && !DiscordJson.isSnowflake(replyTo)) {
            return invalid("The message to reply to is not named by a Discord id");
        }
        Optional<Duration> wait = rateLimits.waitBefore(channelId);
        if (wait.isPresent()) {
            log.warn("Discord send to channel {} held back for {} by its rate limit",
                    channelId, wait.get());
            return new SendResult.RetryLater(new SendError(SendErrorCodes.RATE_LIMITED, null,
                    "Discord's rate limit for the channel has not reset yet"), wait.get());
        }

        SendResult result = call(token, channelId, messageBody(message.text(), replyTo));

        logOutcome(channelId, result);
        return result;
    }

    private SendResult call(String token, String channelId, ObjectNode body) {
        try {
            DiscordAnswer answer = api.createMessage(token, channelId, body);
            rateLimits.record(channelId, answer);
            return DiscordSendOutcomes.of(answer);
        } catch (DiscordTransportException failure) {
            return DiscordSendOutcomes.of(failure);
        }
    }

    private ObjectNode messageBody(String text, String replyTo) {
        ObjectNode body = api.body();
        body.put("content", text);
        body.putObject("allowed_mentions").putArray("parse");
        if (replyTo != null) {
            body.putObject("message_reference")
                    .put("message_id", replyTo)
                    .put("fail_if_not_exists", false);
        }
        return body;
    }

    private static SendResult invalid(String description) {
        return new SendResult.Failed(
                new SendError(SendErrorCodes.INVALID_REQUEST, null, description));
    }

    private static void logOutcome(String channelId, SendResult result) {
        if (result instanceof SendResult.Sent sent) {
            log.info("Discord posted message {} in channel {}", sent.platformMessageId(),
                    channelId);
        } else if (result instanceof SendResult.RetryLater retry) {
            log.warn("Discord post to channel {} to be retried later: {} ({})", channelId,
                    retry.error().code(), retry.error().description());
        } else if (result instanceof SendResult.Failed failed) {
            log.warn("Discord post to channel {} failed: {} ({})", channelId,
                    failed.error().code(), failed.error().description());
        }
    }
}
