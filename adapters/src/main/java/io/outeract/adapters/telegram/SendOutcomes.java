package io.outeract.adapters.telegram;

import static io.outeract.adapters.SendErrorCodes.INVALID_REQUEST;
import static io.outeract.adapters.SendErrorCodes.OUTCOME_UNKNOWN;
import static io.outeract.adapters.SendErrorCodes.PLATFORM_UNAVAILABLE;
import static io.outeract.adapters.SendErrorCodes.PLATFORM_UNREACHABLE;
import static io.outeract.adapters.SendErrorCodes.RATE_LIMITED;
import static io.outeract.adapters.SendErrorCodes.RECIPIENT_NOT_FOUND;
import static io.outeract.adapters.SendErrorCodes.RECIPIENT_UNREACHABLE;
import static io.outeract.adapters.SendErrorCodes.UNAUTHORIZED;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.SendResult;
import io.outeract.contract.outbound.SendError;
import java.time.Duration;
import java.util.Locale;

/** What a sendMessage call came to, in Outeract's words: sent, retry later, or failed. */
final class SendOutcomes {

    private SendOutcomes() {
    }

    static SendResult of(TelegramAnswer answer) {
        if (answer.ok()) {
            return sent(answer);
        }
        int status = answer.httpStatus();
        if (status >= 200 && status < 300) {
            return unreadableSuccess(answer);
        }
        if (status == 429) {
            return new SendResult.RetryLater(error(RATE_LIMITED, answer), retryDelay(answer));
        }
        if (status >= 500) {
            return new SendResult.RetryLater(error(PLATFORM_UNAVAILABLE, answer), null);
        }
        return new SendResult.Failed(error(refusalCode(answer), answer));
    }

    /**
     * A call without an answer. Whether it may be repeated depends on how far it got: if the
     * request never reached the connection (refused, DNS, TLS, connect timeout), Telegram cannot
     * have seen it, so trying again later is safe. Once it had been handed over, a read timeout
     * or a reset proves nothing: Telegram may have delivered the message and lost only the
     * answer. Sending again could show the recipient the message twice, so the outcome is
     * reported unknown and not retried; a missing message is a lesser harm than a doubled one.
     */
    static SendResult of(TelegramTransportException failure) {
        if (failure.requestHandedOver()) {
            return new SendResult.Failed(new SendError(OUTCOME_UNKNOWN, null,
                    "Telegram did not answer after the message was sent, so it may have been "
                            + "delivered: " + failure.getMessage()));
        }
        return new SendResult.RetryLater(new SendError(PLATFORM_UNREACHABLE, null,
                "Telegram could not be reached: " + failure.getMessage()), null);
    }

    private static SendResult sent(TelegramAnswer answer) {
        JsonNode message = answer.result();
        String chatId = JsonValues.id(JsonValues.field(JsonValues.field(message, "chat"), "id"));
        String messageId = JsonValues.id(JsonValues.field(message, "message_id"));
        if (chatId == null || messageId == null) {
            return unreadableSuccess(answer);
        }
        return new SendResult.Sent(chatId + ":" + messageId);
    }

    // A 2xx means Telegram took the message; without an id it still must not be sent again.
    private static SendResult unreadableSuccess(TelegramAnswer answer) {
        return new SendResult.Failed(new SendError(OUTCOME_UNKNOWN, String.valueOf(
                answer.httpStatus()), "Telegram accepted the message but named no message id"));
    }

    private static String refusalCode(TelegramAnswer answer) {
        return switch (answer.httpStatus()) {
            case 400 -> isChatNotFound(answer) ? RECIPIENT_NOT_FOUND : INVALID_REQUEST;
            // Telegram answers 404 rather than 401 when the token does not name any bot.
            case 401, 404 -> UNAUTHORIZED;
            case 403 -> RECIPIENT_UNREACHABLE;
            default -> INVALID_REQUEST;
        };
    }

    private static boolean isChatNotFound(TelegramAnswer answer) {
        return answer.describe().toLowerCase(Locale.ROOT).contains("chat not found");
    }

    private static Duration retryDelay(TelegramAnswer answer) {
        Long seconds = answer.retryAfterSeconds();
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }

    private static SendError error(String code, TelegramAnswer answer) {
        String description = answer.migrateToChatId() == null
                ? answer.describe()
                : answer.describe() + " (migrate_to_chat_id " + answer.migrateToChatId() + ")";
        return new SendError(code, answer.platformCode(), description);
    }
}
