package io.outeract.adapters.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.SendErrorCodes;
import io.outeract.adapters.SendResult;
import io.outeract.contract.outbound.SendError;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends a text with sendMessage and logs what came of it, never the text itself. */
final class TelegramSender {

    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,19}");

    private final TelegramBotApi api;

    TelegramSender(TelegramBotApi api) {
        this.api = api;
    }

    SendResult send(OutgoingMessage message, String token) {
        if (message.externalChatId() == null || message.externalChatId().isBlank()) {
            return invalid("A Telegram message needs the chat to send it to");
        }
        Long replyToMessageId = replyToMessageId(message.replyToExternalMessageId());
        if (message.replyToExternalMessageId() != null && replyToMessageId == null) {
            return invalid("The message to reply to is not named as '<chat id>:<message id>'");
        }

        SendResult result = call(token, sendMessageParameters(message, replyToMessageId));

        logOutcome(result);
        return result;
    }

    private SendResult call(String token, ObjectNode parameters) {
        try {
            return SendOutcomes.of(api.call(token, "sendMessage", parameters));
        } catch (TelegramTransportException failure) {
            return SendOutcomes.of(failure);
        }
    }

    private ObjectNode sendMessageParameters(OutgoingMessage message, Long replyToMessageId) {
        ObjectNode parameters = api.parameters();
        // Telegram takes a numeric chat id as a number, and a public channel as "@name".
        Long numericChatId = asLong(message.externalChatId());
        if (numericChatId != null) {
            parameters.put("chat_id", numericChatId);
        } else {
            parameters.put("chat_id", message.externalChatId());
        }
        parameters.put("text", message.text());
        if (replyToMessageId != null) {
            parameters.putObject("reply_parameters")
                    .put("message_id", replyToMessageId)
                    .put("allow_sending_without_reply", true);
        }
        return parameters;
    }

    /** Outeract names a Telegram message {@code <chat id>:<message id>}; Telegram wants the id. */
    private static Long replyToMessageId(String externalMessageId) {
        if (externalMessageId == null) {
            return null;
        }
        return asLong(externalMessageId.substring(externalMessageId.lastIndexOf(':') + 1));
    }

    private static Long asLong(String value) {
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException beyondLong) {
            return null;
        }
    }

    private static SendResult invalid(String description) {
        return new SendResult.Failed(
                new SendError(SendErrorCodes.INVALID_REQUEST, null, description));
    }

    private static void logOutcome(SendResult result) {
        if (result instanceof SendResult.Sent sent) {
            log.info("Telegram accepted message {}", sent.platformMessageId());
        } else if (result instanceof SendResult.RetryLater retry) {
            log.warn("Telegram send to be retried later: {} ({})",
                    retry.error().code(), retry.error().description());
        } else if (result instanceof SendResult.Failed failed) {
            log.warn("Telegram send failed: {} ({})",
                    failed.error().code(), failed.error().description());
        }
    }
}
