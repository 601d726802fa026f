package io.outeract.adapters.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.testing.CapturedLogs;
import java.io.IOException;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Neither the SMTP password, nor the signing key, nor what a mail says is ever logged. */
class EmailLoggingTest {

    private static final String TEXT = "Your refund of 129.90 EUR is on its way.";

    @RegisterExtension
    final CapturedLogs logs = new CapturedLogs("io.outeract.adapters.email");

    private final GreenMail smtp = new GreenMail(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @BeforeEach
    void startSmtp() {
        smtp.start();
        smtp.setUser(SmtpCredentials.FROM, SmtpCredentials.USERNAME, SmtpCredentials.PASSWORD);
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void logsNoSecretAndNoTextWhateverTheServersAnswer() throws IOException {
        EmailAdapter adapter = SmtpCredentials.adapter();
        OutgoingMessage refund = new OutgoingMessage("leo.park@example.org", TEXT, null, null,
                null, null, "Refund");

        adapter.send(refund, SmtpCredentials.onLoopback(smtp.getSmtp().getPort()));
        adapter.send(refund, SmtpCredentials.onLoopback(smtp.getSmtp().getPort(), "none",
                "wrong-" + SmtpCredentials.PASSWORD));
        try (ScriptedSmtpServer server = ScriptedSmtpServer.replaying(
                EmailFixtures.text("smtp-session-rcpt-rejected.txt"))) {
            adapter.send(refund, SmtpCredentials.onLoopback(server.port()));
        }
        EmailAdapter receiving = EmailFixtures.adapterFor("inbound-plain");
        receiving.hasValidSignature(EmailFixtures.webhook("inbound-plain"), EmailFixtures.SECRETS);
        receiving.parseWebhook(EmailFixtures.webhook("inbound-plain"), EmailFixtures.CONNECTION);

        assertThat(logs.lines()).isNotEmpty();
        assertThat(logs.messages()).allSatisfy(line -> assertThat(line)
                .doesNotContain(SmtpCredentials.PASSWORD)
                .doesNotContain(Base64.getEncoder().encodeToString(
                        SmtpCredentials.PASSWORD.getBytes()))
                .doesNotContain(EmailFixtures.SIGNING_KEY)
                .doesNotContain(TEXT)
                .doesNotContain("INV-2291"));
    }
}
