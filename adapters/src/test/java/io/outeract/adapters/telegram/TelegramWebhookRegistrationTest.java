package io.outeract.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.WebhookRegistration;
import io.outeract.contract.common.Credentials;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** setWebhook points the bot's deliveries at Outeract; deleteWebhook takes them away again. */
class TelegramWebhookRegistrationTest {

    private static final Credentials BOT = FakeTelegram.botCredentials();
    private static final WebhookRegistration REGISTRATION =
            new WebhookRegistration(TelegramFixtures.WEBHOOK_URL, TelegramFixtures.SECRET_TOKEN);

    private final FakeTelegram telegram = new FakeTelegram();
    private final TelegramAdapter adapter = telegram.adapter();

    @AfterEach
    void stopTelegram() throws IOException {
        telegram.close();
    }

    @Test
    void setsTheWebhookWithItsSecretAndTheUpdatesOuteractReads() {
        telegram.answersWithFixture(200, "set-webhook-success-response");

        adapter.registerWebhook(REGISTRATION, BOT);

        RecordedRequest request = telegram.request();
        assertThat(request.getPath()).isEqualTo("/bot" + FakeTelegram.BOT_TOKEN + "/setWebhook");
        JsonNode body = TelegramFixtures.json("set-webhook-request");
        JsonNode sent = json(request);
        assertThat(sent.get("url")).isEqualTo(body.get("url"));
        assertThat(sent.get("secret_token")).isEqualTo(body.get("secret_token"));
        assertThat(texts(sent.get("allowed_updates")))
                .containsExactlyInAnyOrderElementsOf(texts(body.get("allowed_updates")));
    }

    @Test
    void throwsTelegramsReasonWhenItRefusesTheWebhook() {
        telegram.answers(400, """
                {"ok":false,"error_code":400,"description":\
                "Bad Request: bad webhook: HTTPS url must be provided for webhook"}""");

        assertThatThrownBy(() -> adapter.registerWebhook(REGISTRATION, BOT))
                .isInstanceOf(TelegramApiException.class)
                .hasMessageContaining("HTTPS url must be provided for webhook");
    }

    @Test
    void throwsWhenTelegramCannotBeReachedToSetTheWebhook() {
        TelegramAdapter unreachable = FakeTelegram.unreachableAdapter();

        assertThatThrownBy(() -> unreachable.registerWebhook(REGISTRATION, BOT))
                .isInstanceOf(TelegramApiException.class)
                .hasMessageStartingWith("Telegram could not be reached")
                .hasMessageNotContaining(FakeTelegram.BOT_TOKEN);
    }

    @Test
    void refusesAWebhookWithoutASecretToken() {
        WebhookRegistration unsigned = new WebhookRegistration(TelegramFixtures.WEBHOOK_URL, null);

        assertThatThrownBy(() -> adapter.registerWebhook(unsigned, BOT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("secret token");
        assertThat(telegram.requestCount()).isZero();
    }

    @Test
    void refusesToSetTheWebhookWithoutABotToken() {
        Credentials secretOnly = Credentials.of(
                TelegramCredentials.WEBHOOK_SECRET_TOKEN, TelegramFixtures.SECRET_TOKEN);

        assertThatThrownBy(() -> adapter.registerWebhook(REGISTRATION, secretOnly))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(TelegramCredentials.BOT_TOKEN);
    }

    @Test
    void deletesTheWebhook() {
        telegram.answers(200, """
                {"ok":true,"result":true,"description":"Webhook was deleted"}""");

        adapter.unregisterWebhook(BOT);

        assertThat(telegram.request().getPath())
                .isEqualTo("/bot" + FakeTelegram.BOT_TOKEN + "/deleteWebhook");
    }

    @Test
    void deletingTheWebhookNeverThrowsWhenTelegramRefuses() {
        telegram.answers(401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");

        assertThatCode(() -> adapter.unregisterWebhook(BOT))
                .doesNotThrowAnyException();
    }

    @Test
    void deletingTheWebhookNeverThrowsWhenTelegramCannotBeReached() {
        TelegramAdapter unreachable = FakeTelegram.unreachableAdapter();

        assertThatCode(() -> unreachable.unregisterWebhook(BOT))
                .doesNotThrowAnyException();
    }

    @Test
    void deletingTheWebhookNeverThrowsWithoutABotToken() {
        assertThatCode(() -> adapter.unregisterWebhook(new Credentials(Map.of())))
                .doesNotThrowAnyException();
        assertThat(telegram.requestCount()).isZero();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    private static JsonNode json(RecordedRequest request) {
        try {
            return new ObjectMapper().readTree(request.getBody().readUtf8());
        } catch (IOException unreadable) {
            throw new AssertionError(unreadable);
        }
    }
}
