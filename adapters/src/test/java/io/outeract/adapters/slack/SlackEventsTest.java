package io.outeract.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.outeract.adapters.ConnectionContext;
import io.outeract.adapters.InboundItem;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.adapters.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Events beside the fixtures: Outeract's own posts coming back, deletes, edits that change no
 * text, events and deliveries Outeract does not know, and bodies that are not Slack's.
 */
class SlackEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OUR_APP = "A07R9V2HX4N";

    private final SlackAdapter adapter = FakeSlack.offlineAdapter(Clock.systemUTC());

    @Test
    void keepsThePostsOfOurOwnBotUserRawAsEchoes() {
        InboundItem item = parse(channelMessage(event -> {
            event.put("user", SlackFixtures.BOT_USER_ID);
            event.put("bot_id", "B07BT8K5Q1R");
            event.put("app_id", OUR_APP);
        }));

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.PLATFORM_EVENT);
        assertThat(item.rawKind()).isEqualTo("message_echo");
        assertThat(item.dedupeKey()).isEqualTo("slack:Ev07S1A2B3C4");
    }

    @Test
    void keepsABotMessageOfOurOwnAppRawAsAnEcho() {
        InboundItem item = parse(channelMessage(event -> {
            event.remove("user");
            event.put("subtype", "bot_message");
            event.put("bot_id", "B07BT8K5Q1R");
            event.put("app_id", OUR_APP);
        }));

        assertThat(item.rawKind()).isEqualTo("message_echo");
    }

    @Test
    void receivesABotMessageOfAnotherApp() {
        InboundItem item = parse(channelMessage(event -> {
            event.remove("user");
            event.put("subtype", "bot_message");
            event.put("bot_id", "B07DPL9QX4M");
            event.put("app_id", "A07DPL2K7RT");
        }));

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.MESSAGE_RECEIVED);
        assertThat(item.message().sender().externalId()).isEqualTo("B07DPL9QX4M");
    }

    @Test
    void keepsAnEditOfOurOwnPostRawAsAnEcho() {
        ObjectNode delivery = (ObjectNode) SlackFixtures.json("message-changed");
        ((ObjectNode) delivery.path("event").path("message"))
                .put("user", SlackFixtures.BOT_USER_ID);

        assertThat(parse(delivery).rawKind()).isEqualTo("message_echo");
    }

    @Test
    void keepsAChangeThatLeftTheTextAsItWasRaw() {
        ObjectNode delivery = (ObjectNode) SlackFixtures.json("message-changed");
        String text = delivery.path("event").path("message").path("text").asText();
        ((ObjectNode) delivery.path("event").path("previous_message")).put("text", text);

        InboundItem item = parse(delivery);

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.PLATFORM_EVENT);
        assertThat(item.rawKind()).isEqualTo("message_changed");
        assertThat(item.actor().externalId()).isEqualTo("U07J8WZ3N5C");
    }

    @Test
    void keepsADeleteRawWithTheAuthorOfTheMessage() {
        InboundItem item = parse(channelMessage(event -> {
            event.removeAll();
            event.put("type", "message").put("subtype", "message_deleted")
                    .put("channel", "C07MJ4N2P8Q").put("hidden", true)
                    .put("deleted_ts", "1762956207.418829").put("ts", "1762956700.000100");
            event.putObject("previous_message").put("user", "U07H2LQ9XKD")
                    .put("ts", "1762956207.418829").put("text", "gone");
        }));

        assertThat(item.rawKind()).isEqualTo("message_deleted");
        assertThat(item.actor().externalId()).isEqualTo("U07H2LQ9XKD");
        assertThat(item.rawPayload()).contains("\"deleted_ts\":\"1762956207.418829\"");
        assertThat(item.occurredAt()).isEqualTo(Instant.ofEpochSecond(1762956207));
    }

    @Test
    void keepsAnEventOuteractDoesNotKnowRawUnderItsType() {
        InboundItem item = parse(channelMessage(event -> {
            event.removeAll();
            event.put("type", "reaction_added").put("user", "U07J8WZ3N5C")
                    .put("reaction", "eyes");
        }));

        assertThat(item.rawKind()).isEqualTo("reaction_added");
        assertThat(item.actor().externalId()).isEqualTo("U07J8WZ3N5C");
    }

    @Test
    void keepsAMessageSubtypeOuteractDoesNotKnowRawUnderItsName() {
        InboundItem item = parse(channelMessage(event -> event.put("subtype", "channel_join")));

        assertThat(item.rawKind()).isEqualTo("channel_join");
    }

    @Test
    void keysADeliveryWithoutEventIdByItsBytes() {
        byte[] body = """
                {"token":"Xp2k","team_id":"T07QJ3K8ZLM","minute_rate_limited":1762957200,\
                "type":"app_rate_limited","api_app_id":"A07R9V2HX4N"}"""
                .getBytes(StandardCharsets.UTF_8);

        InboundItem first = parse(body);
        InboundItem again = parse(body.clone());

        assertThat(first.rawKind()).isEqualTo("app_rate_limited");
        assertThat(first.dedupeKey()).startsWith("slack:body:").isEqualTo(again.dedupeKey());
    }

    @Test
    void decodesOnlySlacksThreeEntities() {
        InboundItem item = parse(channelMessage(
                event -> event.put("text", "a &amp;lt; b &gt; c &quot;d&quot; <@U07BT8K2M3P>")));

        assertThat(item.message().text()).isEqualTo("a &lt; b > c &quot;d&quot; <@U07BT8K2M3P>");
    }

    @Test
    void refusesABodyThatIsNotJson() {
        assertMalformed("not json".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesJsonWithTrailingBytes() {
        assertMalformed((SlackFixtures.text("message-channel") + "{}")
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesADeliveryWithoutType() {
        assertMalformed("{\"event_id\":\"Ev1\"}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesAnEventCallbackWithoutEventId() {
        ObjectNode delivery = (ObjectNode) SlackFixtures.json("message-channel");
        delivery.remove("event_id");

        assertMalformed(bytes(delivery));
    }

    @Test
    void refusesAMessageWhoseTsIsNoSlackTimestamp() {
        assertMalformed(bytes(channelMessage(event -> event.put("ts", "1762956207.4"))));
    }

    @Test
    void refusesAMessageWithNeitherUserNorBot() {
        assertMalformed(bytes(channelMessage(event -> event.remove("user"))));
    }

    @Test
    void needsTheBotUserTheConnectionSpeaksFor() {
        ConnectionContext anonymous = new ConnectionContext(UUID.randomUUID(), null);

        assertThatThrownBy(() -> adapter.parseWebhook(
                SlackFixtures.delivery("message-channel"), anonymous))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ObjectNode channelMessage(Consumer<ObjectNode> change) {
        ObjectNode delivery = (ObjectNode) SlackFixtures.json("message-channel");
        change.accept((ObjectNode) delivery.get("event"));
        return delivery;
    }

    private InboundItem parse(ObjectNode delivery) {
        return parse(bytes(delivery));
    }

    private InboundItem parse(byte[] body) {
        List<InboundItem> items = adapter.parseWebhook(request(body),
                SlackWebhookFixturesTest.CONNECTION).items();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private void assertMalformed(byte[] body) {
        assertThatThrownBy(() -> adapter.parseWebhook(request(body),
                SlackWebhookFixturesTest.CONNECTION))
                .isInstanceOf(MalformedWebhookException.class);
    }

    private static WebhookRequest request(byte[] body) {
        return new WebhookRequest(Map.of("Content-Type", "application/json"), body,
                "https://relay.example.net/webhooks/slack/events");
    }

    private static byte[] bytes(ObjectNode delivery) {
        return delivery.toString().getBytes(StandardCharsets.UTF_8);
    }
}
