package io.outeract.adapters.slack;

import java.util.List;

/**
 * What installing the app in a workspace gave: the bot token, the workspace (and Enterprise
 * Grid organisation, if any), the bot user the connection speaks for, the scopes granted and
 * who installed it. Slack names no bot id here: auth.test tells it. {@link #toString()} hides
 * the token.
 */
public record SlackInstallation(
        String botToken,
        String teamId,
        String teamName,
        String enterpriseId,
        String appId,
        String botUserId,
        List<String> scopes,
        String installerUserId) {

    public SlackInstallation {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "SlackInstallation[team " + teamId + ", bot user " + botUserId
                + ", token hidden]";
    }
}
