package io.outeract.adapters.discord;

import io.outeract.adapters.HealthReport;
import io.outeract.contract.common.Credentials;

/** Asks for the bot's own user whether its token still works; never throws. */
final class DiscordHealthCheck {

    private final DiscordRestApi api;

    DiscordHealthCheck(DiscordRestApi api) {
        this.api = api;
    }

    HealthReport check(Credentials credentials) {
        String token = DiscordCredentials.find(credentials, DiscordCredentials.BOT_TOKEN)
                .orElse(null);
        if (token == null) {
            return HealthReport.unhealthy("The connection has no Discord bot token");
        }

        try {
            return reportOn(api.currentUser(token));
        } catch (DiscordTransportException failure) {
            return HealthReport.unhealthy("Discord could not be reached: " + failure.getMessage());
        }
    }

    private static HealthReport reportOn(DiscordAnswer answer) {
        if (answer.httpStatus() == 401) {
            return HealthReport.unhealthy("Discord rejected the bot token");
        }
        if (!answer.succeeded()) {
            return HealthReport.unhealthy(answer.describe());
        }
        String id = answer.text("id");
        if (!DiscordJson.isSnowflake(id)) {
            return HealthReport.unhealthy("Discord's answer to users/@me named no user");
        }
        return HealthReport.healthy(id, answer.text("username"));
    }
}
