package io.outeract.adapters.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.ConnectionContext;
import io.outeract.adapters.InboundItem;
import io.outeract.contract.common.Attachment;
import io.outeract.contract.inbound.DeliveryState;
import io.outeract.contract.inbound.ReceivedMessage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every webhook fixture, read as Twilio posted it and checked against what its meta expects. */
class SmsWebhookFixturesTest {

    static final ConnectionContext CONNECTION = new ConnectionContext(
            UUID.fromString("6f1c2e7a-0000-4000-8000-0000000005a5"), SmsFixtures.OUR_NUMBER);

    /** The meta's words for a status, and the state each stands for. */
    private static final Map<String, DeliveryState> STATES = Map.of(
            "queued", DeliveryState.QUEUED,
            "sent", DeliveryState.SENT,
            "delivered", DeliveryState.DELIVERED,
            "undelivered", DeliveryState.FAILED,
            "failed", DeliveryState.FAILED);

    private final SmsAdapter adapter = FakeTwilio.offlineAdapter();

    static List<String> webhookFixtures() {
        return SmsFixtures.webhookNames();
    }

    static List<String> messageFixtures() {
        return webhookFixtures().stream().filter(name -> name.startsWith("inbound-")).toList();
    }

    static List<String> statusFixtures() {
        return webhookFixtures().stream().filter(name -> name.startsWith("status-")).toList();
    }

    @Test
    void coversEveryWebhookFixture() {
        assertThat(webhookFixtures()).containsExactlyInAnyOrder("inbound-mms", "inbound-sms",
                "inbound-stop", "status-delivered", "status-failed", "status-queued",
                "status-sent");
    }

    @Test
    void answersWithTheEmptyTwimlTheMetaExpects() {
        JsonNode expected = SmsFixtures.expected("inbound-sms").path("http_response");

        assertThat(SmsAdapter.EMPTY_TWIML.status()).isEqualTo(expected.path("status").asInt());
        assertThat(SmsAdapter.EMPTY_TWIML.contentType())
                .isEqualTo(expected.path("content_type").asText());
        assertThat(SmsAdapter.EMPTY_TWIML.body()).isEqualTo(expected.path("body").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webhookFixtures")
    void readsOneItemKeyedAsTheMetaExpectsWithoutATimeOfTwilios(String name) {
        JsonNode expected = SmsFixtures.expected(name);

        InboundItem item = parseOnly(name);

        assertThat(item.dedupeKey()).isEqualTo("sms:" + expected.path("dedupe_key").asText());
        // Twilio sends no time (the metas expect none): the server's receive time stands.
        assertThat(item.occurredAt()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageFixtures")
    void readsTheMessageTheMetaExpects(String name) {
        JsonNode expected = SmsFixtures.expected(name);

        InboundItem item = parseOnly(name);

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.MESSAGE_RECEIVED);
        ReceivedMessage message = item.message();
        assertThat(message.externalMessageId())
                .isEqualTo(expected.path("external_message_id").asText());
        assertThat(message.sender().externalId()).isEqualTo(expected.path("sender_id").asText());
        assertThat(message.externalChatId()).isEqualTo(expected.path("sender_id").asText());
        assertThat(message.recipient().externalId())
                .isEqualTo(expected.path("recipient_id").asText());
        assertThat(message.text()).isEqualTo(expected.path("text").asText());
        assertThat(message.threadId()).isNull();
        assertThat(message.contentKind())
                .isEqualTo(expected.path("opt_out").asBoolean() ? "opt_out" : null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageFixtures")
    void keepsTheMediaTheMetaExpects(String name) {
        JsonNode expected = SmsFixtures.expected(name).path("attachments");

        List<Attachment> attachments = parseOnly(name).message().attachments();

        assertThat(attachments).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode media = expected.get(i);
            assertThat(attachments.get(i)).satisfies(attachment -> {
                assertThat(attachment.platformFileId())
                        .isEqualTo(media.path("external_id").asText());
                assertThat(attachment.mimeType()).isEqualTo(media.path("content_type").asText());
                assertThat(attachment.url()).isEqualTo(media.path("download_url").asText());
                assertThat(attachment.kind()).isEqualTo("image");
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statusFixtures")
    void readsTheStatusTheMetaExpects(String name) {
        JsonNode expected = SmsFixtures.expected(name);

        InboundItem item = parseOnly(name);

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.STATUS_REPORTED);
        assertThat(item.status()).satisfies(status -> {
            assertThat(status.platformMessageId())
                    .isEqualTo(expected.path("refers_to_message_id").asText());
            assertThat(status.platformStatus()).isEqualTo(expected.path("status").asText());
            assertThat(status.state()).isEqualTo(STATES.get(expected.path("status").asText()));
            assertThat(status.errorCode()).isEqualTo(expected.path("error_code").isNull()
                    ? null : expected.path("error_code").asText());
            assertThat(status.recipient().externalId()).isEqualTo("+15555550178");
        });
    }

    private InboundItem parseOnly(String name) {
        List<InboundItem> items =
                adapter.parseWebhook(SmsFixtures.webhook(name), CONNECTION).items();
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
