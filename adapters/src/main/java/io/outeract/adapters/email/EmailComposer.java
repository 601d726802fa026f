package io.outeract.adapters.email;

import io.outeract.adapters.MediaUpload;
import io.outeract.adapters.OutgoingMessage;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

/**
 * Turns an outgoing message into the MIME message submitted: {@code multipart/alternative} of
 * the plain text and its HTML rendering, inside {@code multipart/mixed} with the attachment
 * when there is one; a subject in UTF-8 encoded words; and a Message-ID of our own at the
 * sending domain, which is the message's id from then on.
 *
 * <p>A reply names the message it answers in In-Reply-To and References, so mail clients
 * thread it. References should also repeat the parent's own References; Outeract knows only
 * the parent's id, and clients thread on its last entry, the parent.
 *
 * <p>Every email needs a subject, replies included: "Re: " and the original subject cannot be
 * made here, since the original is not known, and an empty subject breaks threading in clients
 * that thread by subject too.
 */
final class EmailComposer {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final Clock clock;

    EmailComposer(Clock clock) {
        this.clock = clock;
    }

    record ComposedEmail(MimeMessage message, String messageId) {
    }

    ComposedEmail compose(OutgoingMessage outgoing, SmtpSettings settings, Session session)
            throws UnsendableEmailException, MessagingException {
        requireSendable(outgoing);
        String messageId = MessageIds.generate(clock, settings.fromDomain());
        MimeMessage message = new OwnIdMimeMessage(session, messageId);
        message.setFrom(settings.sender());
        message.setRecipient(Message.RecipientType.TO, recipient(outgoing.externalChatId()));
        message.setSubject(outgoing.subject().strip(), UTF_8);
        message.setSentDate(Date.from(clock.instant()));
        if (outgoing.replyToExternalMessageId() != null
                && !outgoing.replyToExternalMessageId().isBlank()) {
            String parent = MessageIds.bracketed(outgoing.replyToExternalMessageId());
            message.setHeader("In-Reply-To", parent);
            message.setHeader("References", parent);
        }
        message.setContent(body(outgoing));
        message.saveChanges();
        return new ComposedEmail(message, messageId);
    }

    private static void requireSendable(OutgoingMessage outgoing)
            throws UnsendableEmailException {
        if (outgoing.hasTemplate()) {
            throw new UnsendableEmailException("Email has no templates");
        }
        if (outgoing.subject() == null || outgoing.subject().isBlank()) {
            throw new UnsendableEmailException("An email needs a subject, replies too");
        }
        if (outgoing.hasMedia() && outgoing.upload() == null) {
            // Fetching a caller's URL from here would let anyone aim the server at any host.
            throw new UnsendableEmailException(
                    "Email attachments must be stored files, not URLs");
        }
        if (text(outgoing).isEmpty() && outgoing.upload() == null) {
            throw new UnsendableEmailException("An email needs a text or an attachment");
        }
    }

    private static InternetAddress recipient(String address) throws UnsendableEmailException {
        try {
            InternetAddress recipient = new InternetAddress(address, true);
            if (recipient.getAddress().indexOf('@') < 1) {
                throw new AddressException("no domain");
            }
            return recipient;
        } catch (AddressException invalid) {
            throw new UnsendableEmailException("The chat id is not an email address");
        }
    }

    private static MimeMultipart body(OutgoingMessage outgoing) throws MessagingException {
        String text = text(outgoing);
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, UTF_8);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(PlainTextHtml.of(text), UTF_8, "html");
        MimeMultipart alternative = new MimeMultipart("alternative", plain, html);
        if (outgoing.upload() == null) {
            return alternative;
        }
        MimeBodyPart texts = new MimeBodyPart();
        texts.setContent(alternative);
        return new MimeMultipart("mixed", texts, attachment(outgoing));
    }

    private static MimeBodyPart attachment(OutgoingMessage outgoing) throws MessagingException {
        MediaUpload upload = outgoing.upload();
        String type = upload.mimeType() != null ? upload.mimeType()
                : outgoing.media() != null && outgoing.media().mimeType() != null
                        ? outgoing.media().mimeType() : "application/octet-stream";
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new UploadDataSource(upload, type)));
        part.setDisposition(Part.ATTACHMENT);
        part.setFileName(fileName(outgoing));
        // Named here so that Jakarta Mail need not read the whole file to choose an encoding.
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private static String fileName(OutgoingMessage outgoing) {
        if (outgoing.media() != null && outgoing.media().fileName() != null) {
            return outgoing.media().fileName();
        }
        return outgoing.upload().fileName() != null ? outgoing.upload().fileName() : "attachment";
    }

    private static String text(OutgoingMessage outgoing) {
        if (outgoing.text() != null && !outgoing.text().isBlank()) {
            return outgoing.text();
        }
        if (outgoing.media() != null && outgoing.media().caption() != null) {
            return outgoing.media().caption();
        }
        return "";
    }

    /** Keeps our Message-ID: Jakarta Mail would make its own on every saveChanges. */
    private static final class OwnIdMimeMessage extends MimeMessage {

        private final String messageId;

        OwnIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", MessageIds.bracketed(messageId));
        }
    }
}
