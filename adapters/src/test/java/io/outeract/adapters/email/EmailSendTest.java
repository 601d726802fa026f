package io.outeract.adapters.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.outeract.adapters.MediaUpload;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.SendErrorCodes;
import io.outeract.adapters.SendResult;
import io.outeract.contract.outbound.MediaReference;
import io.outeract.contract.outbound.MessageTemplate;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sends through a real SMTP server, GreenMail on loopback, with AUTH, and reads what arrived:
 * the message must be built as {@code outbound-message.eml} is.
 */
class EmailSendTest {

    private static final String ELODIE = "elodie.martin@example.org";
    private static final String SUBJECT = "Re: Réunion de lundi – ordre du jour";
    private static final String TEXT =
            "Bonjour Élodie,\n\nla réunion est confirmée pour lundi 10h.\n\n— Acme Support";
    private static final String HER_MAIL =
            "0d1f6a2e-8c3b-4e7a-9f10-5b2c7d8e9a01@mail.example.org";
    private static final byte[] AGENDA = Base64.getDecoder().decode(
            "JVBERi0xLjQKJSBmYWtlIHRlc3QgYXR0YWNobWVudCwgbm90IGEgcmVhbCBQREYKJSVFT0YK");

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
    void sendsAReplyBuiltAsTheOutboundFixtureIs() throws Exception {
        SendResult result = adapter.send(replyWithAgenda(), credentials());

        MimeMessage sent = onlyReceived();
        MimeMessage fixture = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(EmailFixtures.bytes("outbound-message.eml")));
        assertThat(result).isInstanceOf(SendResult.Sent.class);
        assertThat(shape(sent)).isEqualTo(shape(fixture));
        assertThat(sent.getSubject()).isEqualTo(fixture.getSubject()).isEqualTo(SUBJECT);
        assertThat(sent.getHeader("Subject", null)).startsWith("=?UTF-8?");
        assertThat(sent.getFrom()).containsExactly(fixture.getFrom());
        assertThat(((InternetAddress) sent.getFrom()[0]).getPersonal()).isEqualTo("Acme Support");
        assertThat(sent.getAllRecipients()).extracting(Object::toString).containsExactly(ELODIE);
    }

    @Test
    void namesTheMessageByTheMessageIdItCarries() throws Exception {
        SendResult result = adapter.send(replyWithAgenda(), credentials());

        assertThat(result).isInstanceOf(SendResult.Sent.class);
        String messageId = ((SendResult.Sent) result).platformMessageId();
        assertThat(messageId).matches("\\d{14}\\.[0-9a-f]{16}@mg\\.example\\.com");
        assertThat(header(onlyReceived(), "Message-ID")).isEqualTo("<" + messageId + ">");
    }

    @Test
    void threadsAReplyUnderTheMailItAnswers() throws Exception {
        adapter.send(replyWithAgenda(), credentials());

        MimeMessage sent = onlyReceived();
        assertThat(header(sent, "In-Reply-To")).isEqualTo("<" + HER_MAIL + ">");
        assertThat(header(sent, "References")).isEqualTo("<" + HER_MAIL + ">");
    }

    @Test
    void startsANewConversationWithoutThreadingHeaders() throws Exception {
        SendResult result = adapter.send(new OutgoingMessage(ELODIE, "Bonjour", null, null,
                null, null, "Your ticket TCK-4822"), credentials());

        MimeMessage sent = onlyReceived();
        assertThat(result).isInstanceOf(SendResult.Sent.class);
        assertThat(sent.getHeader("In-Reply-To")).isNull();
        assertThat(sent.getHeader("References")).isNull();
        assertThat(shape(sent)).isEqualTo("multipart/alternative[text/plain,text/html]");
    }

    @Test
    void writesThePlainTextAndItsEscapedHtml() throws Exception {
        adapter.send(new OutgoingMessage(ELODIE, "Prices: 5 < 7 & rising.\nSee you\n\nAcme",
                null, null, null, null, "Prices"), credentials());

        Multipart alternative = (Multipart) onlyReceived().getContent();
        // Lines end in CRLF on the wire, as MIME has them.
        assertThat(alternative.getBodyPart(0).getContent())
                .isEqualTo("Prices: 5 < 7 & rising.\r\nSee you\r\n\r\nAcme");
        assertThat(alternative.getBodyPart(1).getContent())
                .isEqualTo("<p>Prices: 5 &lt; 7 &amp; rising.<br>See you</p><p>Acme</p>");
    }

    @Test
    void attachesTheStoredFileWithItsNameAndBytes() throws Exception {
        adapter.send(replyWithAgenda(), credentials());

        BodyPart attachment = ((Multipart) onlyReceived().getContent()).getBodyPart(1);
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("agenda-lundi.pdf");
        assertThat(new ContentType(attachment.getContentType()).getBaseType())
                .isEqualTo("application/pdf");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(AGENDA);
    }

    @Test
    void sendsNothingAndFailsWhenThePasswordIsWrong() {
        SendResult result = adapter.send(replyWithAgenda(), SmtpCredentials.onLoopback(
                smtp.getSmtp().getPort(), "none", "not-the-password"));

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed ->
                assertThat(failed.error().code()).isEqualTo(SendErrorCodes.UNAUTHORIZED));
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void refusesAnEmailWithoutSubject() {
        SendResult result = adapter.send(OutgoingMessage.text(ELODIE, "Bonjour", HER_MAIL),
                credentials());

        assertInvalidAndNothingSent(result);
    }

    @Test
    void refusesATemplate() {
        SendResult result = adapter.send(new OutgoingMessage(ELODIE, null, null, null,
                new MessageTemplate("welcome", "fr", null), null, "Bienvenue"),
                credentials());

        assertInvalidAndNothingSent(result);
    }

    @Test
    void refusesToFetchAnAttachmentFromAUrl() {
        MediaReference byUrl = new MediaReference("document", "https://files.example.net/a.pdf",
                null, null, "a.pdf");

        SendResult result = adapter.send(new OutgoingMessage(ELODIE, "See attached", null,
                byUrl, null, null, "Agenda"), credentials());

        assertInvalidAndNothingSent(result);
    }

    @Test
    void refusesAChatIdThatIsNoAddress() {
        SendResult result = adapter.send(new OutgoingMessage("6812345098", "Bonjour", null,
                null, null, null, "Hello"), credentials());

        assertInvalidAndNothingSent(result);
    }

    @Test
    void triesAgainLaterWhenFileStorageFailsMidway() {
        MediaUpload broken = new MediaUpload("agenda-lundi.pdf", "application/pdf", 53, () -> {
            throw new IOException("storage node down");
        });

        SendResult result = adapter.send(new OutgoingMessage(ELODIE, TEXT, HER_MAIL,
                agenda(), null, broken, SUBJECT), credentials());

        assertThat(result).isInstanceOfSatisfying(SendResult.RetryLater.class, later ->
                assertThat(later.error().code())
                        .isEqualTo(SendErrorCodes.FILE_STORAGE_UNAVAILABLE));
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private void assertInvalidAndNothingSent(SendResult result) {
        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed ->
                assertThat(failed.error().code()).isEqualTo(SendErrorCodes.INVALID_REQUEST));
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private io.outeract.contract.common.Credentials credentials() {
        return SmtpCredentials.onLoopback(smtp.getSmtp().getPort());
    }

    private static OutgoingMessage replyWithAgenda() {
        MediaUpload upload = new MediaUpload("agenda-lundi.pdf", "application/pdf",
                AGENDA.length, () -> new ByteArrayInputStream(AGENDA));
        return new OutgoingMessage(ELODIE, TEXT, HER_MAIL, agenda(), null, upload, SUBJECT);
    }

    private static MediaReference agenda() {
        return new MediaReference("document", null, "file_01JCX9A2ZT", null, "agenda-lundi.pdf",
                "application/pdf");
    }

    private MimeMessage onlyReceived() {
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        return message.getHeader(name, null);
    }

    /** A part's MIME tree, such as {@code multipart/mixed[text/plain,application/pdf]}. */
    private static String shape(Part part) throws MessagingException, IOException {
        String type = new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
        if (!(part.getContent() instanceof Multipart multipart)) {
            return type;
        }
        List<String> children = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            children.add(shape(multipart.getBodyPart(i)));
        }
        return type + children.stream().collect(Collectors.joining(",", "[", "]"));
    }
}
