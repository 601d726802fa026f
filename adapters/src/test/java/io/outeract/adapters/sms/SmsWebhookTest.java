package io.outeract.adapters.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outeract.adapters.InboundItem;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.adapters.WebhookRequest;
import io.outeract.contract.inbound.DeliveryState;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Webhooks beside the fixtures: the other opt-out words, the statuses without a fixture, a
 * status Outeract does not know, and form bodies that are not Twilio's.
 */
class SmsWebhookTest {

    private static final String INBOUND = SmsFixtures.text("inbound-sms");
    private static final String QUEUED = SmsFixtures.text("status-queued");

    private final SmsAdapter adapter = FakeTwilio.offlineAdapter();

    @ParameterizedTest
    @ValueSource(strings = {"STOP", "stop", " Unsubscribe ", "QUIT", "cancel", "StopAll"})
    void marksAnOptOutWordAloneAsOneWithoutOptOutType(String word) {
        InboundItem item = parse(withBody(word));

        assertThat(item.message().contentKind()).isEqualTo("opt_out");
    }

    @ParameterizedTest
    @ValueSource(strings = {"START", "unstop", "Yes"})
    void marksAnOptInWordAloneAsOne(String word) {
        assertThat(parse(withBody(word)).message().contentKind()).isEqualTo("opt_in");
    }

    @Test
    void leavesAMessageThatMerelyHoldsTheWordAsText() {
        InboundItem item = parse(withBody("Please+stop+by+at+6"));

        assertThat(item.message().contentKind()).isNull();
        assertThat(item.message().text()).isEqualTo("Please stop by at 6");
    }

    @Test
    void trustsTwiliosOptOutTypeOverTheWords() {
        InboundItem item = parse(INBOUND + "&OptOutType=STOP");

        assertThat(item.message().contentKind()).isEqualTo("opt_out");
    }

    @Test
    void readsAnUndeliveredMessageAsFailedWithTheCarriersCode() {
        InboundItem item = parse(QUEUED.replace("Status=queued", "Status=undelivered")
                + "&ErrorCode=30003");

        assertThat(item.status().state()).isEqualTo(DeliveryState.FAILED);
        assertThat(item.status().platformStatus()).isEqualTo("undelivered");
        assertThat(item.status().errorCode()).isEqualTo("30003");
        assertThat(item.dedupeKey())
                .isEqualTo("sms:SMbfc18160908af7e3e3c3b1e24e3638cc:undelivered");
    }

    @Test
    void readsAnInboundMessageThatNamesItsOwnStatusAsAMessage() {
        InboundItem item = parse(INBOUND + "&MessageStatus=received");

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.MESSAGE_RECEIVED);
        assertThat(item.dedupeKey()).isEqualTo("sms:SMb3dbcf15dfb1cc453daf0e03ee10c65b");
    }

    @Test
    void keepsAStatusOuteractDoesNotKnowRaw() {
        InboundItem item = parse(QUEUED.replace("Status=queued", "Status=partially_delivered"));

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.PLATFORM_EVENT);
        assertThat(item.rawKind()).isEqualTo("message_status");
        assertThat(item.rawPayload()).contains("MessageStatus=partially_delivered");
    }

    @Test
    void refusesAnEscapeWithoutTwoHexDigits() {
        assertMalformed(INBOUND + "&Extra=%2");
    }

    @Test
    void refusesAnEscapeOfNoHexDigits() {
        assertMalformed(INBOUND.replace("Body=Hi%2C", "Body=Hi%G1"));
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        assertMalformed(INBOUND.replace("Body=Hi%2C", "Body=Hi%C3%28"));
    }

    @Test
    void refusesAPairWithoutItsEqualsSign() {
        assertMalformed(INBOUND + "&Orphan");
    }

    @Test
    void refusesAnEmptyBody() {
        assertMalformed("");
    }

    @Test
    void refusesAWebhookWithoutMessageSid() {
        assertMalformed(INBOUND.replace("&MessageSid=", "&OtherSid="));
    }

    @Test
    void refusesAMessageSidOfAnotherShape() {
        assertMalformed(INBOUND.replace("MessageSid=SMb3dbcf15dfb1cc453daf0e03ee10c65b",
                "MessageSid=12345"));
    }

    @Test
    void refusesMoreMediaThanTwilioSends() {
        assertMalformed(INBOUND.replace("NumMedia=0", "NumMedia=11"));
    }

    @Test
    void refusesAMediaCountWithoutItsMedia() {
        assertMalformed(INBOUND.replace("NumMedia=0", "NumMedia=1"));
    }

    private static String withBody(String body) {
        return INBOUND.replace(
                "Body=Hi%2C+is+my+order+%235521+ready+for+pickup+today%3F+Thanks%21",
                "Body=" + body.replace(" ", "+"));
    }

    private InboundItem parse(String form) {
        List<InboundItem> items = adapter.parseWebhook(request(form),
                SmsWebhookFixturesTest.CONNECTION).items();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private void assertMalformed(String form) {
        assertThatThrownBy(() -> adapter.parseWebhook(request(form),
                SmsWebhookFixturesTest.CONNECTION))
                .isInstanceOf(MalformedWebhookException.class);
    }

    private static WebhookRequest request(String form) {
        return new WebhookRequest(Map.of("Content-Type", "application/x-www-form-urlencoded"),
                form.getBytes(StandardCharsets.UTF_8),
                "https://relay.example.net/webhooks/sms/inbound");
    }
}
