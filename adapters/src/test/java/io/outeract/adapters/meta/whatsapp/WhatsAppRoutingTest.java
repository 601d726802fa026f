package io.outeract.adapters.meta.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.outeract.adapters.AccountItems;
import io.outeract.adapters.ConnectionContext;
import io.outeract.adapters.InboundItem;
import io.outeract.adapters.ParsedWebhook;
import io.outeract.contract.common.Platform;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One Meta webhook serves every number of every account: each change goes to the connection of
 * the number it names, and the WhatsApp adapter keeps only its own connection's items.
 */
class WhatsAppRoutingTest {

    private static final String BATCHED = "batched-two-messages-and-status";
    private static final String SECOND_NUMBER_ID = "121907364482915";

    private final WhatsAppAdapter adapter = FakeWhatsApp.offlineAdapter();

    @Test
    void readsABatchForTwoNumbersAsTheItemsOfEachNumber() {
        List<AccountItems> accounts = adapter.changes().read(WhatsAppFixtures.json(BATCHED));

        assertThat(accounts).extracting(AccountItems::platform)
                .containsOnly(Platform.WHATSAPP);
        assertThat(accounts).extracting(AccountItems::externalAccountId)
                .containsExactly(WhatsAppFixtures.PHONE_NUMBER_ID, SECOND_NUMBER_ID);
        assertThat(accounts.get(0).items()).extracting(InboundItem::kind)
                .containsExactly(InboundItem.Kind.MESSAGE_RECEIVED,
                        InboundItem.Kind.MESSAGE_RECEIVED);
        assertThat(accounts.get(1).items()).extracting(InboundItem::kind)
                .containsExactly(InboundItem.Kind.STATUS_REPORTED);
    }

    @Test
    void keepsEachChangeAsThePartOfTheBodyItsItemsCameFrom() {
        List<AccountItems> accounts = adapter.changes().read(WhatsAppFixtures.json(BATCHED));

        assertThat(accounts.get(0).rawPayload()).contains("First message in the batch")
                .doesNotContain(SECOND_NUMBER_ID);
        assertThat(accounts.get(1).rawPayload()).contains(SECOND_NUMBER_ID)
                .doesNotContain("First message in the batch");
    }

    @Test
    void readsTheWhatsAppBusinessAccountObject() {
        assertThat(adapter.changes().object()).isEqualTo("whatsapp_business_account");
    }

    @Test
    void keepsOnlyTheItemsOfTheConnectionsNumber() {
        ParsedWebhook parsed = adapter.parseWebhook(WhatsAppFixtures.webhook(BATCHED),
                connectionOf(SECOND_NUMBER_ID));

        assertThat(parsed.items()).singleElement().satisfies(item ->
                assertThat(item.status().platformStatus()).isEqualTo("delivered"));
    }

    @Test
    void keepsNothingForANumberTheDeliveryDoesNotName() {
        ParsedWebhook parsed = adapter.parseWebhook(WhatsAppFixtures.webhook(BATCHED),
                connectionOf("100000000000001"));

        assertThat(parsed.items()).isEmpty();
    }

    @Test
    void leavesTheSignatureAndHandshakeToTheMetaAppsWebhook() {
        assertThat(adapter.hasValidSignature(WhatsAppFixtures.webhook(BATCHED),
                FakeWhatsApp.numberCredentials())).isFalse();
        assertThat(adapter.verifyWebhook(WhatsAppFixtures.webhook(BATCHED),
                FakeWhatsApp.numberCredentials())).isEmpty();
    }

    @Test
    void speaksWhatsApp() {
        assertThat(adapter.platform()).isEqualTo(Platform.WHATSAPP);
    }

    private static ConnectionContext connectionOf(String phoneNumberId) {
        return new ConnectionContext(UUID.fromString("9a3c2e7a-0000-4000-8000-000000000002"),
                phoneNumberId);
    }
}
