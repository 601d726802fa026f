package io.outeract.adapters.email;

import static io.outeract.adapters.email.EmailFixtures.CONNECTION;
import static io.outeract.adapters.email.EmailFixtures.SECRETS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.InboundItem;
import io.outeract.adapters.ParsedWebhook;
import io.outeract.adapters.ParsedWebhook.InlineFile;
import io.outeract.contract.common.Attachment;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.inbound.DeliveryState;
import io.outeract.contract.inbound.DeliveryStatus;
import io.outeract.contract.inbound.ReceivedMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Mailgun post fixture, checked and read as Mailgun sent it, against what its meta says. */
class EmailWebhookFixturesTest {

    static List<String> webhookFixtures() {
        return EmailFixtures.webhookNames();
    }

    static List<String> acceptedFixtures() {
        return webhookFixtures().stream()
                .filter(name -> verdict(name).equals("accept")).toList();
    }

    static List<String> messageFixtures() {
        return acceptedFixtures().stream()
                .filter(name -> EmailFixtures.expected(name).path("kind").asText()
                        .equals("message"))
                .toList();
    }

    static List<String> statusFixtures() {
        return acceptedFixtures().stream()
                .filter(name -> EmailFixtures.expected(name).path("kind").asText()
                        .equals("status"))
                .toList();
    }

    @Test
    void coversEveryPostFixture() {
        assertThat(webhookFixtures()).containsExactlyInAnyOrder("event-delivered",
                "event-failed-permanent", "inbound-attachments", "inbound-bad-signature",
                "inbound-plain", "inbound-reply-html");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webhookFixtures")
    void acceptsTheSignatureExactlyWhenTheMetaDoes(String name) {
        EmailAdapter adapter = EmailFixtures.adapterFor(name);

        boolean valid = adapter.hasValidSignature(EmailFixtures.webhook(name), SECRETS);

        assertThat(valid).isEqualTo(verdict(name).equals("accept"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedFixtures")
    void refusesThePostUnderAnotherConnectionsKey(String name) {
        Credentials otherKey = Credentials.of(EmailCredentials.MAILGUN_SIGNING_KEY,
                "0f0e0d0c0b0a09080706050403020100");

        boolean valid = EmailFixtures.adapterFor(name)
                .hasValidSignature(EmailFixtures.webhook(name), otherKey);

        assertThat(valid).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageFixtures")
    void readsOneMessageKeyedByItsMessageIdAtItsDate(String name) {
        JsonNode expected = EmailFixtures.expected(name);

        ParsedWebhook parsed = parse(name);

        assertThat(parsed.items()).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(InboundItem.Kind.MESSAGE_RECEIVED);
            assertThat(item.dedupeKey()).isEqualTo(expected.path("dedupe_key").asText());
            assertThat(item.occurredAt())
                    .isEqualTo(Instant.parse(expected.path("timestamp").asText()));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageFixtures")
    void readsTheMessageTheMetaExpects(String name) {
        JsonNode expected = EmailFixtures.expected(name);

        ReceivedMessage message = parse(name).items().get(0).message();

        assertThat(message.externalMessageId())
                .isEqualTo(expected.path("external_message_id").asText());
        assertThat(message.externalChatId()).isEqualTo(expected.path("sender_id").asText());
        assertThat(message.chatType()).isEqualTo("email");
        assertThat(message.contentKind()).isEqualTo("email");
        assertThat(message.sender().externalId()).isEqualTo(expected.path("sender_id").asText());
        if (expected.has("sender_display_name")) {
            assertThat(message.sender().displayName())
                    .isEqualTo(expected.path("sender_display_name").asText());
        }
        assertThat(message.recipient().externalId())
                .isEqualTo(expected.path("recipient_id").asText());
        assertThat(message.text()).isEqualTo(expected.path("text").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageFixtures")
    void threadsTheMessageUnderTheRootOfItsConversation(String name) {
        JsonNode expected = EmailFixtures.expected(name);

        ReceivedMessage message = parse(name).items().get(0).message();

        assertThat(message.replyToExternalMessageId())
                .isEqualTo(textOrNull(expected.path("reply_to_message_id")));
        // The meta has no thread for a mail that opens a conversation; Outeract makes it the
        // root of its own, the id its replies name first in References.
        assertThat(message.threadId()).isEqualTo(expected.path("thread_id").isTextual()
                ? expected.path("thread_id").asText()
                : expected.path("external_message_id").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageFixtures")
    void keepsTheHtmlBodyAsAFileOfTheDelivery(String name) {
        JsonNode html = EmailFixtures.expected(name).path("html");
        ParsedWebhook parsed = parse(name);

        List<Attachment> htmlBodies = attachmentsOfKind(parsed, "html_body");

        if (html.isTextual()) {
            byte[] expected = html.asText().getBytes(StandardCharsets.UTF_8);
            assertThat(htmlBodies).singleElement().satisfies(body -> {
                assertThat(body.mimeType()).isEqualTo("text/html; charset=UTF-8");
                assertThat(body.sizeBytes()).isEqualTo(expected.length);
                assertThat(fileFor(parsed, body).bytes()).isEqualTo(expected);
            });
        } else {
            assertThat(htmlBodies).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageFixtures")
    void keepsTheWholePlainBodyWhenTheTextIsCutFromIt(String name) {
        JsonNode fullText = EmailFixtures.expected(name).path("full_text");
        ParsedWebhook parsed = parse(name);

        List<Attachment> plainBodies = attachmentsOfKind(parsed, "text_body");

        if (fullText.isTextual()) {
            assertThat(plainBodies).singleElement().satisfies(body -> assertThat(
                    new String(fileFor(parsed, body).bytes(), StandardCharsets.UTF_8))
                    .isEqualTo(fullText.asText()));
        }
        assertThat(plainBodies).allSatisfy(body -> assertThat(
                new String(fileFor(parsed, body).bytes(), StandardCharsets.UTF_8))
                .isNotEqualTo(parsed.items().get(0).message().text()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageFixtures")
    void turnsEveryAttachmentIntoAFileWithItsBytes(String name) {
        JsonNode expected = EmailFixtures.expected(name).path("attachments");
        ParsedWebhook parsed = parse(name);

        List<Attachment> files = attachmentsOfKind(parsed, "file");

        assertThat(files).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode wanted = expected.get(i);
            Attachment attachment = files.get(i);
            String number = wanted.path("field").asText().substring("attachment-".length());
            String sha256 = wanted.path("sha256").asText();
            assertThat(attachment.platformFileId())
                    .isEqualTo("inline:" + number + ":" + sha256);
            assertThat(attachment.fileName()).isEqualTo(wanted.path("filename").asText());
            assertThat(attachment.mimeType()).isEqualTo(wanted.path("content_type").asText());
            assertThat(attachment.sizeBytes()).isEqualTo(wanted.path("size").asLong());
            assertThat(attachment.url()).isEqualTo(wanted.path("inline").asBoolean()
                    ? "cid:" + wanted.path("content_id").asText() : null);
            InlineFile file = fileFor(parsed, attachment);
            assertThat(file.bytes()).hasSize(wanted.path("size").asInt());
            assertThat(Digests.sha256Hex(file.bytes())).isEqualTo(sha256);
            assertThat(file.fileName()).isEqualTo(attachment.fileName());
            assertThat(file.mimeType()).isEqualTo(attachment.mimeType());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statusFixtures")
    void readsTheDeliveryEventAsAStatusOfTheMailWeSent(String name) {
        JsonNode expected = EmailFixtures.expected(name);

        InboundItem item = parse(name).items().get(0);

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.STATUS_REPORTED);
        assertThat(item.dedupeKey()).isEqualTo(expected.path("dedupe_key").asText());
        assertThat(item.occurredAt())
                .isEqualTo(Instant.parse(expected.path("timestamp").asText()));
        DeliveryStatus status = item.status();
        assertThat(status.platformMessageId())
                .isEqualTo(expected.path("refers_to_message_id").asText());
        assertThat(status.state()).isEqualTo(DeliveryState.valueOf(
                expected.path("status").asText().toUpperCase(Locale.ROOT)));
        assertThat(status.recipient().externalId())
                .isEqualTo(expected.path("recipient").asText());
        assertThat(status.errorCode()).isEqualTo(expected.has("error_code")
                ? expected.path("error_code").asText() : null);
    }

    private static ParsedWebhook parse(String name) {
        return EmailFixtures.adapterFor(name).parseWebhook(EmailFixtures.webhook(name),
                CONNECTION);
    }

    private static List<Attachment> attachmentsOfKind(ParsedWebhook parsed, String kind) {
        return parsed.items().get(0).message().attachments().stream()
                .filter(attachment -> attachment.kind().equals(kind)).toList();
    }

    private static InlineFile fileFor(ParsedWebhook parsed, Attachment attachment) {
        return parsed.files().stream()
                .filter(file -> file.reference().equals(attachment.platformFileId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "No file of the delivery is " + attachment.platformFileId()));
    }

    private static String verdict(String name) {
        return EmailFixtures.expected(name).path("verdict").asText();
    }

    private static String textOrNull(JsonNode value) {
        return value.isTextual() ? value.asText() : null;
    }
}
