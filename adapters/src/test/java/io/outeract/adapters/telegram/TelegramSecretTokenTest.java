package io.outeract.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.outeract.adapters.WebhookRequest;
import io.outeract.contract.common.Credentials;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The secret token header is the only proof a delivery is Telegram's: anything else is refused. */
class TelegramSecretTokenTest {

    private static final String HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Credentials SECRETS = Credentials.of(
            TelegramCredentials.WEBHOOK_SECRET_TOKEN, TelegramFixtures.SECRET_TOKEN);

    private final TelegramAdapter adapter = FakeTelegram.offlineAdapter();

    @Test
    void acceptsTheSecretTokenWhateverTheCaseOfTheHeaderName() {
        assertThat(adapter.hasValidSignature(
                deliveryWith(Map.of(HEADER.toLowerCase(), TelegramFixtures.SECRET_TOKEN)),
                SECRETS)).isTrue();
    }

    @Test
    void refusesATokenThatDiffersInItsLastCharacter() {
        String almost = TelegramFixtures.SECRET_TOKEN.substring(
                0, TelegramFixtures.SECRET_TOKEN.length() - 1) + "X";

        assertThat(adapter.hasValidSignature(deliveryWith(Map.of(HEADER, almost)), SECRETS))
                .isFalse();
    }

    @Test
    void refusesAPrefixOfTheToken() {
        String prefix = TelegramFixtures.SECRET_TOKEN.substring(0, 10);

        assertThat(adapter.hasValidSignature(deliveryWith(Map.of(HEADER, prefix)), SECRETS))
                .isFalse();
    }

    @Test
    void refusesAnEmptyHeaderWhenTheConnectionHasNoSecret() {
        Credentials blank = Credentials.of(TelegramCredentials.WEBHOOK_SECRET_TOKEN, "");

        assertThat(adapter.hasValidSignature(deliveryWith(Map.of(HEADER, "")), blank)).isFalse();
    }

    @Test
    void refusesEveryDeliveryWhenTheConnectionHasNoSecret() {
        Credentials onlyToken =
                Credentials.of(TelegramCredentials.BOT_TOKEN, FakeTelegram.BOT_TOKEN);

        assertThat(adapter.hasValidSignature(
                deliveryWith(Map.of(HEADER, TelegramFixtures.SECRET_TOKEN)), onlyToken)).isFalse();
    }

    @Test
    void refusesTheBotTokenInPlaceOfTheSecretToken() {
        assertThat(adapter.hasValidSignature(
                deliveryWith(Map.of(HEADER, FakeTelegram.BOT_TOKEN)),
                FakeTelegram.botCredentials())).isFalse();
    }

    @Test
    void hasNoHandshakeToAnswer() {
        assertThat(adapter.verifyWebhook(TelegramFixtures.webhook("text-message-private"), SECRETS))
                .isEmpty();
    }

    private static WebhookRequest deliveryWith(Map<String, String> headers) {
        return new WebhookRequest(headers, TelegramFixtures.bytes("text-message-private"),
                TelegramFixtures.WEBHOOK_URL);
    }
}
