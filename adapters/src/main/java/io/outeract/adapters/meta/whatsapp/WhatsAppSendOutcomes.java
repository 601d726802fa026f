package io.outeract.adapters.meta.whatsapp;

import static io.outeract.adapters.SendErrorCodes.CONNECTION_UNAVAILABLE;
import static io.outeract.adapters.SendErrorCodes.INVALID_REQUEST;
import static io.outeract.adapters.SendErrorCodes.OUTCOME_UNKNOWN;
import static io.outeract.adapters.SendErrorCodes.PLATFORM_UNAVAILABLE;
import static io.outeract.adapters.SendErrorCodes.PLATFORM_UNREACHABLE;
import static io.outeract.adapters.SendErrorCodes.RATE_LIMITED;
import static io.outeract.adapters.SendErrorCodes.RECIPIENT_NOT_FOUND;
import static io.outeract.adapters.SendErrorCodes.RECIPIENT_UNREACHABLE;
import static io.outeract.adapters.SendErrorCodes.TEMPLATE_REQUIRED;
import static io.outeract.adapters.SendErrorCodes.UNAUTHORIZED;

import io.outeract.adapters.SendResult;
import io.outeract.adapters.meta.GraphAnswer;
import io.outeract.adapters.meta.GraphAnswer.GraphError;
import io.outeract.adapters.meta.GraphTransportException;
import io.outeract.contract.outbound.SendError;
import java.time.Duration;

/**
 * What a send came to, in Outeract's words. Meta asks to decide on the error's code: the HTTP
 * status of one code differs between calls (a throttle is seen as 400 and as 429), and the
 * words change. The status is looked at only when there is no code Outeract knows.
 */
final class WhatsAppSendOutcomes {

    private WhatsAppSendOutcomes() {
    }

    static SendResult of(GraphAnswer answer) {
        if (!answer.ok()) {
            return refusal(answer);
        }
        String messageId = WhatsAppJson.text(answer.body().path("messages").path(0).get("id"));
        if (messageId == null) {
            // WhatsApp took the message; without its id it still must not be sent again.
            return new SendResult.Failed(new SendError(OUTCOME_UNKNOWN,
                    String.valueOf(answer.httpStatus()),
                    "WhatsApp accepted the message but named no message id"));
        }
        return new SendResult.Sent(messageId);
    }

    /** A call WhatsApp answered with an error, or with no body Outeract can read. */
    static SendResult refusal(GraphAnswer answer) {
        GraphError error = answer.error();
        if (error == null || error.code() == null) {
            return byHttpStatus(answer);
        }
        return switch (error.code()) {
            case 131047 -> failed(TEMPLATE_REQUIRED, error, "Only a template message can be "
                    + "sent: the 24-hour customer service window is closed, as the user has "
                    + "not written for more than a day (" + error.describe() + ")");
            case 4, 80007, 130429, 131048, 131056 -> retryLater(RATE_LIMITED, answer);
            case 131000, 131016, 135000 -> retryLater(PLATFORM_UNAVAILABLE, answer);
            case 0, 190 -> failed(UNAUTHORIZED, error, error.describe());
            case 131026 -> failed(RECIPIENT_UNREACHABLE, error, error.describe());
            case 131030 -> failed(RECIPIENT_NOT_FOUND, error, error.describe());
            case 368, 131031 -> failed(CONNECTION_UNAVAILABLE, error, error.describe());
            case 100, 131008, 131009, 131051 -> failed(INVALID_REQUEST, error, error.describe());
            default -> isTemplateProblem(error.code())
                    ? failed(INVALID_REQUEST, error, error.describe())
                    : byHttpStatus(answer);
        };
    }

    /**
     * A call without an answer. If the request never reached the connection, WhatsApp cannot
     * have seen it and trying again later is safe. Once it had been handed over, WhatsApp may
     * have delivered the message and lost only the answer: sending again could show it twice,
     * so the outcome is reported unknown and not retried.
     */
    static SendResult of(GraphTransportException failure) {
        if (failure.requestHandedOver()) {
            return new SendResult.Failed(new SendError(OUTCOME_UNKNOWN, null,
                    "WhatsApp did not answer after the message was sent, so it may have been "
                            + "delivered: " + failure.getMessage()));
        }
        return unreachable(failure);
    }

    static SendResult unreachable(GraphTransportException failure) {
        return new SendResult.RetryLater(new SendError(PLATFORM_UNREACHABLE, null,
                "WhatsApp could not be reached: " + failure.getMessage()), null);
    }

    private static SendResult byHttpStatus(GraphAnswer answer) {
        int status = answer.httpStatus();
        if (status == 429) {
            return retryLater(RATE_LIMITED, answer);
        }
        if (status >= 500) {
            return retryLater(PLATFORM_UNAVAILABLE, answer);
        }
        if (status / 100 == 2) {
            return new SendResult.Failed(new SendError(OUTCOME_UNKNOWN, String.valueOf(status),
                    "WhatsApp accepted the message with an answer Outeract cannot read"));
        }
        return new SendResult.Failed(errorOf(INVALID_REQUEST, answer));
    }

    // 132000 to 132099: the template is missing, paused, disabled or given the wrong parameters.
    private static boolean isTemplateProblem(int code) {
        return code >= 132_000 && code <= 132_099;
    }

    private static SendResult retryLater(String code, GraphAnswer answer) {
        return new SendResult.RetryLater(errorOf(code, answer), retryDelay(answer.retryAfter()));
    }

    private static SendResult failed(String code, GraphError error, String description) {
        return new SendResult.Failed(new SendError(code, error.platformCode(), description));
    }

    private static SendError errorOf(String code, GraphAnswer answer) {
        GraphError error = answer.error();
        if (error == null || error.code() == null) {
            return new SendError(code, String.valueOf(answer.httpStatus()),
                    error == null ? "HTTP " + answer.httpStatus() : error.describe());
        }
        return new SendError(code, error.platformCode(), error.describe());
    }

    /** Meta documents no Retry-After for WhatsApp; when one comes in seconds, it is heeded. */
    private static Duration retryDelay(String retryAfter) {
        if (retryAfter == null || !retryAfter.trim().matches("\\d{1,9}")) {
            return null;
        }
        return Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
    }
}
