package io.outeract.adapters.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.HealthReport;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.common.Platform;
import java.io.IOException;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Fetching the account tells whether the credentials work and it can send; never throws. */
class SmsHealthCheckTest {

    private final FakeTwilio twilio = new FakeTwilio();
    private final SmsAdapter adapter = twilio.adapter();

    @AfterEach
    void stopTwilio() throws IOException {
        twilio.close();
    }

    @Test
    void speaksForSms() {
        assertThat(adapter.platform()).isEqualTo(Platform.SMS);
    }

    @Test
    void reportsTheNumberOfAnActiveAccount() {
        twilio.answersWithFixture("account-fetch-response");
        JsonNode documented = SmsFixtures.meta("account-fetch-response").path("request");

        HealthReport report = adapter.checkHealth(FakeTwilio.numberCredentials());

        assertThat(report).isEqualTo(new HealthReport(true, SmsFixtures.OUR_NUMBER,
                "Acme Example Support", "account " + SmsFixtures.ACCOUNT_SID + " active"));
        RecordedRequest request = twilio.request();
        assertThat(request.getMethod()).isEqualTo(documented.path("method").asText());
        assertThat(request.getPath())
                .isEqualTo("/2010-04-01/Accounts/" + SmsFixtures.ACCOUNT_SID + ".json");
        assertThat(request.getHeader("Authorization"))
                .isEqualTo(documented.path("headers").path("Authorization").asText());
    }

    @Test
    void reportsASuspendedAccount() {
        twilio.answers(200, SmsFixtures.text("account-fetch-response")
                .replace("\"active\"", "\"suspended\""));

        HealthReport report = adapter.checkHealth(FakeTwilio.numberCredentials());

        assertThat(report).isEqualTo(HealthReport.unhealthy("The Twilio account is suspended"));
    }

    @Test
    void reportsCredentialsTwilioRejects() {
        twilio.answersWithFixture("send-error-20003");

        HealthReport report = adapter.checkHealth(FakeTwilio.numberCredentials());

        assertThat(report).isEqualTo(
                HealthReport.unhealthy("Twilio refused the account fetch: 20003 Authenticate"));
    }

    @Test
    void reportsATwilioThatCannotBeReached() {
        HealthReport report =
                FakeTwilio.unreachableAdapter().checkHealth(FakeTwilio.numberCredentials());

        assertThat(report.healthy()).isFalse();
        assertThat(report.detail()).startsWith("Twilio could not be reached: ");
    }

    @Test
    void reportsAConnectionWithoutCredentials() {
        HealthReport report = adapter.checkHealth(
                Credentials.of(SmsCredentials.PHONE_NUMBER, SmsFixtures.OUR_NUMBER));

        assertThat(report.healthy()).isFalse();
        assertThat(twilio.requestCount()).isZero();
    }
}
