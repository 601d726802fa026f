package io.outeract.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outeract.adapters.ConnectionContext;
import io.outeract.adapters.InboundItem;
import io.outeract.adapters.WebhookRequest;
import io.outeract.contract.common.Attachment;
import io.outeract.contract.common.PlatformAccount;
import io.outeract.contract.inbound.ReceivedMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How updates the fixtures do not cover are read: channels, topics, big ids, kinds to come. */
class TelegramUpdatesTest {

    private static final ConnectionContext CONNECTION =
            new ConnectionContext(UUID.randomUUID(), TelegramFixtures.BOT_ID);
    private static final String CHANNEL_POST = """
            {"update_id":731402570,"channel_post":{"message_id":310,\
            "sender_chat":{"id":-1001829304712,"title":"Harbor Lane News",\
            "username":"harborlane_news","type":"channel"},\
            "chat":{"id":-1001829304712,"title":"Harbor Lane News",\
            "username":"harborlane_news","type":"channel"},\
            "date":1773510600,"text":"Open until 20:00 today"}}""";

    private final TelegramAdapter adapter = FakeTelegram.offlineAdapter();

    @Test
    void readsAChannelPostAsAMessageFromTheChannel() {
        InboundItem item = parse(CHANNEL_POST);

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.MESSAGE_RECEIVED);
        assertThat(item.occurredAt()).isEqualTo(Instant.parse("2026-03-14T17:50:00Z"));
        ReceivedMessage post = item.message();
        assertThat(post.externalMessageId()).isEqualTo("-1001829304712:310");
        assertThat(post.chatType()).isEqualTo("channel");
        assertThat(post.sender()).isEqualTo(new PlatformAccount(
                "-1001829304712", "Harbor Lane News", "harborlane_news", false));
        assertThat(post.text()).isEqualTo("Open until 20:00 today");
    }

    @Test
    void readsAnEditedChannelPostAsAnEditAtItsEditTime() {
        InboundItem item = parse("""
                {"update_id":731402571,"edited_channel_post":{"message_id":310,\
                "sender_chat":{"id":-1001829304712,"title":"Harbor Lane News","type":"channel"},\
                "chat":{"id":-1001829304712,"title":"Harbor Lane News","type":"channel"},\
                "date":1773510600,"edit_date":1773510660,"text":"Open until 21:00 today"}}""");

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.MESSAGE_EDITED);
        assertThat(item.message().externalMessageId()).isEqualTo("-1001829304712:310");
        assertThat(item.occurredAt()).isEqualTo(Instant.parse("2026-03-14T17:51:00Z"));
    }

    @Test
    void datesAnEditWithoutEditDateByItsDate() {
        InboundItem item = parse("""
                {"update_id":731402572,"edited_message":{"message_id":1211,\
                "from":{"id":6812345098,"is_bot":false,"first_name":"Lena"},\
                "chat":{"id":6812345098,"type":"private"},"date":1773510180,"text":"Large"}}""");

        assertThat(item.occurredAt()).isEqualTo(Instant.ofEpochSecond(1773510180));
    }

    @Test
    void namesTheSenderByFirstAndLastNameAndUsername() {
        PlatformAccount sender = parseFixture("text-message-private").message().sender();

        assertThat(sender).isEqualTo(
                new PlatformAccount("6812345098", "Lena Hartmann", "lena_h_demo", false));
    }

    @Test
    void keepsIdsBeyond32BitsWhole() {
        InboundItem item = parse("""
                {"update_id":9007199254740000,"message":{"message_id":4294967301,\
                "from":{"id":8123456789012,"is_bot":false,"first_name":"Ana"},\
                "chat":{"id":-1009876543210987,"type":"supergroup"},\
                "date":1773510000,"text":"hi","message_thread_id":2147483659}}""");

        assertThat(item.dedupeKey()).isEqualTo("telegram:7391056284:update:9007199254740000");
        assertThat(item.message().externalMessageId()).isEqualTo("-1009876543210987:4294967301");
        assertThat(item.message().sender().externalId()).isEqualTo("8123456789012");
        assertThat(item.message().threadId()).isEqualTo("2147483659");
    }

    @Test
    void takesTheTopicOfAForumMessageAsItsThread() {
        InboundItem item = parse("""
                {"update_id":731402573,"message":{"message_id":88420,"message_thread_id":17,\
                "is_topic_message":true,"from":{"id":184209117,"is_bot":false,"first_name":"Yuki"},\
                "chat":{"id":-1002391847560,"title":"Harbor Lane Regulars","type":"supergroup",\
                "is_forum":true},"date":1773510300,"text":"Cakes for Sunday?"}}""");

        assertThat(item.message().threadId()).isEqualTo("17");
    }

    @Test
    void takesOnlyTheLargestSizeOfAPhotoWithItsCaptionAsText() {
        ReceivedMessage photo = parseFixture("photo-message").message();

        assertThat(photo.text()).isEqualTo("Two photos of the damaged box");
        assertThat(photo.attachments()).containsExactly(new Attachment("photo",
                "AgACAgQAAxkBAAIEs224o2Bkuu6z5PRhOyWMAvN57Kzorn-evTLEMT2-DAuN0-Z822sx3yxwBF7sbg",
                null, null, 201774L));
    }

    @Test
    void readsAVoiceNoteAsAnAttachment() {
        ReceivedMessage voice = parse("""
                {"update_id":731402557,"message":{"message_id":1206,\
                "from":{"id":5904718263,"is_bot":false,"first_name":"Kofi"},\
                "chat":{"id":5904718263,"type":"private"},"date":1773510100,\
                "voice":{"duration":4,"mime_type":"audio/ogg","file_id":"AwACAgQAAxkBAAIEtW",\
                "file_unique_id":"AgADeBkAAnCQ","file_size":3000000000}}}""").message();

        assertThat(voice.text()).isNull();
        assertThat(voice.attachments()).containsExactly(
                new Attachment("voice", "AwACAgQAAxkBAAIEtW", "audio/ogg", null, 3000000000L));
    }

    @Test
    void countsAnAnimationOnceThoughTelegramRepeatsItAsADocument() {
        ReceivedMessage gif = parse("""
                {"update_id":731402574,"message":{"message_id":1215,\
                "from":{"id":5904718263,"is_bot":false,"first_name":"Kofi"},\
                "chat":{"id":5904718263,"type":"private"},"date":1773510100,\
                "animation":{"file_id":"CgACAgQAAxkBAAIEuG","file_unique_id":"AgADxx",\
                "file_name":"cake.mp4","mime_type":"video/mp4","file_size":90210},\
                "document":{"file_id":"CgACAgQAAxkBAAIEuG","file_unique_id":"AgADxx",\
                "file_name":"cake.mp4","mime_type":"video/mp4","file_size":90210}}}""")
                .message();

        assertThat(gif.attachments()).extracting(Attachment::kind).containsExactly("animation");
    }

    @Test
    void namesAVenueOnceThoughTelegramRepeatsItAsALocation() {
        ReceivedMessage venue = parse("""
                {"update_id":731402575,"message":{"message_id":1216,\
                "from":{"id":5904718263,"is_bot":false,"first_name":"Kofi"},\
                "chat":{"id":5904718263,"type":"private"},"date":1773510100,\
                "location":{"latitude":53.55,"longitude":9.99},\
                "venue":{"location":{"latitude":53.55,"longitude":9.99},\
                "title":"Harbor Lane Bakery","address":"Hafenweg 3"}}}""").message();

        assertThat(venue.attachments()).extracting(Attachment::kind).containsExactly("venue");
    }

    @Test
    void namesASharedContactThoughItHasNoFile() {
        ReceivedMessage contact = parse("""
                {"update_id":731402560,"message":{"message_id":1209,\
                "from":{"id":5904718263,"is_bot":false,"first_name":"Kofi"},\
                "chat":{"id":5904718263,"type":"private"},"date":1773510160,\
                "contact":{"phone_number":"+4940123456","first_name":"Ama"}}}""").message();

        assertThat(contact.attachments())
                .containsExactly(new Attachment("contact", null, null, null, null));
    }

    @Test
    void keepsAServiceMessageWithoutTextOrMedia() {
        InboundItem migrated = parse("""
                {"update_id":731402568,"message":{"message_id":1,\
                "from":{"id":184209117,"is_bot":false,"first_name":"Yuki"},\
                "chat":{"id":-4123456789,"title":"Harbor Lane Regulars","type":"group"},\
                "date":1773510580,"migrate_to_chat_id":-1002391847560}}""");

        assertThat(migrated.kind()).isEqualTo(InboundItem.Kind.MESSAGE_RECEIVED);
        assertThat(migrated.message().externalMessageId()).isEqualTo("-4123456789:1");
        assertThat(migrated.message().text()).isNull();
        assertThat(migrated.message().attachments()).isEmpty();
    }

    @Test
    void decodesEscapedEmojiInText() {
        ReceivedMessage message = parse("""
                {"update_id":731402554,"message":{"message_id":1203,\
                "from":{"id":6812345098,"is_bot":false,"first_name":"Lena"},\
                "chat":{"id":6812345098,"type":"private"},"date":1773510040,\
                "text":"\\ud83c\\udf82 for M\\u00e4rz?"}}""").message();

        assertThat(message.text()).isEqualTo("\uD83C\uDF82 for März?");
    }

    @Test
    void keepsAnUnknownUpdateKindRaw() {
        String body = """
                {"update_id":731402580,"future_kind":{"from":{"id":5904718263,"is_bot":false,\
                "first_name":"Kofi"},"date":1773510700,"shiny":true}}""";

        InboundItem item = parse(body);

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.PLATFORM_EVENT);
        assertThat(item.rawKind()).isEqualTo("future_kind");
        assertThat(item.actor().externalId()).isEqualTo("5904718263");
        assertThat(item.rawPayload()).isEqualTo(body);
        assertThat(item.occurredAt()).isEqualTo(Instant.ofEpochSecond(1773510700));
    }

    @Test
    void keepsAnUpdateWithOnlyItsIdRawAsUnknown() {
        InboundItem item = parse("{\"update_id\":731402581}");

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.PLATFORM_EVENT);
        assertThat(item.rawKind()).isEqualTo("unknown");
        assertThat(item.actor()).isNull();
        assertThat(item.occurredAt()).isNull();
        assertThat(item.dedupeKey()).isEqualTo("telegram:7391056284:update:731402581");
    }

    @Test
    void keepsAPollRawWithoutAnActor() {
        InboundItem item = parse("""
                {"update_id":731402582,"poll":{"id":"5289764509123","question":"Sat or Sun?",\
                "options":[],"total_voter_count":3,"is_closed":false}}""");

        assertThat(item.rawKind()).isEqualTo("poll");
        assertThat(item.actor()).isNull();
        assertThat(item.occurredAt()).isNull();
    }

    @Test
    void namesAnAnonymousReactionByTheChatThatReacted() {
        InboundItem item = parse("""
                {"update_id":731402583,"message_reaction":{"chat":{"id":-1002391847560,\
                "type":"supergroup"},"message_id":88415,"actor_chat":{"id":-1002391847560,\
                "title":"Harbor Lane Regulars","type":"supergroup"},"date":1773510540,\
                "old_reaction":[],"new_reaction":[]}}""");

        assertThat(item.actor()).isEqualTo(new PlatformAccount(
                "-1002391847560", "Harbor Lane Regulars", null, false));
    }

    @Test
    void refusesAConnectionWithoutABotId() {
        ConnectionContext withoutBot = new ConnectionContext(UUID.randomUUID(), null);

        assertThatThrownBy(() -> adapter.parseWebhook(
                TelegramFixtures.webhook("text-message-private"), withoutBot))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bot id");
    }

    private InboundItem parse(String body) {
        WebhookRequest request = new WebhookRequest(
                Map.of(), body.getBytes(StandardCharsets.UTF_8), TelegramFixtures.WEBHOOK_URL);
        return adapter.parseWebhook(request, CONNECTION).items().get(0);
    }

    private InboundItem parseFixture(String name) {
        return adapter.parseWebhook(TelegramFixtures.webhook(name), CONNECTION).items().get(0);
    }
}
