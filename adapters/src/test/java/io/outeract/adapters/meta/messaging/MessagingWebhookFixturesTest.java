package io.outeract.adapters.meta.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.AccountItems;
import io.outeract.adapters.ConnectionContext;
import io.outeract.adapters.InboundItem;
import io.outeract.adapters.meta.GraphApi;
import io.outeract.adapters.meta.MetaSignature;
import io.outeract.adapters.meta.MetaWebhook;
import io.outeract.contract.common.Attachment;
import io.outeract.contract.common.Platform;
import io.outeract.contract.inbound.DeliveryState;
import io.outeract.contract.inbound.ReceivedMessage;
import io.outeract.contract.inbound.ReceivedMessage.Choice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Messenger and Instagram delivery fixture, read through the Meta webhook as Meta sent it
 * and checked field by field against what its meta expects.
 *
 * <p>An expected event is found among the items by its dedupe key. One rule makes one event
 * several items: a delivery receipt naming several mids becomes one status per mid, each keyed
 * by the event's dedupe key, a ':' and the mid.
 */
class MessagingWebhookFixturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STATUS_KINDS = Set.of("delivery", "read");

    private final GraphApi offline = FakeMeta.offlineApi();
    private final MessengerAdapter messenger = new MessengerAdapter(offline);
    private final InstagramAdapter instagram = new InstagramAdapter(offline);
    private final MetaWebhook webhook =
            new MetaWebhook(JSON, List.of(messenger.entries(), instagram.entries()));

    static Stream<Arguments> deliveries() {
        return Stream.of(MessagingFixtures.MESSENGER, MessagingFixtures.INSTAGRAM)
                .flatMap(fixtures -> fixtures.webhookNames().stream()
                        .map(name -> Arguments.of(fixtures, name)));
    }

    static Stream<Arguments> messages() {
        return expecting(event -> event.path("direction").asText().equals("inbound")
                && !event.path("kind").asText().equals("reaction"));
    }

    static Stream<Arguments> echoes() {
        return expecting(event -> event.path("kind").asText().equals("echo"));
    }

    static Stream<Arguments> reactions() {
        return expecting(event -> event.path("kind").asText().equals("reaction"));
    }

    static Stream<Arguments> receipts() {
        return expecting(event -> STATUS_KINDS.contains(event.path("kind").asText()));
    }

    @Test
    void coversEveryDeliveryFixture() {
        assertThat(MessagingFixtures.MESSENGER.webhookNames()).containsExactlyInAnyOrder(
                "batched-two-entries", "delivery", "image-attachment", "message-echo",
                "postback", "quick-reply", "reaction", "reply-to-message", "text-message");
        assertThat(MessagingFixtures.INSTAGRAM.webhookNames()).containsExactlyInAnyOrder(
                "image-attachment", "message-echo", "messaging-seen", "postback-icebreaker",
                "quick-reply", "reaction", "reply-to-message", "story-reply", "text-message",
                "unsupported-message");
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("deliveries")
    void keepsTheFixtureBytesExactlyAsMetaSentThem(MessagingFixtures fixtures, String name) {
        assertThat(fixtures.bytes(name))
                .hasSize(fixtures.meta(name).path("body_bytes").asInt());
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("deliveries")
    void acceptsTheSignatureTheDeliveryCameWith(MessagingFixtures fixtures, String name) {
        String signature = fixtures.webhook(name).header(MetaSignature.HEADER);

        assertThat(MetaSignature.isValid(fixtures.bytes(name), signature,
                List.of(fixtures.meta(name).path("secret").asText()))).isTrue();
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("deliveries")
    void refusesTheSignatureUnderTheOtherPlatformsSecret(MessagingFixtures fixtures,
            String name) {
        MessagingFixtures other = fixtures == MessagingFixtures.MESSENGER
                ? MessagingFixtures.INSTAGRAM
                : MessagingFixtures.MESSENGER;
        String otherSecret = other.meta("text-message").path("secret").asText();
        String signature = fixtures.webhook(name).header(MetaSignature.HEADER);

        assertThat(MetaSignature.isValid(fixtures.bytes(name), signature, List.of(otherSecret)))
                .isFalse();
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("deliveries")
    void routesEveryEntryToTheAccountItNames(MessagingFixtures fixtures, String name) {
        JsonNode entries = fixtures.json(name).path("entry");

        List<AccountItems> accounts = webhook.read(fixtures.bytes(name));

        assertThat(accounts).hasSize(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            AccountItems account = accounts.get(i);
            assertThat(account.platform()).isEqualTo(Platform.fromWireName(fixtures.platform()));
            assertThat(account.externalAccountId()).isEqualTo(entries.get(i).path("id").asText());
            assertThat(readTree(account.rawPayload())).isEqualTo(entries.get(i));
        }
        assertThat(fixtures.expectedEvents(name))
                .extracting(event -> event.path("routing_id").asText())
                .isSubsetOf(accounts.stream().map(AccountItems::externalAccountId).toList());
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("deliveries")
    void readsTheItemsOfEveryExpectedEventAndNoOthers(MessagingFixtures fixtures, String name) {
        List<String> expectedKeys = fixtures.expectedEvents(name).stream()
                .flatMap(event -> expectedKeys(event).stream())
                .toList();

        List<InboundItem> items = itemsOf(fixtures, name);

        assertThat(items).extracting(InboundItem::dedupeKey)
                .containsExactlyInAnyOrderElementsOf(expectedKeys);
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("deliveries")
    void datesEveryItemAtItsEventsTimestamp(MessagingFixtures fixtures, String name) {
        List<InboundItem> items = itemsOf(fixtures, name);

        for (JsonNode event : fixtures.expectedEvents(name)) {
            assertThat(itemsFor(event, items)).isNotEmpty().allSatisfy(item -> assertThat(
                    item.occurredAt()).isEqualTo(Instant.parse(event.path("timestamp").asText())));
        }
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("messages")
    void readsTheMessageTheMetaExpects(MessagingFixtures fixtures, String name) {
        JsonNode expected = fixtures.expectedEvents(name).get(0);

        InboundItem item = onlyItemOf(fixtures, name);

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.MESSAGE_RECEIVED);
        ReceivedMessage message = item.message();
        assertThat(message.externalMessageId())
                .isEqualTo(expected.path("external_message_id").asText());
        assertThat(message.externalChatId()).isEqualTo(expected.path("sender_id").asText());
        assertThat(message.chatType()).isEqualTo("private");
        assertThat(message.sender().externalId()).isEqualTo(expected.path("sender_id").asText());
        assertThat(message.sender().bot()).isFalse();
        assertThat(message.recipient().externalId())
                .isEqualTo(expected.path("recipient_id").asText());
        assertThat(message.recipient().bot()).isTrue();
        assertThat(message.text()).isEqualTo(textOrNull(expected.path("text")));
        assertThat(message.replyToExternalMessageId())
                .isEqualTo(textOrNull(expected.path("reply_to_external_id")));
    }

    /**
     * The meta calls a reply to a story a text; Outeract names it a story_reply, so that the
     * story it answers (kept as an attachment) is not taken for a second message.
     */
    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("messages")
    void namesWhatTheMessageHolds(MessagingFixtures fixtures, String name) {
        JsonNode expected = fixtures.expectedEvents(name).get(0);
        String contentKind = expected.has("reply_to_story")
                ? "story_reply"
                : expected.path("kind").asText();

        assertThat(onlyItemOf(fixtures, name).message().contentKind()).isEqualTo(contentKind);
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("messages")
    void keepsTheMediaAndTheStoryByTheirUrls(MessagingFixtures fixtures, String name) {
        JsonNode expected = fixtures.expectedEvents(name).get(0);
        List<Attachment> attachments = new ArrayList<>();
        for (JsonNode media : expected.path("media")) {
            attachments.add(new Attachment(media.path("type").asText(), null, null, null, null,
                    media.path("url").asText(), null));
        }
        JsonNode story = expected.path("reply_to_story");
        if (story.isObject()) {
            attachments.add(new Attachment("story", story.path("id").asText(), null, null, null,
                    story.path("url").asText(), null));
        }

        assertThat(onlyItemOf(fixtures, name).message().attachments())
                .containsExactlyElementsOf(attachments);
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("messages")
    void keepsTheChoiceOfAQuickReplyOrAPostback(MessagingFixtures fixtures, String name) {
        JsonNode expected = fixtures.expectedEvents(name).get(0);
        String payload = textOrNull(expected.has("quick_reply_payload")
                ? expected.path("quick_reply_payload")
                : expected.path("postback_payload"));

        Choice choice = onlyItemOf(fixtures, name).message().choice();

        if (payload == null) {
            assertThat(choice).isNull();
        } else {
            assertThat(choice).isEqualTo(
                    new Choice(payload, expected.path("text").asText(), null));
        }
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("echoes")
    void keepsAnEchoAsTheAccountsOwnMessageNeverAsAReceivedOne(MessagingFixtures fixtures,
            String name) {
        JsonNode expected = fixtures.expectedEvents(name).get(0);

        InboundItem item = onlyItemOf(fixtures, name);

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.PLATFORM_EVENT);
        assertThat(item.message()).isNull();
        assertThat(item.rawKind()).isEqualTo("message_echo");
        assertThat(item.actor().externalId()).isEqualTo(expected.path("sender_id").asText());
        assertThat(item.actor().bot()).isTrue();
        JsonNode event = readTree(item.rawPayload());
        assertThat(event).isEqualTo(firstEvent(fixtures, name));
        assertThat(event.path("recipient").path("id").asText())
                .isEqualTo(expected.path("recipient_id").asText());
        assertThat(event.path("message").path("mid").asText())
                .isEqualTo(expected.path("external_message_id").asText());
        assertThat(MessagingJson.text(event.path("message").get("text")))
                .isEqualTo(expected.path("text").asText());
        assertThat(MessagingJson.id(event.path("message").get("app_id")))
                .isEqualTo(textOrNull(expected.path("app_id")));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("reactions")
    void keepsAReactionRawWithThePersonWhoReacted(MessagingFixtures fixtures, String name) {
        JsonNode expected = fixtures.expectedEvents(name).get(0);
        JsonNode reaction = expected.path("reaction");

        InboundItem item = onlyItemOf(fixtures, name);

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.PLATFORM_EVENT);
        assertThat(item.rawKind()).isEqualTo("reaction");
        assertThat(item.actor().externalId()).isEqualTo(expected.path("sender_id").asText());
        assertThat(item.actor().bot()).isFalse();
        JsonNode kept = readTree(item.rawPayload()).path("reaction");
        assertThat(kept.path("mid").asText())
                .isEqualTo(reaction.path("target_external_id").asText());
        assertThat(kept.path("emoji").asText()).isEqualTo(reaction.path("emoji").asText());
        assertThat(kept.path("reaction").asText()).isEqualTo(reaction.path("name").asText());
        assertThat(kept.path("action").asText()).isEqualTo(reaction.path("action").asText());
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("receipts")
    void reportsEveryMessageAReceiptNames(MessagingFixtures fixtures, String name) {
        JsonNode expected = fixtures.expectedEvents(name).get(0);
        DeliveryState state = expected.path("kind").asText().equals("read")
                ? DeliveryState.READ
                : DeliveryState.DELIVERED;

        List<InboundItem> items = itemsOf(fixtures, name);

        assertThat(items).allSatisfy(item -> {
            assertThat(item.kind()).isEqualTo(InboundItem.Kind.STATUS_REPORTED);
            assertThat(item.status().state()).isEqualTo(state);
            assertThat(item.status().recipient().externalId())
                    .isEqualTo(expected.path("sender_id").asText());
        });
        assertThat(items).extracting(item -> item.status().platformMessageId())
                .containsExactlyElementsOf(referredMessages(expected));
    }

    @Test
    void readsABatchOfTwoPagesAsTwoAccounts() {
        MessagingFixtures fixtures = MessagingFixtures.MESSENGER;

        List<AccountItems> accounts = webhook.read(fixtures.bytes("batched-two-entries"));

        assertThat(accounts).extracting(AccountItems::externalAccountId)
                .containsExactly(MessagingFixtures.PAGE_ID, MessagingFixtures.SECOND_PAGE_ID);
        assertThat(accounts).allSatisfy(account -> assertThat(account.items()).hasSize(1));
    }

    @Test
    void givesAConnectionOnlyTheItemsOfItsOwnPage() {
        List<JsonNode> expected =
                MessagingFixtures.MESSENGER.expectedEvents("batched-two-entries");

        List<InboundItem> first = messenger.parseWebhook(
                MessagingFixtures.MESSENGER.webhook("batched-two-entries"),
                connectionOf(MessagingFixtures.PAGE_ID)).items();
        List<InboundItem> second = messenger.parseWebhook(
                MessagingFixtures.MESSENGER.webhook("batched-two-entries"),
                connectionOf(MessagingFixtures.SECOND_PAGE_ID)).items();

        assertThat(first).extracting(item -> item.message().text())
                .containsExactly(expected.get(0).path("text").asText());
        assertThat(second).extracting(item -> item.message().text())
                .containsExactly(expected.get(1).path("text").asText());
    }

    @Test
    void givesAMessengerConnectionNothingOfAnInstagramDelivery() {
        List<InboundItem> items = messenger.parseWebhook(
                MessagingFixtures.INSTAGRAM.webhook("text-message"),
                connectionOf(MessagingFixtures.INSTAGRAM_ACCOUNT_ID)).items();

        assertThat(items).isEmpty();
    }

    private static Stream<Arguments> expecting(Predicate<JsonNode> event) {
        return deliveries().filter(arguments -> {
            MessagingFixtures fixtures = (MessagingFixtures) arguments.get()[0];
            List<JsonNode> events = fixtures.expectedEvents((String) arguments.get()[1]);
            return events.size() == 1 && event.test(events.get(0));
        });
    }

    private static List<String> expectedKeys(JsonNode event) {
        String key = event.path("dedupe_key").asText();
        if (!event.path("refers_to_message_ids").isArray()) {
            return List.of(key);
        }
        return referredMessages(event).stream().map(mid -> key + ":" + mid).toList();
    }

    private static List<String> referredMessages(JsonNode event) {
        List<String> mids = new ArrayList<>();
        event.path("refers_to_message_ids").forEach(mid -> mids.add(mid.asText()));
        if (event.path("refers_to_message_id").isTextual()) {
            mids.add(event.path("refers_to_message_id").asText());
        }
        return mids;
    }

    private static List<InboundItem> itemsFor(JsonNode event, List<InboundItem> items) {
        List<String> keys = expectedKeys(event);
        return items.stream().filter(item -> keys.contains(item.dedupeKey())).toList();
    }

    private List<InboundItem> itemsOf(MessagingFixtures fixtures, String name) {
        return webhook.read(fixtures.bytes(name)).stream()
                .flatMap(account -> account.items().stream())
                .toList();
    }

    private InboundItem onlyItemOf(MessagingFixtures fixtures, String name) {
        List<InboundItem> items = itemsOf(fixtures, name);
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static JsonNode firstEvent(MessagingFixtures fixtures, String name) {
        return fixtures.json(name).path("entry").path(0).path("messaging").path(0);
    }

    private static ConnectionContext connectionOf(String accountId) {
        return new ConnectionContext(UUID.fromString("6f1c2e7a-0000-4000-8000-000000000002"),
                accountId);
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String textOrNull(JsonNode value) {
        return value.isTextual() ? value.asText() : null;
    }
}
