package io.outeract.adapters.sms;

import static io.outeract.adapters.SendErrorCodes.INVALID_REQUEST;
import static io.outeract.adapters.SendErrorCodes.OUTCOME_UNKNOWN;
import static io.outeract.adapters.SendErrorCodes.PLATFORM_UNAVAILABLE;
import static io.outeract.adapters.SendErrorCodes.PLATFORM_UNREACHABLE;
import static io.outeract.adapters.SendErrorCodes.RATE_LIMITED;
import static io.outeract.adapters.SendErrorCodes.RECIPIENT_NOT_FOUND;
import static io.outeract.adapters.SendErrorCodes.RECIPIENT_OPTED_OUT;
import static io.outeract.adapters.SendErrorCodes.RECIPIENT_UNREACHABLE;
import static io.outeract.adapters.SendErrorCodes.UNAUTHORIZED;

import io.outeract.adapters.SendResult;
import io.outeract.contract.outbound.SendError;
import java.util.Map;

/**
 * What a create-message call came to, in Outeract's words. Twilio refuses synchronously only
 * what it can see at once (the number, the account, the opt-out list); what the carrier
 * refuses arrives later as a status callback.
 */
final class SmsSendOutcomes {

    private static final Map<String, String> REFUSALS = Map.ofEntries(
            Map.entry("21211", RECIPIENT_NOT_FOUND),
            Map.entry("21610", RECIPIENT_OPTED_OUT),
            Map.entry("21408", RECIPIENT_UNREACHABLE),
            Map.entry("21612", RECIPIENT_UNREACHABLE),
            Map.entry("21614", RECIPIENT_UNREACHABLE),
            Map.entry("20003", UNAUTHORIZED));

    private SmsSendOutcomes() {
    }

    static SendResult of(TwilioAnswer answer) {
        if (answer.succeeded()) {
            return sent(answer);
        }
        // 20429: too many concurrent requests; Twilio never began on this one.
        if (answer.httpStatus() == 429 || "20429".equals(answer.errorCode())) {
            return new SendResult.RetryLater(error(RATE_LIMITED, answer), answer.retryAfter());
        }
        if (answer.httpStatus() >= 500) {
            return new SendResult.RetryLater(error(PLATFORM_UNAVAILABLE, answer), null);
        }
        String code = REFUSALS.get(answer.errorCode());
        if (code == null) {
            code = answer.httpStatus() == 401 ? UNAUTHORIZED : INVALID_REQUEST;
        }
        return new SendResult.Failed(error(code, answer));
    }

    /**
     * A call without an answer. Once the request had been handed over, Twilio may have queued
     * the message and lost only the answer; sending again could text the person twice, so the
     * outcome is reported unknown and not retried. A request that never left is safe to retry.
     */
    static SendResult of(TwilioTransportException failure) {
        if (failure.requestHandedOver()) {
            return new SendResult.Failed(new SendError(OUTCOME_UNKNOWN, null,
                    "Twilio did not answer after the message was sent, so it may have been "
                            + "queued: " + failure.getMessage()));
        }
        return new SendResult.RetryLater(new SendError(PLATFORM_UNREACHABLE, null,
                "Twilio could not be reached: " + failure.getMessage()), null);
    }

    private static SendResult sent(TwilioAnswer answer) {
        String sid = answer.text("sid");
        if (sid == null || sid.isBlank()) {
            return new SendResult.Failed(new SendError(OUTCOME_UNKNOWN,
                    String.valueOf(answer.httpStatus()),
                    "Twilio accepted the message but named no sid for it"));
        }
        return new SendResult.Sent(sid);
    }

    private static SendError error(String code, TwilioAnswer answer) {
        return new SendError(code, answer.platformCode(), answer.describe());
    }
}
