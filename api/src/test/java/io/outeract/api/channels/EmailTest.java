package io.outeract.api.channels;

import static io.outeract.api.support.Outeract.data;
import static io.outeract.api.support.Outeract.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.outeract.api.support.FakeChannels;
import io.outeract.api.support.FakeMeta;
import io.outeract.api.support.Outeract;
import io.outeract.api.support.RunningServerTest;
import io.outeract.api.support.Tenant;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A mailbox end to end: Mailgun's route forwards arrive at the connection's webhook (forms and
 * multipart, signed afresh with the account's key), their attachments are kept as files, and a
 * reply leaves through a real SMTP server on loopback, threaded under the mail it answers.
 */
class EmailTest extends RunningServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SIGNING_KEY = "4b8e2f6a9c1d3e7f5a0b8c2d6e4f1a3b";
    private static final String PUBLIC_BASE = "https://hooks.outeract.test";

    private final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp"));
    private Tenant tenant;
    private String webhookPath;
    private String mailbox;

    @BeforeEach
    void connectAMailbox() {
        smtp.start();
        mailbox = "support" + ThreadLocalRandom.current().nextInt(1000, 9999) + "@mg.example.com";
        smtp.setUser(mailbox, mailbox, "smtp-password");
        tenant = outeract.newTenant();
        JsonNode connected = data(outeract.admin("mutation { connectEmailMailbox(applicationId: \""
                + tenant.applicationId() + "\", mailbox: \"" + mailbox + "\", fromName: "
                + "\"Harbor Lane Support\", mailgunSigningKey: \"" + SIGNING_KEY + "\", smtp: { "
                + "host: \"127.0.0.1\", port: " + smtp.getSmtp().getPort() + ", username: \""
                + mailbox + "\", password: \"smtp-password\", security: \"none\" }) { "
                + "connection { id } webhookUrl } }")).path("connectEmailMailbox");
        webhookPath = connected.path("webhookUrl").asText().replace(PUBLIC_BASE, "");
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void storesAMailWithItsSubjectTextAndThreadingHeaders() {
        Outeract.Response answer = forward("inbound-reply-html.form",
                "application/x-www-form-urlencoded");
        assertThat(answer.status()).as(new String(answer.raw())).isEqualTo(200);

        JsonNode expected = meta("inbound-reply-html").path("expected");
        JsonNode message = eventually(() -> received(expected.path("dedupe_key").asText()),
                found -> found != null).path("payload").path("message");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(message.path("subject").asText()).isEqualTo(expected.path("subject").asText());
        assertThat(message.path("text").asText()).isEqualTo(expected.path("text").asText());
        assertThat(message.path("replyToExternalMessageId").asText())
                .isEqualTo(expected.path("reply_to_message_id").asText());
        assertThat(message.path("threadId").asText())
                .isEqualTo(expected.path("thread_id").asText());
    }

    @Test
    void keepsAMailsAttachmentsAsFilesOfItsApplication() {
        Outeract.Response answer = forward("inbound-attachments.multipart",
                "multipart/form-data; boundary=c6a1f0e2b9d84d7f8e3a5b1c2d4e6f70");

        assertThat(answer.status()).as(new String(answer.raw())).isEqualTo(200);
        List<String> stored = eventually(this::storedFileDigests, found -> found.size() >= 2);
        for (JsonNode attachment : meta("inbound-attachments").path("expected")
                .path("attachments")) {
            assertThat(stored).contains(attachment.path("sha256").asText());
        }
        assertThat(dispositions).anyMatch(disposition ->
                disposition.contains("statement-2025-10.csv"));
    }

    @Test
    void refusesAForwardWhoseSignatureIsNotTheAccountsKey() {
        byte[] body = FakeChannels.fixtureBytes("email/inbound-plain.form");

        Outeract.Response answer = outeract.post(webhookPath,
                Map.of("Content-Type", "application/x-www-form-urlencoded"), body);

        assertThat(answer.status()).as("a stale fixture signature").isEqualTo(401);
    }

    @Test
    void repliesThreadedUnderTheMailItAnswers() throws Exception {
        forward("inbound-plain.form", "application/x-www-form-urlencoded");
        JsonNode expected = meta("inbound-plain").path("expected");
        String original = expected.path("external_message_id").asText();
        eventually(() -> received(expected.path("dedupe_key").asText()), found -> found != null);
        String connectionId = null;
        for (JsonNode connection : data(outeract.developer(tenant.apiKey(),
                "{ platformConnections { id platformName } }")).path("platformConnections")) {
            if (connection.path("platformName").asText().equals("email")) {
                connectionId = connection.path("id").asText();
            }
        }

        String messageId = data(outeract.developer(tenant.apiKey(), "mutation { sendMessage("
                + "input: { connectionId: \"" + connectionId + "\", externalChatId: \""
                + expected.path("sender_id").asText() + "\", text: \"Here is the corrected "
                + "export.\", subject: \"Re: Invoice export question\", "
                + "replyToExternalMessageId: \"" + original + "\" }) { id } }"))
                .path("sendMessage").path("id").asText();

        JsonNode sent = eventually(() -> data(outeract.developer(tenant.apiKey(),
                "{ message(id: \"" + messageId + "\") { status errorCode } }")).path("message"),
                found -> List.of("SENT", "FAILED").contains(found.path("status").asText()));
        assertThat(sent.path("status").asText()).as(sent.toString()).isEqualTo("SENT");
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Re: Invoice export question");
        assertThat(mail.getHeader("In-Reply-To")[0]).isEqualTo("<" + original + ">");
        assertThat(mail.getHeader("References")[0]).contains(original);
    }

    private Outeract.Response forward(String fixture, String contentType) {
        String name = fixture.substring(0, fixture.lastIndexOf('.'));
        byte[] body = resigned(FakeChannels.fixtureBytes("email/" + fixture),
                meta(name).path("signature_fields"));
        return outeract.post(webhookPath, Map.of("Content-Type", contentType), body);
    }

    /**
     * The fixture's body with a timestamp of now and a token of its own (Mailgun's tokens are
     * single-use, and Outeract refuses one that comes back with other fields), signed again
     * with the account's key.
     */
    private static byte[] resigned(byte[] body, JsonNode fields) {
        String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
        byte[] random = new byte[25];
        ThreadLocalRandom.current().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        String signature = hmac(timestamp + token);
        String text = new String(body, StandardCharsets.ISO_8859_1)
                .replace(fields.path("timestamp").asText(), timestamp)
                .replace(fields.path("token").asText(), token)
                .replace(fields.path("signature").asText(), signature);
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SIGNING_KEY.getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode received(String dedupeKey) {
        for (JsonNode edge : events("message.received")) {
            if (edge.path("node").path("payload").path("dedupeKey").asText().equals(dedupeKey)) {
                return edge.path("node");
            }
        }
        return null;
    }

    private final List<String> dispositions = new ArrayList<>();

    private List<String> storedFileDigests() {
        List<String> digests = new ArrayList<>();
        for (JsonNode edge : events("message.attachment_stored")) {
            String fileId = edge.path("node").path("payload").path("fileId").asText();
            Outeract.Response file = outeract.get("/v1/files/" + fileId,
                    Map.of("Authorization", "Bearer " + tenant.apiKey()));
            if (file.status() == 200) {
                digests.add(FakeMeta.sha256Hex(file.raw()));
                dispositions.add(file.header("Content-Disposition"));
            }
        }
        return digests;
    }

    private JsonNode events(String type) {
        return data(outeract.developer(tenant.apiKey(), "{ events(first: 50, filters: { "
                + "eventType: { eq: \"" + type + "\" } }) { edges { node { payload } } } }"))
                .path("events").path("edges");
    }

    private static JsonNode meta(String name) {
        try {
            return JSON.readTree(FakeChannels.fixtureBytes("email/" + name + ".meta.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
