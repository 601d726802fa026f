package io.outeract.adapters.meta.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.outeract.adapters.HealthReport;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.common.Platform;
import java.io.IOException;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reading the connection's own Page or Instagram account tells whether its token still works
 * and which account it is; the check never throws.
 */
class MessagingHealthCheckTest {

    private static final String PAGE = MessagingFixtures.PAGE_ID;
    private static final String ACCOUNT = MessagingFixtures.INSTAGRAM_ACCOUNT_ID;

    private final FakeMeta meta = new FakeMeta();

    @AfterEach
    void stopMeta() throws IOException {
        meta.close();
    }

    @Test
    void speaksForMessengerAndInstagram() {
        assertThat(meta.messenger().platform()).isEqualTo(Platform.MESSENGER);
        assertThat(meta.instagram().platform()).isEqualTo(Platform.INSTAGRAM);
    }

    @Test
    void reportsThePageAWorkingPageTokenSpeaksFor() {
        meta.answers(200, "{\"id\":\"" + PAGE + "\",\"name\":\"Harbor Lane Bikes\"}");

        HealthReport report = meta.messenger().checkHealth(FakeMeta.pageCredentials());

        assertThat(report).isEqualTo(HealthReport.healthy(PAGE, "Harbor Lane Bikes"));
        RecordedRequest request = meta.request();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getPath()).isEqualTo("/v25.0/" + PAGE + "?fields=id%2Cname");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + FakeMeta.PAGE_TOKEN);
    }

    @Test
    void reportsTheInstagramAccountByItsUsername() {
        meta.answers(200, "{\"id\":\"" + ACCOUNT + "\",\"username\":\"harborlane.ceramics\"}");

        HealthReport report = meta.instagram().checkHealth(FakeMeta.instagramCredentials());

        assertThat(report).isEqualTo(HealthReport.healthy(ACCOUNT, "harborlane.ceramics"));
        assertThat(meta.request().getPath())
                .isEqualTo("/v25.0/" + ACCOUNT + "?fields=id%2Cusername");
    }

    @Test
    void reportsATokenMetaRejectsInMetasWords() {
        meta.answers(400, """
                {"error":{"message":"Error validating access token: The session has been \
                invalidated because the user changed their password.","code":190,\
                "error_subcode":460}}""");

        HealthReport report = meta.messenger().checkHealth(FakeMeta.pageCredentials());

        assertThat(report).isEqualTo(HealthReport.unhealthy("Meta rejected the page_access_token: "
                + "Error validating access token: The session has been invalidated because the "
                + "user changed their password."));
    }

    @Test
    void reportsAnyOtherRefusalInMetasWords() {
        meta.answers(400, """
                {"error":{"message":"(#100) Unsupported get request.","code":100}}""");

        HealthReport report = meta.messenger().checkHealth(FakeMeta.pageCredentials());

        assertThat(report).isEqualTo(HealthReport.unhealthy("(#100) Unsupported get request."));
    }

    @Test
    void reportsATokenThatSpeaksForAnotherPage() {
        meta.answers(200, "{\"id\":\"" + MessagingFixtures.SECOND_PAGE_ID + "\",\"name\":\"B\"}");

        HealthReport report = meta.messenger().checkHealth(FakeMeta.pageCredentials());

        assertThat(report.healthy()).isFalse();
        assertThat(report.detail()).contains(MessagingFixtures.SECOND_PAGE_ID, PAGE);
    }

    @Test
    void reportsAMetaThatCannotBeReached() {
        HealthReport report = new MessengerAdapter(FakeMeta.unreachableApi())
                .checkHealth(FakeMeta.pageCredentials());

        assertThat(report.healthy()).isFalse();
        assertThat(report.detail())
                .startsWith("Messenger could not be reached: ")
                .doesNotContain(FakeMeta.PAGE_TOKEN);
    }

    @Test
    void reportsAConnectionWithoutItsTokenWithoutAskingMeta() {
        Credentials pageOnly = Credentials.of(MessagingCredentials.PAGE_ID, PAGE);

        HealthReport report = meta.messenger().checkHealth(pageOnly);

        assertThat(report).isEqualTo(HealthReport.unhealthy(
                "The connection needs its page_access_token and its page_id"));
        assertThat(meta.requestCount()).isZero();
    }
}
