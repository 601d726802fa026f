package io.outeract.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Installing the app: the code from the redirect traded for the bot token with oauth.v2.access. */
class SlackOAuthTest {

    private static final String CLIENT_ID = "7719348201.7722811234567";
    private static final String CLIENT_SECRET = "9c1e4b7a2d5f8e0c3b6a9d2f5e8b1c4a";
    private static final JsonNode DOCUMENTED =
            SlackFixtures.meta("oauth-v2-access-response").path("request");

    private final FakeSlack slack = new FakeSlack();
    private final SlackOAuth oauth = new SlackOAuth(slack.api());

    @AfterEach
    void stopSlack() throws IOException {
        slack.close();
    }

    @Test
    void postsTheCodeAndRedirectUriAsAFormUnderTheClientCredentials() throws Exception {
        slack.answersWithFixture("oauth-v2-access-response");

        oauth.exchange(formValue("code"), CLIENT_ID, CLIENT_SECRET, formValue("redirect_uri"));

        RecordedRequest request = slack.request();
        assertThat(request.getPath()).isEqualTo("/api/oauth.v2.access");
        assertThat(request.getHeader("Authorization")).isEqualTo(
                okhttp3.Credentials.basic(CLIENT_ID, CLIENT_SECRET, StandardCharsets.UTF_8));
        assertThat(request.getHeader("Content-Type"))
                .startsWith(DOCUMENTED.path("headers").path("Content-Type").asText());
        assertThat(request.getBody().readUtf8()).isEqualTo(DOCUMENTED.path("body").asText());
    }

    @Test
    void readsTheInstallationSlackGranted() throws Exception {
        slack.answersWithFixture("oauth-v2-access-response");
        JsonNode expected =
                SlackFixtures.expected("oauth-v2-access-response").path("installation");

        SlackInstallation installation = oauth.exchange(
                formValue("code"), CLIENT_ID, CLIENT_SECRET, formValue("redirect_uri"));

        assertThat(installation.botToken()).isEqualTo(expected.path("bot_token").asText());
        assertThat(installation.teamId()).isEqualTo(expected.path("team_id").asText());
        assertThat(installation.enterpriseId()).isNull();
        assertThat(installation.appId()).isEqualTo(expected.path("app_id").asText());
        assertThat(installation.botUserId()).isEqualTo(expected.path("bot_user_id").asText());
        assertThat(installation.installerUserId())
                .isEqualTo(expected.path("installer_user_id").asText());
        List<String> scopes = new ArrayList<>();
        expected.path("scopes").forEach(scope -> scopes.add(scope.asText()));
        assertThat(installation.scopes()).isEqualTo(scopes);
    }

    @Test
    void neverShowsTheBotTokenInText() throws Exception {
        slack.answersWithFixture("oauth-v2-access-response");

        SlackInstallation installation = oauth.exchange(
                formValue("code"), CLIENT_ID, CLIENT_SECRET, formValue("redirect_uri"));

        assertThat(installation.toString()).doesNotContain(SlackFixtures.BOT_TOKEN);
    }

    @Test
    void refusesACodeSlackRefuses() {
        slack.answers(200, "{\"ok\":false,\"error\":\"invalid_code\"}");

        assertThatThrownBy(() -> oauth.exchange("used-code", CLIENT_ID, CLIENT_SECRET,
                "https://relay.example.net/oauth/slack/callback"))
                .isInstanceOf(SlackApiException.class)
                .hasMessageContaining("invalid_code");
    }

    @Test
    void refusesWhenSlackCannotBeReached() {
        SlackOAuth unreachable = new SlackOAuth(FakeSlack.unreachableApi());

        assertThatThrownBy(() -> unreachable.exchange("code", CLIENT_ID, CLIENT_SECRET,
                "https://relay.example.net/oauth/slack/callback"))
                .isInstanceOf(SlackApiException.class)
                .hasMessageNotContaining(CLIENT_SECRET);
    }

    private static String formValue(String name) {
        for (String pair : DOCUMENTED.path("body").asText().split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals(name)) {
                return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            }
        }
        throw new IllegalArgumentException("The documented request has no " + name);
    }
}
