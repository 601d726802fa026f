package io.outeract.adapters.meta.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.outeract.adapters.HealthReport;
import io.outeract.contract.common.Credentials;
import java.io.IOException;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A connection is healthy when its token can read its business number. */
class WhatsAppHealthCheckTest {

    private final FakeWhatsApp whatsApp = new FakeWhatsApp();
    private final WhatsAppAdapter adapter = whatsApp.adapter();

    @AfterEach
    void stopWhatsApp() throws IOException {
        whatsApp.close();
    }

    @Test
    void asksForTheNumbersNameStatusAndQuality() {
        whatsApp.answersWithFixture(200, "phone-number-health-response");

        adapter.checkHealth(FakeWhatsApp.numberCredentials());

        RecordedRequest request = whatsApp.request();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/v25.0/118204573395061");
        assertThat(request.getRequestUrl().queryParameter("fields")).isEqualTo(
                "verified_name,code_verification_status,display_phone_number,quality_rating");
        assertThat(request.getHeader("Authorization"))
                .isEqualTo("Bearer " + FakeWhatsApp.ACCESS_TOKEN);
    }

    @Test
    void isHealthyUnderTheNumbersVerifiedName() {
        whatsApp.answersWithFixture(200, "phone-number-health-response");

        HealthReport report = adapter.checkHealth(FakeWhatsApp.numberCredentials());

        assertThat(report).isEqualTo(HealthReport.healthy(
                WhatsAppFixtures.meta("phone-number-health-response").path("expected")
                        .path("routing_id").asText(),
                WhatsAppFixtures.json("phone-number-health-response").path("verified_name")
                        .asText()));
    }

    @Test
    void fallsBackOnTheDisplayNumberWhenTheNameIsNotVerified() {
        whatsApp.answers(200, """
                {"display_phone_number":"+1 415-555-0100","id":"118204573395061"}""");

        HealthReport report = adapter.checkHealth(FakeWhatsApp.numberCredentials());

        assertThat(report.displayName()).isEqualTo("+1 415-555-0100");
    }

    @Test
    void isUnhealthyInMetasWordsWhenTheTokenIsRejected() {
        whatsApp.answers(401, """
                {"error":{"message":"Error validating access token: Session has expired",\
                "type":"OAuthException","code":190,"fbtrace_id":"AXd4"}}""");

        HealthReport report = adapter.checkHealth(FakeWhatsApp.numberCredentials());

        assertThat(report).isEqualTo(HealthReport.unhealthy(
                "Error validating access token: Session has expired"));
    }

    @Test
    void isUnhealthyWhenWhatsAppCannotBeReached() {
        HealthReport report = FakeWhatsApp.unreachableAdapter()
                .checkHealth(FakeWhatsApp.numberCredentials());

        assertThat(report.healthy()).isFalse();
        assertThat(report.detail()).startsWith("WhatsApp could not be reached");
    }

    @Test
    void isUnhealthyWithoutCallingWhatsAppWhenTheNumberIsNotNamed() {
        Credentials tokenOnly = new Credentials(Map.of(
                WhatsAppCredentials.ACCESS_TOKEN, FakeWhatsApp.ACCESS_TOKEN));

        HealthReport report = adapter.checkHealth(tokenOnly);

        assertThat(report.healthy()).isFalse();
        assertThat(whatsApp.requestCount()).isZero();
    }
}
