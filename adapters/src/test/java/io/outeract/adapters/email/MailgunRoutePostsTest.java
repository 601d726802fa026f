package io.outeract.adapters.email;

import static io.outeract.adapters.email.EmailFixtures.CONNECTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outeract.adapters.InboundItem;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.adapters.WebhookRequest;
import io.outeract.contract.inbound.ReceivedMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How a forwarded mail is read where the fixtures leave it open: headers raw, or missing. */
class MailgunRoutePostsTest {

    private final EmailAdapter adapter = EmailFixtures.adapterFor("inbound-plain");

    @Test
    void decodesASubjectStillInEncodedWords() {
        MailgunFields post = form(Map.of("subject",
                "=?UTF-8?B?UmU6IFLDqXVuaW9uIGRlIGx1bmRpIOKAkyBvcmRyZSBkdSBqb3Vy?="));

        assertThat(MailgunRoutePosts.subjectOf(post))
                .isEqualTo("Re: Réunion de lundi – ordre du jour");
    }

    @Test
    void joinsASubjectSplitOverSeveralFoldedEncodedWords() {
        MailgunFields post = form(Map.of("Subject",
                "=?UTF-8?Q?R=C3=A9union_de?=\r\n =?ISO-8859-1?Q?_lundi_=E0_10h?="));

        assertThat(MailgunRoutePosts.subjectOf(post)).isEqualTo("Réunion de lundi à 10h");
    }

    @Test
    void readsTheSendersNameFromEncodedWords() {
        ReceivedMessage message = read(Map.of(
                "from", "=?UTF-8?Q?=C3=89lodie_Martin?= <Elodie.Martin@Example.org>",
                "recipient", "support@mg.example.com",
                "Message-Id", "<a1@mail.example.org>",
                "body-plain", "Merci"));

        assertThat(message.sender().externalId()).isEqualTo("elodie.martin@example.org");
        assertThat(message.sender().displayName()).isEqualTo("Élodie Martin");
        assertThat(message.externalChatId()).isEqualTo("elodie.martin@example.org");
    }

    @Test
    void threadsAReplyWithoutReferencesUnderTheMailItAnswers() {
        ReceivedMessage message = read(Map.of(
                "from", "leo.park@example.org",
                "recipient", "support@mg.example.com",
                "Message-Id", "<b2@mail.example.org>",
                "In-Reply-To", "<20251112141702.4821.relay@mg.example.com>",
                "body-plain", "Thanks"));

        assertThat(message.replyToExternalMessageId())
                .isEqualTo("20251112141702.4821.relay@mg.example.com");
        assertThat(message.threadId()).isEqualTo("20251112141702.4821.relay@mg.example.com");
    }

    @Test
    void choosesTheConnectionsMailboxAmongSeveralRecipients() {
        ReceivedMessage message = read(Map.of(
                "from", "leo.park@example.org",
                "recipient", "sales@mg.example.com, Support@MG.example.com",
                "Message-Id", "<c3@mail.example.org>",
                "body-plain", "Hello"));

        assertThat(message.recipient().externalId()).isEqualTo("support@mg.example.com");
    }

    @Test
    void keysAMailWithoutMessageIdTheSameOnEveryRetry() {
        Map<String, String> fields = Map.of(
                "from", "leo.park@example.org",
                "recipient", "support@mg.example.com",
                "Date", "Wed, 12 Nov 2025 09:46:05 -0500",
                "subject", "No id",
                "body-plain", "Hello");

        InboundItem first = readItem(fields);
        InboundItem retry = readItem(fields);
        InboundItem other = readItem(with(fields, "body-plain", "Hello again"));

        assertThat(first.dedupeKey()).isEqualTo(retry.dedupeKey());
        assertThat(first.dedupeKey()).isNotEqualTo(other.dedupeKey());
        assertThat(first.message().externalMessageId()).isEqualTo(first.dedupeKey());
    }

    @Test
    void datesAMailWithoutDateHeaderWhenMailgunReceivedIt() {
        InboundItem item = readItem(Map.of(
                "from", "leo.park@example.org",
                "recipient", "support@mg.example.com",
                "Message-Id", "<d4@mail.example.org>",
                "timestamp", "1762958101",
                "body-plain", "Hello"));

        assertThat(item.occurredAt()).isEqualTo(Instant.ofEpochSecond(1762958101));
    }

    @Test
    void refusesAMailWithoutSender() {
        assertThatThrownBy(() -> read(Map.of(
                "recipient", "support@mg.example.com",
                "Message-Id", "<e5@mail.example.org>",
                "body-plain", "Hello")))
                .isInstanceOf(MalformedWebhookException.class);
    }

    private ReceivedMessage read(Map<String, String> fields) {
        return readItem(fields).message();
    }

    private InboundItem readItem(Map<String, String> fields) {
        WebhookRequest request = EmailFixtures.webhook("inbound-plain",
                encode(fields).getBytes(StandardCharsets.UTF_8));
        return adapter.parseWebhook(request, CONNECTION).items().get(0);
    }

    private static MailgunFields form(Map<String, String> fields) {
        return UrlEncodedForm.parse(encode(fields).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> with(Map<String, String> fields, String name,
            String value) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.put(name, value);
        return changed;
    }
}
