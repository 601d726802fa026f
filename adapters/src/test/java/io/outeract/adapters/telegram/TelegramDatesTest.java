package io.outeract.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.ConnectionContext;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.adapters.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates no Telegram update carries are refused as malformed, never stored. */
class TelegramDatesTest {

    private final ObjectMapper json = new ObjectMapper();
    private final TelegramAdapter adapter =
            new TelegramAdapter(new TelegramBotApi(new okhttp3.OkHttpClient(), json), json);

    @ParameterizedTest
    @ValueSource(strings = {"-1", "10000000000000", "9223372036854775807"})
    void refusesADateOutsideTheYearsTelegramCouldSend(String date) {
        String update = "{\"update_id\":1,\"message\":{\"message_id\":1,\"date\":" + date
                + ",\"chat\":{\"id\":5,\"type\":\"private\"},\"from\":{\"id\":5,"
                + "\"is_bot\":false,\"first_name\":\"A\"},\"text\":\"hi\"}}";

        assertThatThrownBy(() -> adapter.parseWebhook(
                new WebhookRequest(Map.of(), update.getBytes(StandardCharsets.UTF_8), "x"),
                new ConnectionContext(UUID.randomUUID(), "42")))
                .isInstanceOf(MalformedWebhookException.class);
    }
}
