package io.outeract.api.channels;

import static io.outeract.api.support.Outeract.data;
import static io.outeract.api.support.Outeract.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.api.support.FakeChannels;
import io.outeract.api.support.FakeTelegram;
import io.outeract.api.support.RunningServerTest;
import io.outeract.api.support.Signers;
import io.outeract.api.support.Tenant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lena writes on Telegram, on Slack and by SMS. Outeract sees three platform users, each its
 * own user at first; linked once, they are one user whose events come back across all three
 * channels in one query, and unlinking gives the account its own user back.
 */
class OnePersonAcrossChannelsTest extends RunningServerTest {

    private static final String SIGNING_SECRET = "e3b5c9a1d07f4e6a8b2c1d0f9e8a7b6c";
    private static final String AUTH_TOKEN = "e234b2eb0764f8ff4ef645b910e015be";
    private static final String PUBLIC_BASE = "https://hooks.outeract.test";

    private Tenant tenant;
    private String slackWebhook;
    private String smsWebhook;
    private String number;

    @BeforeEach
    void connectThreeChannels() {
        tenant = outeract.newTenant();
        String bot = "B" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        slackWebhook = connect("connectSlackBot", "botToken: \"xoxb-9-U" + bot
                + "\", signingSecret: \"" + SIGNING_SECRET + "\"");
        number = "+1555" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        smsWebhook = connect("connectTwilioNumber", "accountSid: "
                + "\"AC590862a3e0071bfcf82ff9521c7fcc6b\", authToken: \"" + AUTH_TOKEN
                + "\", phoneNumber: \"" + number + "\"");
    }

    @Test
    void isOneUserWithThreePlatformUsersOnceLinked() {
        writeOnTelegram();
        writeOnSlack();
        writeBySms();
        List<JsonNode> accounts = eventually(this::platformUsers, found -> found.size() == 3);
        JsonNode telegram = on("telegram", accounts);
        String lena = telegram.path("user").path("id").asText();

        link(on("slack", accounts), lena);
        link(on("sms", accounts), lena);

        JsonNode user = eventually(() -> user(lena),
                found -> found.path("platformUsers").size() == 3);
        List<String> platforms = new ArrayList<>();
        user.path("events").path("edges").forEach(edge ->
                platforms.add(edge.path("node").path("platform").asText()));
        assertThat(platforms).contains("telegram", "slack", "sms");
    }

    @Test
    void givesTheAccountItsOwnUserBackWhenUnlinked() {
        writeOnTelegram();
        writeBySms();
        List<JsonNode> accounts = eventually(this::platformUsers, found -> found.size() == 2);
        String lena = on("telegram", accounts).path("user").path("id").asText();
        JsonNode sms = on("sms", accounts);
        String ownUser = sms.path("user").path("id").asText();

        link(sms, lena);
        JsonNode unlinked = data(outeract.developer(tenant.apiKey(), "mutation { "
                + "unlinkPlatformUser(platformUserId: \"" + sms.path("id").asText()
                + "\") { id user { id } } }")).path("unlinkPlatformUser");

        assertThat(unlinked.path("user").path("id").asText()).isEqualTo(ownUser);
        assertThat(user(lena).path("platformUsers")).hasSize(1);
    }

    @Test
    void refusesToLinkToAUserOfAnotherApplication() {
        writeBySms();
        JsonNode sms = eventually(this::platformUsers, found -> found.size() == 1).get(0);
        Tenant stranger = outeract.newTenant();

        JsonNode answer = outeract.developer(stranger.apiKey(), "mutation { linkPlatformUser("
                + "platformUserId: \"" + sms.path("id").asText() + "\", userId: \""
                + sms.path("user").path("id").asText() + "\") { id } }");

        assertThat(answer.path("errors").toString()).contains("No platform user");
    }

    private void writeOnTelegram() {
        var answer = outeract.webhook(localWebhookUrl(tenant), tenant.webhookSecretToken(),
                FakeTelegram.fixtureBytes("text-message-private.json"));
        assertThat(answer.status()).isEqualTo(200);
    }

    private void writeOnSlack() {
        byte[] body = FakeChannels.fixtureBytes("slack/message-im.json");
        var answer = outeract.post(slackWebhook.replace(PUBLIC_BASE, ""),
                Signers.slack(SIGNING_SECRET, body), body);
        assertThat(answer.status()).isEqualTo(200);
    }

    private void writeBySms() {
        byte[] body = new String(FakeChannels.fixtureBytes("sms/inbound-sms.form"),
                StandardCharsets.UTF_8).replace("%2B15555550123", number.replace("+", "%2B"))
                .getBytes(StandardCharsets.UTF_8);
        String path = smsWebhook.replace(PUBLIC_BASE, "");
        var answer = outeract.post(path, Map.of(
                "Content-Type", "application/x-www-form-urlencoded",
                "X-Twilio-Signature", Signers.twilio(AUTH_TOKEN, PUBLIC_BASE + path, body)), body);
        assertThat(answer.status()).isEqualTo(200);
    }

    private String connect(String mutation, String arguments) {
        return data(outeract.admin("mutation { " + mutation + "(applicationId: \""
                + tenant.applicationId() + "\", " + arguments + ") { webhookUrl } }"))
                .path(mutation).path("webhookUrl").asText();
    }

    private void link(JsonNode platformUser, String userId) {
        JsonNode linked = data(outeract.developer(tenant.apiKey(), "mutation { linkPlatformUser("
                + "platformUserId: \"" + platformUser.path("id").asText() + "\", userId: \""
                + userId + "\") { id user { id } } }")).path("linkPlatformUser");
        assertThat(linked.path("user").path("id").asText()).isEqualTo(userId);
    }

    private List<JsonNode> platformUsers() {
        List<JsonNode> people = new ArrayList<>();
        data(outeract.developer(tenant.apiKey(), "{ platformUsers(first: 50) { id platform "
                + "isBot user { id } } }")).path("platformUsers").forEach(account -> {
                    if (!account.path("isBot").asBoolean()) {
                        people.add(account);
                    }
                });
        return people;
    }

    private JsonNode user(String id) {
        return data(outeract.developer(tenant.apiKey(), "{ user(id: \"" + id + "\") { id "
                + "platformUsers { platform } events(first: 20) { edges { node { platform "
                + "eventType } } } } }")).path("user");
    }

    private static JsonNode on(String platform, List<JsonNode> accounts) {
        return accounts.stream().filter(account -> account.path("platform").asText()
                .equals(platform)).findFirst().orElseThrow();
    }
}
