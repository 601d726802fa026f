package io.outeract.adapters.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.SendErrorCodes;
import io.outeract.adapters.SendResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * Sends against a server that answers as the {@code smtp-session-*.txt} transcripts do, and
 * checks what each answer comes to: sent, retry later, or failed for good.
 */
class SmtpTranscriptTest {

    private static final String AUTH_PLAIN = "AUTH PLAIN "
            + "AHBvc3RtYXN0ZXJAbWcuZXhhbXBsZS5jb20AdGVzdC1zbXRwLXBhc3N3b3JkLW5vdC1yZWFs";

    private final EmailAdapter adapter = SmtpCredentials.adapter();

    @Test
    void sendsWhenTheServerQueuesTheMessage() throws IOException {
        try (ScriptedSmtpServer server = replaying("smtp-session-success.txt")) {
            SendResult result = send(server, "elodie.martin@example.org");

            assertThat(result).isInstanceOf(SendResult.Sent.class);
            assertThat(server.commands()).contains(AUTH_PLAIN,
                    "MAIL FROM:<support@mg.example.com>", "RCPT TO:<elodie.martin@example.org>",
                    "DATA", "<message>");
        }
    }

    @Test
    void failsForGoodWhenTheServerRefusesThePassword() throws IOException {
        try (ScriptedSmtpServer server = replaying("smtp-session-auth-failed.txt")) {
            SendResult result = send(server, "elodie.martin@example.org");

            assertFailed(result, SendErrorCodes.UNAUTHORIZED, "535");
            assertThat(server.verbs()).doesNotContain("MAIL");
        }
    }

    @Test
    void failsForGoodWhenTheServerHasNoSuchRecipient() throws IOException {
        try (ScriptedSmtpServer server = replaying("smtp-session-rcpt-rejected.txt")) {
            SendResult result = send(server, "no-such-user@example.org");

            assertFailed(result, SendErrorCodes.RECIPIENT_NOT_FOUND, "550");
            assertThat(server.verbs()).doesNotContain("DATA");
        }
    }

    @Test
    void triesAgainLaterWhenTheServerLimitsTheRate() throws IOException {
        try (ScriptedSmtpServer server = replaying("smtp-session-tempfail.txt")) {
            SendResult result = send(server, "elodie.martin@example.org");

            assertThat(result).isInstanceOfSatisfying(SendResult.RetryLater.class, later -> {
                assertThat(later.error().code()).isEqualTo(SendErrorCodes.RATE_LIMITED);
                assertThat(later.error().platformCode()).isEqualTo("451");
            });
            assertThat(server.verbs()).doesNotContain("RCPT", "DATA");
        }
    }

    @Test
    void triesAgainLaterWhenTheServerClosesAtOnce() throws IOException {
        String closing = "S: 421 4.3.2 Service not available, closing transmission channel\n";
        try (ScriptedSmtpServer server = ScriptedSmtpServer.replaying(closing)) {
            SendResult result = send(server, "elodie.martin@example.org");

            assertThat(result).isInstanceOfSatisfying(SendResult.RetryLater.class, later ->
                    assertThat(later.error().code())
                            .isEqualTo(SendErrorCodes.PLATFORM_UNAVAILABLE));
        }
    }

    @Test
    void triesAgainLaterWhenNoServerListens() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }

        SendResult result = adapter.send(toElodie(), SmtpCredentials.onLoopback(closedPort));

        assertThat(result).isInstanceOfSatisfying(SendResult.RetryLater.class, later ->
                assertThat(later.error().code()).isEqualTo(SendErrorCodes.PLATFORM_UNREACHABLE));
    }

    @Test
    void triesAgainLaterWhenTheConnectionBreaksBeforeData() throws IOException {
        String transcript = ScriptedSmtpServer.cutBefore(
                EmailFixtures.text("smtp-session-success.txt"), "C: RCPT");
        try (ScriptedSmtpServer server = ScriptedSmtpServer.replaying(transcript)) {
            SendResult result = send(server, "elodie.martin@example.org");

            assertThat(result).isInstanceOfSatisfying(SendResult.RetryLater.class, later ->
                    assertThat(later.error().code())
                            .isEqualTo(SendErrorCodes.PLATFORM_UNREACHABLE));
            assertThat(server.verbs()).doesNotContain("DATA");
        }
    }

    @Test
    void neverSendsTwiceWhenTheConnectionBreaksAfterTheMessageWasHandedOver()
            throws IOException {
        String transcript = ScriptedSmtpServer.cutBefore(
                EmailFixtures.text("smtp-session-success.txt"), "C: .");
        try (ScriptedSmtpServer server = ScriptedSmtpServer.replaying(transcript)) {
            SendResult result = send(server, "elodie.martin@example.org");

            assertFailed(result, SendErrorCodes.OUTCOME_UNKNOWN, "354");
            assertThat(server.commands()).contains("<message>");
        }
    }

    @Test
    void neverSendsThePasswordWhenStartTlsIsRequiredButNotOffered() throws IOException {
        try (ScriptedSmtpServer server = replaying("smtp-session-success.txt")) {
            SendResult result = adapter.send(toElodie(), SmtpCredentials.onLoopback(
                    server.port(), "starttls", SmtpCredentials.PASSWORD));

            assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed ->
                    assertThat(failed.error().code())
                            .isEqualTo(SendErrorCodes.CONNECTION_UNAVAILABLE));
            assertThat(server.verbs()).doesNotContain("AUTH", "MAIL");
        }
    }

    private SendResult send(ScriptedSmtpServer server, String to) {
        OutgoingMessage message = new OutgoingMessage(to, "Bonjour", null, null, null, null,
                "Your ticket TCK-4822");
        return adapter.send(message, SmtpCredentials.onLoopback(server.port()));
    }

    private static OutgoingMessage toElodie() {
        return new OutgoingMessage("elodie.martin@example.org", "Bonjour", null, null, null,
                null, "Your ticket TCK-4822");
    }

    private static ScriptedSmtpServer replaying(String transcript) {
        return ScriptedSmtpServer.replaying(EmailFixtures.text(transcript));
    }

    private static void assertFailed(SendResult result, String code, String platformCode) {
        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.error().code()).isEqualTo(code);
            assertThat(failed.error().platformCode()).isEqualTo(platformCode);
        });
    }
}
