package io.outeract.adapters.meta.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outeract.adapters.ConnectionContext;
import io.outeract.adapters.WebhookRequest;
import io.outeract.adapters.meta.GraphApi;
import io.outeract.contract.common.Credentials;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Messenger and Instagram connections have no webhook of their own: the one Meta webhook checks
 * signatures, answers the handshake and routes entries with each adapter's reader.
 */
class MessagingAdapterTest {

    private final GraphApi offline = FakeMeta.offlineApi();
    private final MessengerAdapter messenger = new MessengerAdapter(offline);
    private final InstagramAdapter instagram = new InstagramAdapter(offline);

    @Test
    void readsTheWebhookObjectOfItsPlatform() {
        assertThat(messenger.entries().object()).isEqualTo("page");
        assertThat(instagram.entries().object()).isEqualTo("instagram");
    }

    @Test
    void vouchesForNoDeliveryEvenOneMetaSigned() {
        MessagingFixtures fixtures = MessagingFixtures.MESSENGER;
        Credentials secret = Credentials.of("app_secret",
                fixtures.meta("text-message").path("secret").asText());

        assertThat(messenger.hasValidSignature(fixtures.webhook("text-message"), secret))
                .isFalse();
    }

    @Test
    void leavesTheHandshakeToTheMetaWebhook() {
        WebhookRequest handshake = new WebhookRequest(Map.of(), new byte[0],
                MessagingFixtures.WEBHOOK_URL + "?hub.mode=subscribe&hub.challenge=1158201444");

        assertThat(messenger.verifyWebhook(handshake, Credentials.of("verify_token", "v")))
                .isEmpty();
        assertThat(instagram.verifyWebhook(handshake, Credentials.of("verify_token", "v")))
                .isEmpty();
    }

    @Test
    void needsTheConnectionsAccountToParseADelivery() {
        ConnectionContext unnamed = new ConnectionContext(UUID.randomUUID(), null);

        assertThatThrownBy(() -> instagram.parseWebhook(
                MessagingFixtures.INSTAGRAM.webhook("text-message"), unnamed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Instagram account id");
    }
}
