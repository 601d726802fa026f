package io.outeract.adapters.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.ConnectionContext;
import io.outeract.adapters.InboundItem;
import io.outeract.adapters.WebhookReply;
import io.outeract.contract.inbound.ReceivedMessage;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every delivery fixture, read as Discord sent it and checked against what its meta expects. */
class DiscordWebhookFixturesTest {

    static final ConnectionContext CONNECTION =
            new ConnectionContext(UUID.fromString("6f1c2e7a-0000-4000-8000-0000000d15c0"),
                    DiscordFixtures.APPLICATION_ID);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> INTERACTIONS =
            List.of("button-click", "slash-command-dm", "slash-command-guild");
    private static final DiscordAcknowledgements ACKNOWLEDGEMENTS =
            new DiscordAcknowledgements(JSON);

    static List<String> interactions() {
        return INTERACTIONS;
    }

    static List<String> pings() {
        return List.of("ping", "webhook-event-ping");
    }

    @Test
    void coversEveryDeliveryFixture() {
        assertThat(DiscordFixtures.deliveryNames()).containsExactlyInAnyOrder("button-click",
                "ping", "ping-invalid-signature", "slash-command-dm", "slash-command-guild",
                "webhook-event-application-authorized", "webhook-event-ping");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pings")
    void answersEachPingAsItsMetaExpectsAndStoresNothing(String name) {
        JsonNode expected = DiscordFixtures.expected(name).path("http_response");

        WebhookReply reply = adapterFor(name)
                .verifyWebhook(DiscordFixtures.delivery(name), FakeDiscord.botCredentials())
                .orElseThrow();

        assertThat(reply.status()).isEqualTo(expected.path("status").asInt());
        assertThat(bodyOf(reply)).isEqualTo(expected.path("body").isObject()
                ? expected.path("body") : JSON.getNodeFactory().textNode(""));
        assertThat(adapterFor(name).parseWebhook(DiscordFixtures.delivery(name), CONNECTION)
                .items()).isEmpty();
    }

    @Test
    void answersNoPingWhoseSignatureFails() {
        String forged = "ping-invalid-signature";

        assertThat(adapterFor(forged).verifyWebhook(DiscordFixtures.delivery(forged),
                FakeDiscord.botCredentials())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interactions")
    void hasNoHandshakeForAnInteraction(String name) {
        assertThat(adapterFor(name).verifyWebhook(DiscordFixtures.delivery(name),
                FakeDiscord.botCredentials())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interactions")
    void acknowledgesEachInteractionWithTheFirstAnswerItsMetaAccepts(String name) {
        JsonNode expected = DiscordFixtures.expected(name).path("http_response");

        WebhookReply reply = ACKNOWLEDGEMENTS.of(DiscordFixtures.delivery(name));

        assertThat(reply.status()).isEqualTo(expected.path("status").asInt());
        assertThat(reply.contentType()).isEqualTo(expected.path("content_type").asText());
        assertThat(bodyOf(reply)).isEqualTo(expected.path("acceptable_bodies").get(0));
    }

    @Test
    void acknowledgesAWebhookEventWithAnEmpty204() {
        String name = "webhook-event-application-authorized";
        JsonNode expected = DiscordFixtures.expected(name).path("http_response");

        WebhookReply reply = ACKNOWLEDGEMENTS.of(DiscordFixtures.delivery(name));

        assertThat(reply.status()).isEqualTo(expected.path("status").asInt());
        assertThat(reply.body()).isEqualTo(expected.path("body").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interactions")
    void readsTheInteractionTheMetaExpects(String name) {
        JsonNode expected = DiscordFixtures.expected(name);

        InboundItem item = parseOnly(name);

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.MESSAGE_RECEIVED);
        assertThat(item.dedupeKey()).isEqualTo("discord:" + expected.path("dedupe_key").asText());
        assertThat(item.occurredAt().truncatedTo(ChronoUnit.MILLIS))
                .isEqualTo(Instant.parse(expected.path("timestamp").asText()));
        ReceivedMessage message = item.message();
        assertThat(message.externalMessageId())
                .isEqualTo(expected.path("external_message_id").asText());
        assertThat(message.externalChatId()).isEqualTo(expected.path("channel_id").asText());
        assertThat(message.chatType()).isEqualTo(
                expected.path("routing_id").path("guild_id").isNull() ? "dm" : "guild");
        assertThat(message.sender().externalId()).isEqualTo(expected.path("sender_id").asText());
        if (expected.has("sender_display_name")) {
            assertThat(message.sender().displayName())
                    .isEqualTo(expected.path("sender_display_name").asText());
        }
        assertThat(message.recipient().externalId()).isEqualTo(DiscordFixtures.APPLICATION_ID);
        assertThat(message.text()).isEqualTo(textOrNull(expected.path("text")));
        assertThat(message.threadId()).isEqualTo(textOrNull(expected.path("thread_id")));
        assertThat(message.replyToExternalMessageId())
                .isEqualTo(textOrNull(expected.path("refers_to_message_id")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interactions")
    void namesWhatThePersonChoseAsTheMetaExpects(String name) {
        JsonNode expected = DiscordFixtures.expected(name);

        ReceivedMessage message = parseOnly(name).message();

        if (expected.has("command")) {
            assertThat(message.contentKind()).isEqualTo("command");
            assertThat(message.choice().id())
                    .isEqualTo(expected.path("command").path("name").asText());
        } else {
            assertThat(message.contentKind()).isEqualTo("component");
            assertThat(message.choice().id()).isEqualTo(expected.path("custom_id").asText());
        }
    }

    @Test
    void namesTheLabelOfTheButtonClicked() {
        assertThat(parseOnly("button-click").message().choice().title())
                .isEqualTo("Close ticket");
    }

    @Test
    void keepsAWebhookEventRawWithWhoCausedItAndWhen() {
        String name = "webhook-event-application-authorized";
        JsonNode expected = DiscordFixtures.expected(name);

        InboundItem item = parseOnly(name);

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.PLATFORM_EVENT);
        assertThat(item.rawKind()).isEqualTo("application_authorized");
        assertThat(item.actor().externalId())
                .isEqualTo(expected.path("installer_user_id").asText());
        assertThat(item.occurredAt().truncatedTo(ChronoUnit.MILLIS))
                .isEqualTo(Instant.parse(expected.path("timestamp").asText()));
        assertThat(item.rawPayload()).isEqualTo(DiscordFixtures.text(name));
        // Events carry no id: the same bytes delivered again are the same event.
        assertThat(item.dedupeKey()).startsWith("discord:event:")
                .isEqualTo(parseOnly(name).dedupeKey());
    }

    private InboundItem parseOnly(String name) {
        List<InboundItem> items =
                adapterFor(name).parseWebhook(DiscordFixtures.delivery(name), CONNECTION).items();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static DiscordAdapter adapterFor(String name) {
        return FakeDiscord.offlineAdapter(DiscordFixtures.signedAt(name));
    }

    private static JsonNode bodyOf(WebhookReply reply) {
        if (reply.body().isEmpty()) {
            return JSON.getNodeFactory().textNode("");
        }
        try {
            return JSON.readTree(reply.body());
        } catch (IOException unreadable) {
            throw new AssertionError(unreadable);
        }
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

}
