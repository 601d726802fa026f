package io.outeract.adapters.telegram;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outeract.adapters.ConnectionContext;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.adapters.WebhookRequest;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bodies Telegram never sends are refused whole, so nothing of them is recorded. */
class TelegramMalformedWebhookTest {

    private static final ConnectionContext CONNECTION =
            new ConnectionContext(UUID.randomUUID(), TelegramFixtures.BOT_ID);

    private final TelegramAdapter adapter = FakeTelegram.offlineAdapter();

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "",
        "not json at all",
        "[{\"update_id\":731402552}]",
        "\"update_id\"",
        "731402552",
        "null",
        "{}",
        "{\"update_id\":\"731402552\",\"message\":{}}",
        "{\"update_id\":731402552.5}",
        "{\"update_id\":null}",
        "{\"update_id\":true}",
        "{\"update_id\":123456789012345678901234567890}",
        "{\"message\":{\"message_id\":1,\"chat\":{\"id\":1}}}",
        "{\"update_id\":731402552} {\"update_id\":731402553}",
        "{\"update_id\":731402552,\"message\":\"hello\"}",
        "{\"update_id\":731402552,\"message\":{\"message_id\":1201,\"date\":1773510000}}",
        "{\"update_id\":731402552,\"edited_message\":{\"chat\":{\"id\":6812345098}}}"
    })
    void refusesABodyThatIsNotATelegramUpdate(String body) {
        assertThatThrownBy(() -> parse(body.getBytes(UTF_8)))
                .isInstanceOf(MalformedWebhookException.class);
    }

    @Test
    void refusesATruncatedUpdate() {
        byte[] whole = TelegramFixtures.bytes("text-message-private");

        assertThatThrownBy(() -> parse(Arrays.copyOf(whole, whole.length - 3)))
                .isInstanceOf(MalformedWebhookException.class);
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] before = "{\"update_id\":1,\"poll\":{\"question\":\"".getBytes(UTF_8);
        byte[] after = "\"}}".getBytes(UTF_8);
        byte[] body = ByteBuffer.allocate(before.length + 2 + after.length)
                .put(before).put((byte) 0xC3).put((byte) 0x28).put(after).array();

        assertThatThrownBy(() -> parse(body))
                .isInstanceOf(MalformedWebhookException.class)
                .hasMessage("The Telegram update is not JSON");
    }

    private void parse(byte[] body) {
        adapter.parseWebhook(
                new WebhookRequest(Map.of(), body, TelegramFixtures.WEBHOOK_URL), CONNECTION);
    }
}
