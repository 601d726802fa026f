package io.outeract.adapters.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.outeract.adapters.HealthReport;
import io.outeract.contract.common.Credentials;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The health check logs in to the SMTP server and sends nothing. */
class SmtpHealthCheckTest {

    private final GreenMail smtp = new GreenMail(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    private final EmailAdapter adapter = SmtpCredentials.adapter();

    @BeforeEach
    void startTheServer() {
        smtp.start();
        smtp.setUser(SmtpCredentials.FROM, SmtpCredentials.USERNAME, SmtpCredentials.PASSWORD);
    }

    @AfterEach
    void stopTheServer() {
        smtp.stop();
    }

    @Test
    void reportsTheMailboxAndItsNameWhenTheServerTakesThePassword() {
        HealthReport report = adapter.checkHealth(
                SmtpCredentials.onLoopback(smtp.getSmtp().getPort()));

        assertThat(report).isEqualTo(HealthReport.healthy("support@mg.example.com",
                "Acme Support"));
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void reportsARefusedPasswordWithoutShowingIt() {
        HealthReport report = adapter.checkHealth(SmtpCredentials.onLoopback(
                smtp.getSmtp().getPort(), "none", "not-the-password"));

        assertThat(report.healthy()).isFalse();
        assertThat(report.detail()).contains("refused the username and password")
                .doesNotContain("not-the-password");
    }

    @Test
    void reportsTheSessionTranscriptsRefusalAsUnhealthy() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.replaying(
                EmailFixtures.text("smtp-session-auth-failed.txt"))) {
            HealthReport report = adapter.checkHealth(SmtpCredentials.onLoopback(server.port()));

            assertThat(report.healthy()).isFalse();
            assertThat(server.verbs()).doesNotContain("MAIL");
        }
    }

    @Test
    void reportsAServerThatCannotBeReached() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }

        HealthReport report = adapter.checkHealth(SmtpCredentials.onLoopback(closedPort));

        assertThat(report.healthy()).isFalse();
        assertThat(report.detail()).contains("could not be reached");
    }

    @Test
    void namesTheMissingSettingWhenTheConnectionHasNoHost() {
        Map<String, String> values =
                new HashMap<>(SmtpCredentials.onLoopback(smtp.getSmtp().getPort()).values());
        values.remove(EmailCredentials.SMTP_HOST);

        HealthReport report = adapter.checkHealth(new Credentials(values));

        assertThat(report.healthy()).isFalse();
        assertThat(report.detail()).contains(EmailCredentials.SMTP_HOST);
    }
}
