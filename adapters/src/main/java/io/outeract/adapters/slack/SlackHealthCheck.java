package io.outeract.adapters.slack;

import io.outeract.adapters.HealthReport;
import io.outeract.contract.common.Credentials;

/** Asks auth.test whether a bot token still works and whom it speaks for; never throws. */
final class SlackHealthCheck {

    private final SlackWebApi api;

    SlackHealthCheck(SlackWebApi api) {
        this.api = api;
    }

    HealthReport check(Credentials credentials) {
        String token = SlackCredentials.find(credentials, SlackCredentials.BOT_TOKEN).orElse(null);
        if (token == null) {
            return HealthReport.unhealthy("The connection has no Slack bot token");
        }

        try {
            return reportOn(api.call(token, "auth.test", api.parameters()));
        } catch (SlackTransportException failure) {
            return HealthReport.unhealthy("Slack could not be reached: " + failure.getMessage());
        }
    }

    private static HealthReport reportOn(SlackAnswer answer) {
        if (!answer.ok()) {
            return HealthReport.unhealthy("Slack answered auth.test with "
                    + (answer.error() != null ? answer.error() : "HTTP " + answer.httpStatus()));
        }
        String botUserId = answer.text("user_id");
        if (botUserId == null) {
            return HealthReport.unhealthy("Slack's answer to auth.test named no bot user");
        }
        String detail = "team " + answer.text("team_id") + " (" + answer.text("team")
                + "), bot " + answer.text("bot_id");
        return new HealthReport(true, botUserId, answer.text("user"), detail);
    }
}
