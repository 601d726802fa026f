package io.outeract.adapters.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.SendErrorCodes;
import io.outeract.adapters.SendResult;
import io.outeract.contract.outbound.SendError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a text with chat.postMessage and logs what came of it, never the text itself. A reply
 * goes into the thread of the message replied to: {@code replyToExternalMessageId} is that
 * thread's ts (a received message's thread id when it has one, else its id), bare or after the
 * last ':' of {@code <channel>:<ts>}.
 */
final class SlackSender {

    private static final Logger log = LoggerFactory.getLogger(SlackSender.class);

    private final SlackWebApi api;

    SlackSender(SlackWebApi api) {
        this.api = api;
    }

    SendResult send(OutgoingMessage message, String token) {
        if (message.externalChatId() == null || message.externalChatId().isBlank()) {
            return invalid("A Slack message needs the channel to post it to");
        }
        if (message.text() == null || message.text().isEmpty()) {
            return invalid("A Slack message needs a text");
        }
        String threadTs = threadTs(message.replyToExternalMessageId());
        if (message.replyToExternalMessageId() != null && threadTs == null) {
            return invalid("The message to reply to is not named by a Slack ts");
        }

        SendResult result = call(token, postMessageParameters(message, threadTs));

        logOutcome(message.externalChatId(), result);
        return result;
    }

    private SendResult call(String token, ObjectNode parameters) {
        try {
            return SlackSendOutcomes.of(api.call(token, "chat.postMessage", parameters));
        } catch (SlackTransportException failure) {
            return SlackSendOutcomes.of(failure);
        }
    }

    private ObjectNode postMessageParameters(OutgoingMessage message, String threadTs) {
        ObjectNode parameters = api.parameters();
        parameters.put("channel", message.externalChatId());
        parameters.put("text", SlackText.escape(message.text()));
        if (threadTs != null) {
            parameters.put("thread_ts", threadTs);
        }
        return parameters;
    }

    private static String threadTs(String replyTo) {
        if (replyTo == null) {
            return null;
        }
        String ts = replyTo.substring(replyTo.lastIndexOf(':') + 1);
        return SlackTimestamps.isTs(ts) ? ts : null;
    }

    private static SendResult invalid(String description) {
        return new SendResult.Failed(
                new SendError(SendErrorCodes.INVALID_REQUEST, null, description));
    }

    private static void logOutcome(String channel, SendResult result) {
        if (result instanceof SendResult.Sent sent) {
            log.info("Slack posted message {} in channel {}", sent.platformMessageId(), channel);
        } else if (result instanceof SendResult.RetryLater retry) {
            log.warn("Slack post to channel {} to be retried later: {} ({})", channel,
                    retry.error().code(), retry.error().description());
        } else if (result instanceof SendResult.Failed failed) {
            log.warn("Slack post to channel {} failed: {} ({})", channel,
                    failed.error().code(), failed.error().description());
        }
    }
}
