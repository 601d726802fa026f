package io.outeract.adapters.meta.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.AccountItems;
import io.outeract.adapters.InboundItem;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.adapters.meta.MetaObjectReader;
import io.outeract.contract.inbound.ReceivedMessage;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the reader makes of shapes the fixtures do not show, and of bodies Meta never sends. */
class WhatsAppChangesTest {

    private static final String ANA = "12025550143";
    private static final String MARCUS = "13125550178";
    private static final String PROFILES = """
            "contacts":[{"profile":{"name":"Marcus Oyelaran"},"wa_id":"13125550178"},\
            {"profile":{"name":"Ana Ribeiro"},"wa_id":"12025550143"}]""";

    private final MetaObjectReader changes = FakeWhatsApp.offlineAdapter().changes();

    @Test
    void namesEachSenderByTheirOwnProfileWhateverTheOrderOfTheProfiles() {
        List<InboundItem> items = itemsOf(PROFILES + ",\"messages\":["
                + textMessage("wamid.A1", ANA) + "," + textMessage("wamid.M1", MARCUS) + "]");

        assertThat(items).extracting(item -> item.message().sender().displayName())
                .containsExactly("Ana Ribeiro", "Marcus Oyelaran");
    }

    @Test
    void namesAUserWhoHidesTheirNumberByTheirBusinessScopedId() {
        List<InboundItem> items = itemsOf("""
                "contacts":[{"profile":{"name":"Ana Ribeiro"},"user_id":"US.8203917745561208"}],\
                "messages":[{"from_user_id":"US.8203917745561208","id":"wamid.U1",\
                "timestamp":"1773480000","type":"text","text":{"body":"Hello"}}]""");

        ReceivedMessage message = items.get(0).message();
        assertThat(message.sender().externalId()).isEqualTo("US.8203917745561208");
        assertThat(message.sender().displayName()).isEqualTo("Ana Ribeiro");
        assertThat(message.externalChatId()).isEqualTo("US.8203917745561208");
    }

    @Test
    void readsTheRowAUserPickedFromAList() {
        List<InboundItem> items = itemsOf(PROFILES + """
                ,"messages":[{"from":"12025550143","id":"wamid.L1","timestamp":"1773480000",\
                "type":"interactive","interactive":{"type":"list_reply","list_reply":\
                {"id":"rye_large","title":"Large rye","description":"1.2 kg, sliced"}}}]""");

        ReceivedMessage message = items.get(0).message();
        assertThat(message.contentKind()).isEqualTo("interactive_reply");
        assertThat(message.choice()).isEqualTo(
                new ReceivedMessage.Choice("rye_large", "Large rye", "1.2 kg, sliced"));
        assertThat(message.text()).isEqualTo("Large rye");
    }

    @Test
    void readsTheQuickReplyButtonOfATemplateByItsPayload() {
        List<InboundItem> items = itemsOf(PROFILES + """
                ,"messages":[{"from":"12025550143","id":"wamid.B1","timestamp":"1773480000",\
                "type":"button","button":\
                {"payload":"STOP_PROMOTIONS","text":"Stop promotions"}}]""");

        ReceivedMessage message = items.get(0).message();
        assertThat(message.contentKind()).isEqualTo("button");
        assertThat(message.choice()).isEqualTo(
                new ReceivedMessage.Choice("STOP_PROMOTIONS", "Stop promotions", null));
    }

    @Test
    void keepsAReactionRemovedWithoutEmojiRaw() {
        List<InboundItem> items = itemsOf(PROFILES + """
                ,"messages":[{"from":"12025550143","id":"wamid.R2","timestamp":"1773480000",\
                "type":"reaction","reaction":{"message_id":"wamid.OURS"}}]""");

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(InboundItem.Kind.PLATFORM_EVENT);
            assertThat(item.rawKind()).isEqualTo("reaction");
            assertThat(json(item.rawPayload()).path("reaction").has("emoji")).isFalse();
        });
    }

    @Test
    void keepsAMessageTypeOuteractDoesNotReadRawUnderItsType() {
        List<InboundItem> items = itemsOf(PROFILES + """
                ,"messages":[{"from":"12025550143","id":"wamid.O1","timestamp":"1773480000",\
                "type":"order","order":{"catalog_id":"4402","product_items":[]}}]""");

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(InboundItem.Kind.PLATFORM_EVENT);
            assertThat(item.rawKind()).isEqualTo("order");
            assertThat(item.dedupeKey()).isEqualTo("whatsapp:message:wamid.O1");
            assertThat(item.actor().externalId()).isEqualTo(ANA);
            assertThat(json(item.rawPayload()).path("order").path("catalog_id").asText())
                    .isEqualTo("4402");
        });
    }

    @Test
    void keepsAnEditThatNamesNoOriginalMessageRaw() {
        List<InboundItem> items = itemsOf(PROFILES + """
                ,"messages":[{"from":"12025550143","id":"wamid.E2","timestamp":"1773480000",\
                "type":"edit","edit":{"message":{"type":"text","text":{"body":"two loaves"}}}}]""");

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(InboundItem.Kind.PLATFORM_EVENT);
            assertThat(item.rawKind()).isEqualTo("edit");
        });
    }

    @Test
    void keepsAStatusOuteractHasNoStateForRaw() {
        List<InboundItem> items = itemsOf("""
                "statuses":[{"id":"wamid.S1","status":"deleted","timestamp":"1773480000",\
                "recipient_id":"16175550122"}]""");

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(InboundItem.Kind.PLATFORM_EVENT);
            assertThat(item.rawKind()).isEqualTo("status");
            assertThat(item.dedupeKey()).isEqualTo("whatsapp:status:wamid.S1:deleted");
            assertThat(item.actor().externalId()).isEqualTo("16175550122");
        });
    }

    @Test
    void keepsAChangeOfTheBusinessAccountWholeUnderTheAccountsId() {
        JsonNode body = json("""
                {"object":"whatsapp_business_account","entry":[{"id":"104839275610482",\
                "time":1773480000,"changes":[{"field":"account_update","value":\
                {"phone_number":"14155550100","event":"VERIFIED_ACCOUNT"}}]}]}""");

        List<AccountItems> accounts = changes.read(body);

        assertThat(accounts).singleElement().satisfies(account -> {
            assertThat(account.externalAccountId()).isEqualTo(WhatsAppFixtures.WABA_ID);
            assertThat(account.items()).singleElement().satisfies(item -> {
                assertThat(item.kind()).isEqualTo(InboundItem.Kind.PLATFORM_EVENT);
                assertThat(item.rawKind()).isEqualTo("account_update");
                assertThat(item.dedupeKey())
                        .startsWith("whatsapp:104839275610482:account_update:");
                assertThat(json(item.rawPayload()).path("value").path("event").asText())
                        .isEqualTo("VERIFIED_ACCOUNT");
            });
        });
    }

    @Test
    void keepsAChangeOfANumberWithNeitherMessagesNorStatusesWholeUnderTheNumber() {
        List<InboundItem> items = itemsOf("""
                "errors":[{"code":131045,"title":"Incorrect certificate"}]""");

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(InboundItem.Kind.PLATFORM_EVENT);
            assertThat(item.rawKind()).isEqualTo("messages");
            assertThat(json(item.rawPayload()).path("value").path("errors").path(0)
                    .path("code").asInt()).isEqualTo(131045);
        });
    }

    @Test
    void keysARedeliveredAccountChangeAsBeforeAndAnotherChangeAnew() {
        String change = """
                {"object":"whatsapp_business_account","entry":[{"id":"104839275610482",\
                "changes":[{"field":"message_template_status_update","value":\
                {"event":"%s","message_template_id":5521}}]}]}""";

        String first = keyOf(change.formatted("APPROVED"));

        assertThat(keyOf(change.formatted("APPROVED"))).isEqualTo(first);
        assertThat(keyOf(change.formatted("REJECTED"))).isNotEqualTo(first);
    }

    @Test
    void refusesABodyWhoseEntryIsNoArray() {
        assertMalformed("{\"object\":\"whatsapp_business_account\",\"entry\":{}}",
                "'entry' array");
    }

    @Test
    void refusesAChangeWhoseValueIsNoObject() {
        assertMalformed("""
                {"object":"whatsapp_business_account","entry":[{"id":"104839275610482",\
                "changes":[{"field":"messages","value":"nothing"}]}]}""", "not an object");
    }

    @Test
    void refusesAMessageWithoutItsId() {
        assertMalformed(envelope("""
                "messages":[{"from":"12025550143","timestamp":"1773480000","type":"text",\
                "text":{"body":"Hi"}}]"""), "needs its id");
    }

    @Test
    void refusesAMessageWithoutASender() {
        assertMalformed(envelope("""
                "messages":[{"id":"wamid.X","timestamp":"1773480000","type":"text",\
                "text":{"body":"Hi"}}]"""), "'from'");
    }

    @Test
    void refusesMessagesThatAreNoArray() {
        assertMalformed(envelope("\"messages\":{}"), "not an array");
    }

    @Test
    void refusesAStatusWithoutItsState() {
        assertMalformed(envelope("\"statuses\":[{\"id\":\"wamid.S1\"}]"), "'status'");
    }

    @Test
    void keepsAMessageWhoseTimestampIsBeyondTheYear9999AtTheTimeItIsReceived() {
        String body = envelope("\"messages\":[" + textMessage("wamid.T", ANA)
                .replace("1773480000", "99999999999999") + "]");

        InboundItem item = changes.read(json(body)).get(0).items().get(0);

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.MESSAGE_RECEIVED);
        assertThat(item.occurredAt()).isNull();
    }

    private String keyOf(String body) {
        return changes.read(json(body)).get(0).items().get(0).dedupeKey();
    }

    private void assertMalformed(String body, String reason) {
        assertThatThrownBy(() -> changes.read(json(body)))
                .isInstanceOf(MalformedWebhookException.class)
                .hasMessageContaining(reason);
    }

    private List<InboundItem> itemsOf(String value) {
        List<AccountItems> accounts = changes.read(json(envelope(value)));
        assertThat(accounts).singleElement().extracting(AccountItems::externalAccountId)
                .isEqualTo(WhatsAppFixtures.PHONE_NUMBER_ID);
        return accounts.get(0).items();
    }

    private static String envelope(String value) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"104839275610482",\
                "changes":[{"field":"messages","value":{"messaging_product":"whatsapp",\
                "metadata":{"display_phone_number":"14155550100",\
                "phone_number_id":"118204573395061"},%s}}]}]}""".formatted(value);
    }

    private static String textMessage(String id, String from) {
        return """
                {"from":"%s","id":"%s","timestamp":"1773480000","type":"text",\
                "text":{"body":"Is the rye ready?"}}""".formatted(from, id);
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException unreadable) {
            throw new AssertionError(unreadable);
        }
    }
}
