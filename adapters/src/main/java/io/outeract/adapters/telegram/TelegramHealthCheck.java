package io.outeract.adapters.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.HealthReport;
import io.outeract.contract.common.Credentials;

/** Asks getMe whether a bot token still works; answers, never throws. */
final class TelegramHealthCheck {

    private final TelegramBotApi api;

    TelegramHealthCheck(TelegramBotApi api) {
        this.api = api;
    }

    HealthReport check(Credentials credentials) {
        String token = TelegramCredentials.find(credentials, TelegramCredentials.BOT_TOKEN)
                .orElse(null);
        if (token == null) {
            return HealthReport.unhealthy("The connection has no Telegram bot token");
        }

        try {
            return reportOn(api.call(token, "getMe", api.parameters()));
        } catch (TelegramTransportException failure) {
            return HealthReport.unhealthy("Telegram could not be reached: " + failure.getMessage());
        }
    }

    private static HealthReport reportOn(TelegramAnswer answer) {
        if (answer.httpStatus() == 401) {
            return HealthReport.unhealthy("Telegram rejected the bot token");
        }
        if (!answer.ok()) {
            return HealthReport.unhealthy(answer.describe());
        }
        JsonNode bot = answer.result();
        String botId = JsonValues.id(JsonValues.field(bot, "id"));
        if (botId == null) {
            return HealthReport.unhealthy("Telegram's answer to getMe named no bot");
        }
        return HealthReport.healthy(botId, JsonValues.text(bot.get("username")));
    }
}
