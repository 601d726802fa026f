package io.outeract.adapters.sms;

import io.outeract.adapters.HealthReport;
import io.outeract.contract.common.Credentials;
import java.util.Optional;

/**
 * Fetches the Twilio account to tell whether the credentials work and the account is active
 * (a suspended or closed one cannot send); never throws. The account speaks for the
 * connection's number, which Twilio is not asked about here.
 */
final class SmsHealthCheck {

    private final TwilioRestApi api;

    SmsHealthCheck(TwilioRestApi api) {
        this.api = api;
    }

    HealthReport check(Credentials credentials) {
        Optional<String> accountSid = SmsCredentials.find(credentials, SmsCredentials.ACCOUNT_SID);
        Optional<String> authToken = SmsCredentials.find(credentials, SmsCredentials.AUTH_TOKEN);
        if (accountSid.isEmpty() || authToken.isEmpty()) {
            return HealthReport.unhealthy("The connection has no Twilio account SID and token");
        }

        TwilioAnswer answer;
        try {
            answer = api.fetchAccount(accountSid.get(), authToken.get());
        } catch (TwilioTransportException failure) {
            return HealthReport.unhealthy("Twilio could not be reached: " + failure.getMessage());
        }
        return reportOn(answer, credentials, accountSid.get());
    }

    private static HealthReport reportOn(TwilioAnswer answer, Credentials credentials,
            String accountSid) {
        if (!answer.succeeded()) {
            return HealthReport.unhealthy("Twilio refused the account fetch: "
                    + answer.platformCode() + " " + answer.describe());
        }
        String status = answer.text("status");
        if (!"active".equals(status)) {
            return HealthReport.unhealthy("The Twilio account is " + status);
        }
        String number = SmsCredentials.find(credentials, SmsCredentials.PHONE_NUMBER)
                .orElse(accountSid);
        return new HealthReport(true, number, answer.text("friendly_name"),
                "account " + accountSid + " active");
    }
}
