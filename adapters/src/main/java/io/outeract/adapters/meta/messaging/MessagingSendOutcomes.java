package io.outeract.adapters.meta.messaging;

import static io.outeract.adapters.SendErrorCodes.INVALID_REQUEST;
import static io.outeract.adapters.SendErrorCodes.OUTCOME_UNKNOWN;
import static io.outeract.adapters.SendErrorCodes.OUTSIDE_MESSAGING_WINDOW;
import static io.outeract.adapters.SendErrorCodes.PLATFORM_UNAVAILABLE;
import static io.outeract.adapters.SendErrorCodes.PLATFORM_UNREACHABLE;
import static io.outeract.adapters.SendErrorCodes.RATE_LIMITED;
import static io.outeract.adapters.SendErrorCodes.RECIPIENT_NOT_FOUND;
import static io.outeract.adapters.SendErrorCodes.RECIPIENT_UNREACHABLE;
import static io.outeract.adapters.SendErrorCodes.UNAUTHORIZED;

import io.outeract.adapters.SendResult;
import io.outeract.adapters.meta.GraphAnswer;
import io.outeract.adapters.meta.GraphAnswer.GraphError;
import io.outeract.adapters.meta.GraphTransportException;
import io.outeract.contract.outbound.SendError;
import java.time.Duration;
import java.util.Set;

/**
 * What a Send API call came to, in Outeract's words. Meta's error codes decide, not the HTTP
 * status, which Meta does not keep the same across endpoints (messenger.md §3); the status
 * decides only when the answer has no error code.
 */
final class MessagingSendOutcomes {

    /** 10 with these subcodes: Messenger's and Instagram's closed 24-hour window. */
    private static final Set<Integer> WINDOW_CLOSED = Set.of(2018278, 2534022);
    /** 100 with these subcodes: Messenger's and Instagram's unknown person. */
    private static final Set<Integer> NO_SUCH_PERSON = Set.of(2018001, 2534014);
    /** Marketing messages' frequency and user-action limits: waiting does not lift them. */
    private static final Set<Integer> MARKETING_LIMITS = Set.of(2018354, 2018352);
    /** 1, "Received invalid JSON reply": Meta may well have sent the message (messenger.md §3). */
    private static final Set<Integer> INVALID_JSON_REPLY = Set.of(1357046);

    private final MessagingPlatform platform;

    MessagingSendOutcomes(MessagingPlatform platform) {
        this.platform = platform;
    }

    SendResult of(GraphAnswer answer) {
        if (answer.ok()) {
            return sent(answer);
        }
        GraphError error = answer.error();
        if (error == null || error.code() == null) {
            return byHttpStatus(answer);
        }
        return byErrorCode(answer, error);
    }

    /**
     * A call without an answer. If it never reached the connection, Meta cannot have seen it
     * and a later try is safe. Once handed over, Meta may have delivered the message and lost
     * only the answer: sending again could show it twice, so the outcome is unknown and the
     * message is not retried.
     */
    SendResult of(GraphTransportException failure) {
        String name = platform.displayName();
        if (failure.requestHandedOver()) {
            return new SendResult.Failed(new SendError(OUTCOME_UNKNOWN, null, name
                    + " did not answer after the message was sent, so it may have been "
                    + "delivered: " + failure.getMessage()));
        }
        return new SendResult.RetryLater(new SendError(PLATFORM_UNREACHABLE, null,
                name + " could not be reached: " + failure.getMessage()), null);
    }

    private SendResult sent(GraphAnswer answer) {
        String messageId = MessagingJson.text(answer.body().get("message_id"));
        if (messageId == null) {
            // Meta took the message; without its id it still must not be sent again.
            return new SendResult.Failed(new SendError(OUTCOME_UNKNOWN,
                    String.valueOf(answer.httpStatus()),
                    platform.displayName() + " accepted the message but named no message id"));
        }
        return new SendResult.Sent(messageId);
    }

    private SendResult byErrorCode(GraphAnswer answer, GraphError error) {
        Integer subcode = error.subcode();
        return switch (error.code()) {
            case 10 -> isOneOf(subcode, WINDOW_CLOSED)
                    ? failed(OUTSIDE_MESSAGING_WINDOW, error, "Outside the 24-hour messaging "
                            + "window: the person has not written for more than 24 hours")
                    : failed(UNAUTHORIZED, error, "The app lacks a permission");
            case 100 -> isOneOf(subcode, NO_SUCH_PERSON)
                    ? failed(RECIPIENT_NOT_FOUND, error, "No such person for this "
                            + platform.accountNoun())
                    : failed(INVALID_REQUEST, error, null);
            case 551 -> failed(RECIPIENT_UNREACHABLE, error, "The person is not available, "
                    + "having blocked the " + platform.accountNoun() + " or left");
            case 190 -> failed(UNAUTHORIZED, error, "Meta rejected the access token");
            case 4, 9 -> isOneOf(subcode, MARKETING_LIMITS)
                    ? failed(RATE_LIMITED, error, "A marketing message limit for the person")
                    : retryLater(RATE_LIMITED, answer, error);
            case 613, 32, 17 -> retryLater(RATE_LIMITED, answer, error);
            case 1 -> isOneOf(subcode, INVALID_JSON_REPLY)
                    ? failed(OUTCOME_UNKNOWN, error, "Meta may have sent the message")
                    : retryLater(PLATFORM_UNAVAILABLE, answer, error);
            case 2, 1200 -> retryLater(PLATFORM_UNAVAILABLE, answer, error);
            default -> byHttpStatus(answer);
        };
    }

    // Set.of refuses to look for null, and most errors have no subcode.
    private static boolean isOneOf(Integer subcode, Set<Integer> subcodes) {
        return subcode != null && subcodes.contains(subcode);
    }

    private SendResult byHttpStatus(GraphAnswer answer) {
        int status = answer.httpStatus();
        GraphError error = answer.error();
        String platformCode = error != null && error.platformCode() != null
                ? error.platformCode()
                : String.valueOf(status);
        String words = error != null ? error.describe() : "HTTP " + status;
        if (status == 429) {
            return new SendResult.RetryLater(new SendError(RATE_LIMITED, platformCode, words),
                    retryDelay(answer));
        }
        if (status / 100 == 2) {
            // Meta took the message but its answer cannot be read: it must not go twice.
            return new SendResult.Failed(new SendError(OUTCOME_UNKNOWN, platformCode,
                    platform.displayName() + " answered HTTP " + status
                            + " but named no message id"));
        }
        if (status >= 500) {
            return new SendResult.RetryLater(
                    new SendError(PLATFORM_UNAVAILABLE, platformCode, words), null);
        }
        return new SendResult.Failed(new SendError(INVALID_REQUEST, platformCode, words));
    }

    private static SendResult failed(String code, GraphError error, String meaning) {
        String description = meaning == null
                ? error.describe()
                : meaning + ". Meta: " + error.describe();
        return new SendResult.Failed(new SendError(code, error.platformCode(), description));
    }

    private static SendResult retryLater(String code, GraphAnswer answer, GraphError error) {
        return new SendResult.RetryLater(
                new SendError(code, error.platformCode(), error.describe()), retryDelay(answer));
    }

    /** Meta documents no Retry-After for the Send API, but a proxy in front may send one. */
    private static Duration retryDelay(GraphAnswer answer) {
        String seconds = answer.retryAfter();
        if (seconds == null || !seconds.trim().matches("\\d{1,6}")) {
            return null;
        }
        return Duration.ofSeconds(Long.parseLong(seconds.trim()));
    }
}
