package io.outeract.adapters.meta.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.InboundItem;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.adapters.meta.GraphApi;
import io.outeract.adapters.meta.MetaWebhook;
import io.outeract.contract.common.Attachment;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The events no fixture shows, written after messenger.md and instagram.md §2: receipts without
 * mids, edits, unsends, standby, kinds Outeract does not read, repeated attachments, and bodies
 * that are not what Meta sends.
 */
class MessagingEventsTest {

    private static final String PAGE = MessagingFixtures.PAGE_ID;
    private static final String LENA = "7423918856102237";
    private static final String ENVELOPE = """
            "sender":{"id":"7423918856102237"},"recipient":{"id":"104392817746251"},\
            "timestamp":1773490000000""";
    private static final Instant AT = Instant.ofEpochMilli(1773490000000L);

    private final GraphApi offline = FakeMeta.offlineApi();
    private final MetaWebhook webhook = new MetaWebhook(new ObjectMapper(), List.of(
            new MessengerAdapter(offline).entries(), new InstagramAdapter(offline).entries()));

    @Test
    void keepsADeliveryWithoutMidsRawUnderItsWatermark() {
        InboundItem item = onlyItem(page(ENVELOPE + ",\"delivery\":{\"watermark\":1773489999000}"));

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.PLATFORM_EVENT);
        assertThat(item.rawKind()).isEqualTo("delivery");
        assertThat(item.dedupeKey())
                .isEqualTo("messenger:delivery:" + PAGE + ":" + LENA + ":1773489999000");
        assertThat(item.actor().externalId()).isEqualTo(LENA);
        assertThat(item.occurredAt()).isEqualTo(AT);
    }

    @Test
    void keepsAMessengerReadRawUnderItsWatermark() {
        InboundItem item = onlyItem(page(ENVELOPE + ",\"read\":{\"watermark\":1773489999500}"));

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.PLATFORM_EVENT);
        assertThat(item.rawKind()).isEqualTo("read");
        assertThat(item.dedupeKey())
                .isEqualTo("messenger:read:" + PAGE + ":" + LENA + ":1773489999500");
    }

    @Test
    void keepsAnEventOfAKindOuteractDoesNotReadUnderThatKind() {
        String body = page(ENVELOPE + ",\"optin\":{\"type\":\"notification_messages\"}");

        InboundItem item = onlyItem(body);

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.PLATFORM_EVENT);
        assertThat(item.rawKind()).isEqualTo("optin");
        assertThat(item.dedupeKey()).startsWith("messenger:optin:" + PAGE + ":");
        assertThat(item.rawPayload()).contains("notification_messages");
        assertThat(onlyItem(body).dedupeKey()).isEqualTo(item.dedupeKey());
    }

    @Test
    void keysTwoDifferentEventsOfAnUnreadKindApart() {
        InboundItem first = onlyItem(page(ENVELOPE + ",\"optin\":{\"ref\":\"a\"}"));
        InboundItem second = onlyItem(page(ENVELOPE + ",\"optin\":{\"ref\":\"b\"}"));

        assertThat(first.dedupeKey()).isNotEqualTo(second.dedupeKey());
    }

    @Test
    void readsAnEditAsAnEditKeyedByTheNumberOfTheEdit() {
        InboundItem item = onlyItem(page(ENVELOPE + """
                ,"message_edit":{"mid":"m_edited","text":"Size L, not M","num_edit":2}"""));

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.MESSAGE_EDITED);
        assertThat(item.dedupeKey()).isEqualTo("messenger:edit:m_edited:2");
        assertThat(item.message().externalMessageId()).isEqualTo("m_edited");
        assertThat(item.message().text()).isEqualTo("Size L, not M");
    }

    @Test
    void keepsAnUnsentMessageRawUnderAKeyOtherThanTheMessages() {
        InboundItem item = onlyItem(instagram("""
                "sender":{"id":"1180226157355226"},"recipient":{"id":"17841463928107755"},\
                "timestamp":1773500000000,"message":{"mid":"aWdf_unsent","is_deleted":true}"""));

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.PLATFORM_EVENT);
        assertThat(item.rawKind()).isEqualTo("message_deleted");
        assertThat(item.dedupeKey()).isEqualTo("instagram:deleted:aWdf_unsent");
    }

    @Test
    void neverReadsAStandbyEventAsAMessageToTheAccount() {
        String body = """
                {"object":"page","entry":[{"id":"104392817746251","time":1773490000312,\
                "standby":[{%s,"message":{"mid":"m_other_app","text":"Hello"}}]}]}"""
                .formatted(ENVELOPE);

        InboundItem item = onlyItem(body);

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.PLATFORM_EVENT);
        assertThat(item.rawKind()).isEqualTo("standby");
        assertThat(item.actor().externalId()).isEqualTo(LENA);
    }

    @Test
    void keepsAnInstagramChangeRawUnderItsField() {
        String body = """
                {"object":"instagram","entry":[{"id":"17841463928107755","time":1773500000311,\
                "changes":[{"field":"comments","value":{"id":"1790","text":"Nice"}}]}]}""";

        InboundItem item = onlyItem(body);

        assertThat(item.rawKind()).isEqualTo("comments");
        assertThat(item.dedupeKey()).startsWith("instagram:comments:17841463928107755:");
        assertThat(item.occurredAt()).isEqualTo(Instant.ofEpochMilli(1773500000311L));
    }

    @Test
    void readsEveryEventOfAnEntryNotOnlyTheFirst() {
        List<InboundItem> items = items(pageWithEvents(
                "{" + ENVELOPE + ",\"message\":{\"mid\":\"m_1\",\"text\":\"One\"}},"
                + "{" + ENVELOPE + ",\"message\":{\"mid\":\"m_2\",\"text\":\"Two\"}}"));

        assertThat(items).extracting(InboundItem::dedupeKey)
                .containsExactly("messenger:message:m_1", "messenger:message:m_2");
    }

    @Test
    void readsAnEventByTheKindItCarriesWhateverComesFirst() {
        InboundItem item = onlyItem(page("""
                "prior_message":{"source":"checkbox_plugin"},%s,\
                "message":{"mid":"m_after","text":"Hi"}""".formatted(ENVELOPE)));

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.MESSAGE_RECEIVED);
    }

    @Test
    void countsAStickerMetaSendsInTwoFormsOnce() {
        InboundItem item = onlyItem(page(ENVELOPE + """
                ,"message":{"mid":"m_sticker","sticker_id":369239263222822,"attachments":[\
                {"type":"image","payload":{"url":"https://cdn.example/s.png",\
                "sticker_id":369239263222822}},\
                {"type":"sticker","payload":{"url":"https://cdn.example/s.png",\
                "sticker_id":369239263222822}}]}"""));

        assertThat(item.message().contentKind()).isEqualTo("sticker");
        assertThat(item.message().attachments()).containsExactly(new Attachment("sticker",
                "369239263222822", null, null, null, "https://cdn.example/s.png", null));
    }

    @Test
    void countsAPostSharedInTwoFormsOnce() {
        InboundItem item = onlyItem(instagram("""
                "sender":{"id":"1180226157355226"},"recipient":{"id":"17841463928107755"},\
                "timestamp":1773500000000,"message":{"mid":"aWdf_post","attachments":[\
                {"type":"share","payload":{"url":"https://cdn.example/p.jpg"}},\
                {"type":"ig_post","payload":{"url":"https://cdn.example/p.jpg",\
                "ig_post_media_id":"18095618044520393","title":"Mugs \\ud83d\\ude0d"}}]}"""));

        assertThat(item.message().contentKind()).isEqualTo("ig_post");
        assertThat(item.message().attachments()).containsExactly(new Attachment("ig_post",
                "18095618044520393", null, null, null, "https://cdn.example/p.jpg", null));
    }

    @Test
    void keysAPostbackWithoutMidByPagePersonTimeAndPayload() {
        InboundItem item = onlyItem(page(ENVELOPE + """
                ,"postback":{"title":"Get Started","payload":"GET_STARTED"}"""));

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.MESSAGE_RECEIVED);
        assertThat(item.dedupeKey()).isEqualTo(
                "messenger:postback:" + PAGE + ":" + LENA + ":1773490000000:GET_STARTED");
        assertThat(item.message().externalMessageId()).isNull();
        assertThat(item.message().contentKind()).isEqualTo("postback");
    }

    @Test
    void datesAnEventWithoutTimestampAtItsEntry() {
        InboundItem item = onlyItem(page("""
                "sender":{"id":"7423918856102237"},"recipient":{"id":"104392817746251"},\
                "message":{"mid":"m_untimed","text":"Hi"}"""));

        assertThat(item.occurredAt()).isEqualTo(Instant.ofEpochMilli(1773490000312L));
    }

    @Test
    void givesAnEntryWithoutEventsNoItemsButStillItsAccount() {
        String body = "{\"object\":\"page\",\"entry\":[{\"id\":\"" + PAGE + "\",\"time\":1}]}";

        assertThat(webhook.read(bytes(body))).singleElement().satisfies(account -> {
            assertThat(account.externalAccountId()).isEqualTo(PAGE);
            assertThat(account.items()).isEmpty();
        });
    }

    static Stream<Arguments> bodiesMetaDoesNotSend() {
        String envelope = "'sender':{'id':'2'},'recipient':{'id':'1'}";
        return Stream.of(
                refused("an entry that is no object", "{'object':'page','entry':[42]}",
                        "is an object naming its Page in 'id'"),
                refused("an entry without id", "{'object':'page','entry':[{'time':1}]}",
                        "is an object naming its Page in 'id'"),
                refused("messaging that is no array",
                        "{'object':'page','entry':[{'id':'1','messaging':{}}]}",
                        "'messaging' of the entry of Page 1 is not an array"),
                refused("an event that is no object", inEntry("'hi'"),
                        "Each messaging event is a JSON object"),
                refused("a message without mid",
                        inEntry("{" + envelope + ",'message':{'text':'x'}}"),
                        "A Messenger message has no 'mid'"),
                refused("a message without sender",
                        inEntry("{'recipient':{'id':'1'},'message':{'mid':'m'}}"),
                        "names its sender in 'sender.id'"),
                refused("a message that is no object",
                        inEntry("{" + envelope + ",'message':'x'}"),
                        "The 'message' of a Messenger event is not an object"),
                refused("a timestamp in text",
                        inEntry("{" + envelope + ",'timestamp':'today','message':{'mid':'m'}}"),
                        "in epoch milliseconds"),
                refused("a time before 1970",
                        "{'object':'instagram','entry':[{'id':'1','time':-5}]}",
                        "in epoch milliseconds"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodiesMetaDoesNotSend")
    void refusesABodyMetaDoesNotSend(String what, String body, String reason) {
        assertThatThrownBy(() -> webhook.read(bytes(body)))
                .isInstanceOf(MalformedWebhookException.class)
                .hasMessageContaining(reason);
    }

    private static Arguments refused(String what, String body, String reason) {
        return Arguments.of(what, body.replace('\'', '"'), reason);
    }

    private static String inEntry(String event) {
        return "{'object':'page','entry':[{'id':'1','messaging':[" + event + "]}]}";
    }

    private InboundItem onlyItem(String body) {
        List<InboundItem> items = items(body);
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private List<InboundItem> items(String body) {
        return webhook.read(bytes(body)).stream()
                .flatMap(account -> account.items().stream())
                .toList();
    }

    private static String page(String event) {
        return pageWithEvents("{" + event + "}");
    }

    private static String pageWithEvents(String events) {
        return "{\"object\":\"page\",\"entry\":[{\"id\":\"" + PAGE
                + "\",\"time\":1773490000312,\"messaging\":[" + events + "]}]}";
    }

    private static String instagram(String event) {
        return "{\"object\":\"instagram\",\"entry\":[{\"id\":\""
                + MessagingFixtures.INSTAGRAM_ACCOUNT_ID
                + "\",\"time\":1773500000311,\"messaging\":[{" + event + "}]}]}";
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
