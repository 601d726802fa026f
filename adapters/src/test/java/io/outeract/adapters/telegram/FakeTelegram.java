package io.outeract.adapters.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.testing.FakePlatformServer;
import io.outeract.adapters.testing.Loopback;
import io.outeract.contract.common.Credentials;
import java.time.Duration;
import java.util.Map;

/** A Telegram Bot API on loopback, and adapters pointed at it. */
final class FakeTelegram extends FakePlatformServer {

    static final String BOT_TOKEN = "7391056284:AAH-fake_token_for_outeract_tests_0123";
    static final Duration READ_TIMEOUT = Loopback.READ_TIMEOUT;

    private static final ObjectMapper JSON = new ObjectMapper();

    FakeTelegram() {
        super("Telegram", "application/json");
    }

    static Credentials botCredentials() {
        return new Credentials(Map.of(
                TelegramCredentials.BOT_TOKEN, BOT_TOKEN,
                TelegramCredentials.WEBHOOK_SECRET_TOKEN, TelegramFixtures.SECRET_TOKEN));
    }

    /** An adapter that never talks to anything: for reading webhooks only. */
    static TelegramAdapter offlineAdapter() {
        return adapterAt(Loopback.OFFLINE);
    }

    /** An adapter whose Telegram is a loopback port nothing listens on. */
    static TelegramAdapter unreachableAdapter() {
        return adapterAt(Loopback.unreachableUrl(""));
    }

    TelegramAdapter adapter() {
        return adapterAt(url("/"));
    }

    void answersWithFixture(int status, String fixture) {
        answers(status, TelegramFixtures.text(fixture));
    }

    private static TelegramAdapter adapterAt(String baseUrl) {
        return new TelegramAdapter(new TelegramBotApi(Loopback.client(), JSON, baseUrl), JSON);
    }
}
