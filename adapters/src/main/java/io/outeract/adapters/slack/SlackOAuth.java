package io.outeract.adapters.slack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last step of Slack's OAuth v2 install: trading the code Slack sent to the redirect URI
 * for the installation's bot token with oauth.v2.access, under the app's client id and secret.
 * Checking the {@code state} of the redirect is the caller's part.
 */
public final class SlackOAuth {

    private final SlackWebApi api;

    public SlackOAuth(SlackWebApi api) {
        this.api = api;
    }

    /**
     * @throws SlackApiException when Slack refuses the code (invalid_code, bad_redirect_uri,
     *         code_already_used, ...) or cannot be reached
     */
    public SlackInstallation exchange(
            String code, String clientId, String clientSecret, String redirectUri) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("code", code);
        form.put("redirect_uri", redirectUri);

        SlackAnswer answer;
        try {
            answer = api.callAsApp("oauth.v2.access", clientId, clientSecret, form);
        } catch (SlackTransportException failure) {
            throw new SlackApiException("Slack could not be reached for oauth.v2.access: "
                    + failure.getMessage(), failure);
        }
        return installationOf(answer);
    }

    private static SlackInstallation installationOf(SlackAnswer answer) {
        if (!answer.ok()) {
            throw new SlackApiException("Slack refused the install: " + answer.platformCode());
        }
        String token = answer.text("access_token");
        JsonNode team = answer.body().path("team");
        if (token == null || !"bot".equals(answer.text("token_type"))) {
            throw new SlackApiException("Slack's answer to oauth.v2.access holds no bot token");
        }
        return new SlackInstallation(
                token,
                SlackJson.text(team.get("id")),
                SlackJson.text(team.get("name")),
                SlackJson.text(answer.body().path("enterprise").get("id")),
                answer.text("app_id"),
                answer.text("bot_user_id"),
                scopesOf(answer.text("scope")),
                SlackJson.text(answer.body().path("authed_user").get("id")));
    }

    private static List<String> scopesOf(String scope) {
        return scope == null || scope.isBlank() ? List.of() : Arrays.asList(scope.split(","));
    }
}
