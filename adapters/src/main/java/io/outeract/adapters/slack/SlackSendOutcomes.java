package io.outeract.adapters.slack;

import static io.outeract.adapters.SendErrorCodes.INVALID_REQUEST;
import static io.outeract.adapters.SendErrorCodes.OUTCOME_UNKNOWN;
import static io.outeract.adapters.SendErrorCodes.PLATFORM_UNAVAILABLE;
import static io.outeract.adapters.SendErrorCodes.PLATFORM_UNREACHABLE;
import static io.outeract.adapters.SendErrorCodes.RATE_LIMITED;
import static io.outeract.adapters.SendErrorCodes.RECIPIENT_NOT_FOUND;
import static io.outeract.adapters.SendErrorCodes.RECIPIENT_UNREACHABLE;
import static io.outeract.adapters.SendErrorCodes.UNAUTHORIZED;

import io.outeract.adapters.SendResult;
import io.outeract.contract.outbound.SendError;
import java.util.Map;
import java.util.Set;

/**
 * What a chat.postMessage call came to, in Outeract's words. Slack answers refusals with HTTP
 * 200 and {@code ok:false}, so the error code, not the status, says what went wrong.
 */
final class SlackSendOutcomes {

    private static final Map<String, String> REFUSALS = Map.ofEntries(
            Map.entry("channel_not_found", RECIPIENT_NOT_FOUND),
            Map.entry("user_not_found", RECIPIENT_NOT_FOUND),
            Map.entry("not_in_channel", RECIPIENT_UNREACHABLE),
            Map.entry("is_archived", RECIPIENT_UNREACHABLE),
            Map.entry("restricted_action", RECIPIENT_UNREACHABLE),
            Map.entry("invalid_auth", UNAUTHORIZED),
            Map.entry("not_authed", UNAUTHORIZED),
            Map.entry("token_revoked", UNAUTHORIZED),
            Map.entry("token_expired", UNAUTHORIZED),
            Map.entry("account_inactive", UNAUTHORIZED),
            Map.entry("missing_scope", UNAUTHORIZED));

    /** Slack's words for "it went wrong on our side, and part of it may have happened". */
    private static final Set<String> MAYBE_DONE = Set.of("internal_error", "fatal_error");

    private SlackSendOutcomes() {
    }

    static SendResult of(SlackAnswer answer) {
        int status = answer.httpStatus();
        if (status == 429 || "ratelimited".equals(answer.error())) {
            return new SendResult.RetryLater(error(RATE_LIMITED, answer), answer.retryAfter());
        }
        if (status >= 500 || "service_unavailable".equals(answer.error())) {
            return new SendResult.RetryLater(error(PLATFORM_UNAVAILABLE, answer), null);
        }
        if (answer.ok()) {
            return sent(answer);
        }
        if (status >= 200 && status < 300 && answer.error() == null
                || MAYBE_DONE.contains(answer.error())) {
            return new SendResult.Failed(error(OUTCOME_UNKNOWN, answer));
        }
        if (answer.error() == null && (status == 401 || status == 403)) {
            return new SendResult.Failed(error(UNAUTHORIZED, answer));
        }
        return new SendResult.Failed(
                error(REFUSALS.getOrDefault(answer.error(), INVALID_REQUEST), answer));
    }

    /**
     * A call without an answer. Once the request had been handed over, Slack may have posted
     * the message and lost only the answer; posting again could show it twice, so the outcome
     * is reported unknown and not retried. A request that never left is safe to retry.
     */
    static SendResult of(SlackTransportException failure) {
        if (failure.requestHandedOver()) {
            return new SendResult.Failed(new SendError(OUTCOME_UNKNOWN, null,
                    "Slack did not answer after the message was sent, so it may have been "
                            + "posted: " + failure.getMessage()));
        }
        return new SendResult.RetryLater(new SendError(PLATFORM_UNREACHABLE, null,
                "Slack could not be reached: " + failure.getMessage()), null);
    }

    private static SendResult sent(SlackAnswer answer) {
        String ts = answer.text("ts");
        if (!SlackTimestamps.isTs(ts)) {
            return new SendResult.Failed(new SendError(OUTCOME_UNKNOWN,
                    String.valueOf(answer.httpStatus()),
                    "Slack accepted the message but named no ts for it"));
        }
        return new SendResult.Sent(ts);
    }

    private static SendError error(String code, SlackAnswer answer) {
        String description = answer.error() != null
                ? "Slack answered " + answer.error()
                : "Slack answered HTTP " + answer.httpStatus();
        return new SendError(code, answer.platformCode(), description);
    }
}
