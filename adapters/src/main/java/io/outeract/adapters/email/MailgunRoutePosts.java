package io.outeract.adapters.email;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.InboundItem;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.adapters.ParsedWebhook;
import io.outeract.adapters.ParsedWebhook.InlineFile;
import io.outeract.contract.common.Attachment;
import io.outeract.contract.common.PlatformAccount;
import io.outeract.contract.inbound.ReceivedMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the mail a Mailgun route forwarded into one received message. The conversation is with
 * the person who wrote, so the chat is the sender's address; the thread is the first id of
 * References, the conversation's root, so a reply joins the mail it answers, and a mail that
 * starts a conversation is its own thread's root.
 *
 * <p>The message's text is what the person wrote this time: Mailgun's {@code stripped-text},
 * without the quoted history and the signature, as a chat shows it. That cut is Mailgun's guess
 * and can drop an answer written between quoted lines, so the whole plain body, the source of
 * truth, is kept too, as an attachment of kind {@value #TEXT_BODY} whenever it differs; and the
 * HTML body as one of kind {@value #HTML_BODY}. Those and each {@code attachment-N} go into the
 * delivery's files, to be stored before the post is acknowledged.
 *
 * <p>TODO: a received message has no subject, so the subject read here ({@link #subjectOf})
 * reaches no one yet; the shared {@code ReceivedMessage} needs a field for it.
 */
final class MailgunRoutePosts {

    static final String CHAT_TYPE = "email";
    static final String CONTENT_KIND = "email";
    static final String TEXT_BODY = "text_body";
    static final String HTML_BODY = "html_body";
    static final String FILE = "file";

    private final ObjectMapper objectMapper;

    MailgunRoutePosts(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    ParsedWebhook read(MailgunFields post, String mailbox) {
        String messageId = messageIdOf(post);
        PlatformAccount sender = MailAddresses.sender(post);
        PlatformAccount recipient = MailAddresses.recipient(post, mailbox);
        List<String> references = MessageIds.all(post.header("References"));
        String replyTo = MessageIds.first(post.header("In-Reply-To"));
        String threadId = !references.isEmpty() ? references.get(0)
                : replyTo != null ? replyTo : messageId;

        List<Attachment> attachments = new ArrayList<>();
        List<InlineFile> files = new ArrayList<>();
        String fullText = PlainText.normalised(post.text("body-plain"));
        String text = textOf(post, fullText);
        if (fullText != null && !fullText.equals(text)) {
            keepBody(TEXT_BODY, "text/plain; charset=UTF-8", "body.txt", fullText, attachments,
                    files);
        }
        String html = post.text("body-html");
        if (html != null && !html.isEmpty()) {
            keepBody(HTML_BODY, "text/html; charset=UTF-8", "body.html", html, attachments,
                    files);
        }
        keepAttachments(post, attachments, files);

        ReceivedMessage message = new ReceivedMessage(messageId, sender.externalId(), CHAT_TYPE,
                sender, recipient, text, attachments, replyTo, threadId, CONTENT_KIND, null, null,
                null, subjectOf(post));
        Instant at = MailDates.sentAt(post.header("Date"), post.text("timestamp"));
        return new ParsedWebhook(List.of(InboundItem.received(messageId, message, at)), files);
    }

    /** The subject as people read it: Mailgun decodes it, a raw header field may not be. */
    static String subjectOf(MailgunFields post) {
        String subject = post.text("subject") != null ? post.text("subject")
                : post.header("Subject");
        return subject == null ? null : EncodedWords.decode(subject);
    }

    /**
     * The Message-Id, which retries and copies of the same mail share, and so its dedupe key.
     * A mail without one gets an id made of what identifies it, so that a retry still matches.
     */
    private static String messageIdOf(MailgunFields post) {
        String id = MessageIds.first(post.header("Message-Id"));
        if (id != null) {
            return id;
        }
        String identity = String.join("\n", String.valueOf(post.text("from")),
                String.valueOf(post.header("Date")), String.valueOf(post.text("subject")),
                String.valueOf(post.text("body-plain")));
        return "no-message-id." + Digests.sha256Hex(identity.getBytes(StandardCharsets.UTF_8));
    }

    /** Mailgun's stripped text when it made one; the whole body when it found nothing new. */
    private static String textOf(MailgunFields post, String fullText) {
        String stripped = PlainText.normalised(post.text("stripped-text"));
        return stripped == null || stripped.isBlank() ? fullText : stripped;
    }

    private static void keepBody(String kind, String type, String fileName, String body,
            List<Attachment> attachments, List<InlineFile> files) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String reference = "inline:" + kind + ":" + Digests.sha256Hex(bytes);
        attachments.add(new Attachment(kind, reference, type, fileName, (long) bytes.length));
        files.add(new InlineFile(reference, type, fileName, bytes));
    }

    /**
     * Each {@code attachment-N}, 1-based as Mailgun numbers them. An inline part, one the HTML
     * shows by its Content-ID, keeps that as its url, {@code cid:...} (RFC 2392), which is how
     * the HTML body names it.
     */
    private void keepAttachments(
            MailgunFields post, List<Attachment> attachments, List<InlineFile> files) {
        int count = attachmentCount(post);
        Map<String, String> contentIds = contentIdsByField(post.text("content-id-map"));
        for (int n = 1; n <= count; n++) {
            FormFile file = post.file("attachment-" + n);
            if (file == null) {
                throw new MalformedWebhookException("The post announces " + count
                        + " attachments but has no attachment-" + n);
            }
            String reference = "inline:" + n + ":" + Digests.sha256Hex(file.bytes());
            String contentId = contentIds.get(file.fieldName().toLowerCase(Locale.ROOT));
            attachments.add(new Attachment(FILE, reference, file.contentType(), file.fileName(),
                    (long) file.bytes().length, contentId == null ? null : "cid:" + contentId,
                    null));
            files.add(new InlineFile(reference, file.contentType(), file.fileName(),
                    file.bytes()));
        }
    }

    private static int attachmentCount(MailgunFields post) {
        String count = post.text("attachment-count");
        if (count == null) {
            return post.fileCount();
        }
        try {
            int parsed = Integer.parseInt(count.strip());
            if (parsed < 0 || parsed > FormDataParser.MAX_PARTS) {
                throw new NumberFormatException(count);
            }
            return parsed;
        } catch (NumberFormatException notACount) {
            throw new MalformedWebhookException("The post's attachment-count is not a count");
        }
    }

    /**
     * Mailgun's map from Content-ID to field, turned round. It has been seen with repeated and
     * empty keys, so it is read tolerantly: what cannot be read names no inline part.
     */
    private Map<String, String> contentIdsByField(String json) {
        Map<String, String> byField = new HashMap<>();
        if (json == null || json.isBlank()) {
            return byField;
        }
        try {
            JsonNode map = objectMapper.readTree(json);
            map.fields().forEachRemaining(entry -> {
                String contentId = MessageIds.first(entry.getKey());
                if (contentId != null && entry.getValue().isTextual()) {
                    byField.putIfAbsent(entry.getValue().asText()
                            .toLowerCase(Locale.ROOT), contentId);
                }
            });
        } catch (JsonProcessingException unreadable) {
            return byField;
        }
        return byField;
    }
}
