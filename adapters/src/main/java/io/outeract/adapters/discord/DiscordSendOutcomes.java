package io.outeract.adapters.discord;

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

/** What a Create Message call came to, in Outeract's words, by Discord's JSON error code. */
final class DiscordSendOutcomes {

    private static final Map<String, String> REFUSALS = Map.of(
            "10003", RECIPIENT_NOT_FOUND,
            "10013", RECIPIENT_NOT_FOUND,
            "50001", RECIPIENT_UNREACHABLE,
            "50007", RECIPIENT_UNREACHABLE,
            "50013", RECIPIENT_UNREACHABLE,
            "40001", UNAUTHORIZED);

    private DiscordSendOutcomes() {
    }

    static SendResult of(DiscordAnswer answer) {
        if (answer.succeeded()) {
            return sent(answer);
        }
        if (answer.httpStatus() == 429) {
            String scope = answer.global() ? " (global)" : "";
            return new SendResult.RetryLater(new SendError(RATE_LIMITED, "429",
                    answer.describe() + scope), answer.retryAfter());
        }
        if (answer.httpStatus() >= 500) {
            return new SendResult.RetryLater(error(PLATFORM_UNAVAILABLE, answer), null);
        }
        String code = REFUSALS.get(answer.code());
        if (code == null) {
            code = answer.httpStatus() == 401 ? UNAUTHORIZED : INVALID_REQUEST;
        }
        return new SendResult.Failed(error(code, answer));
    }

    /**
     * A call without an answer. Once the request had been handed over, Discord may have posted
     * the message and lost only the answer; posting again could show it twice, so the outcome
     * is reported unknown and not retried. A request that never left is safe to retry.
     */
    static SendResult of(DiscordTransportException failure) {
        if (failure.requestHandedOver()) {
            return new SendResult.Failed(new SendError(OUTCOME_UNKNOWN, null,
                    "Discord did not answer after the message was sent, so it may have been "
                            + "posted: " + failure.getMessage()));
        }
        return new SendResult.RetryLater(new SendError(PLATFORM_UNREACHABLE, null,
                "Discord could not be reached: " + failure.getMessage()), null);
    }

    private static SendResult sent(DiscordAnswer answer) {
        String id = answer.text("id");
        if (!DiscordJson.isSnowflake(id)) {
            return new SendResult.Failed(new SendError(OUTCOME_UNKNOWN,
                    String.valueOf(answer.httpStatus()),
                    "Discord accepted the message but named no id for it"));
        }
        return new SendResult.Sent(id);
    }

    private static SendError error(String code, DiscordAnswer answer) {
        return new SendError(code, answer.platformCode(), answer.describe());
    }
}
