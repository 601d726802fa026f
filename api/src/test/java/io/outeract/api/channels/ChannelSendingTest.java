package io.outeract.api.channels;

import static io.outeract.api.support.Outeract.data;
import static io.outeract.api.support.Outeract.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.api.support.FakeChannels;
import io.outeract.api.support.RunningServerTest;
import io.outeract.api.support.Signers;
import io.outeract.api.support.Tenant;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sends through Slack, Twilio and Discord as a backend makes them: a reply in a Slack thread,
 * an SMS whose sent event notes its segments and whose status Twilio reports back, and a
 * Discord reply under the bot's authorization.
 */
class ChannelSendingTest extends RunningServerTest {

    private static final String AUTH_TOKEN = "e234b2eb0764f8ff4ef645b910e015be";
    private static final String PUBLIC_BASE = "https://hooks.outeract.test";

    private Tenant tenant;

    @BeforeEach
    void newTenant() {
        tenant = outeract.newTenant();
    }

    @Test
    void repliesInASlackThread() {
        String connection = connect("connectSlackBot", "botToken: \"xoxb-9-USEND"
                + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "\", signingSecret: "
                + "\"e3b5c9a1d07f4e6a8b2c1d0f9e8a7b6c\"").path("connection").path("id").asText();

        JsonNode sent = awaitOutcome(send(connection, "C07MJ4N2P8Q",
                "text: \"On it\", replyToExternalMessageId: \"1762956517.771204\""));

        assertThat(sent.path("status").asText()).isEqualTo("SENT");
        FakeChannels.RecordedSend request = lastSendTo("/slack/");
        assertThat(request.authorization()).isEqualTo("Bearer xoxb-9-" + connectionToken());
        assertThat(request.body()).contains("1762956517.771204").contains("On it");
    }

    @Test
    void sendsAnSmsNotesItsSegmentsAndTakesTwiliosStatusReport() {
        String number = "+1555" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        JsonNode connected = connect("connectTwilioNumber", "accountSid: "
                + "\"AC590862a3e0071bfcf82ff9521c7fcc6b\", authToken: \"" + AUTH_TOKEN
                + "\", phoneNumber: \"" + number + "\"");
        String webhook = connected.path("webhookUrl").asText();

        JsonNode sent = awaitOutcome(send(connected.path("connection").path("id").asText(),
                "+15555550178", "text: \"" + "Your order is ready. ".repeat(9) + "\""));
        String sid = sent.path("platformMessageId").asText();
        statusCallback(webhook, sid, "delivered");
        statusCallback(webhook, sid, "sent");

        assertThat(lastSendTo("/twilio/").body()).contains("StatusCallback=" + java.net.URLEncoder
                .encode(webhook, StandardCharsets.UTF_8));
        JsonNode sentEvent = eventually(() -> event("message.sent"), found -> found != null);
        assertThat(sentEvent.path("payload").path("segments").asInt()).isEqualTo(2);
        JsonNode delivery = eventually(() -> message(sent.path("id").asText()).path("delivery"),
                found -> "DELIVERED".equals(found.path("state").asText()));
        assertThat(delivery.path("state").asText()).isEqualTo("DELIVERED");
    }

    @Test
    void repliesOnDiscordAsTheBot() {
        String id = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L,
                999_999_999_999L));
        String connection = connect("connectDiscordBot", "botToken: \"test.id" + id
                + "\", publicKey: \"2fb3d7ea655fae77c566b44718188d5dbcc4dabe22a718f74095a6957dede529"
                + "\"").path("connection").path("id").asText();

        JsonNode sent = awaitOutcome(send(connection, "1108454435165700107",
                "text: \"Ticket raised\", replyToExternalMessageId: \"1438171525458165777\""));

        assertThat(sent.path("status").asText()).isEqualTo("SENT");
        FakeChannels.RecordedSend request = lastSendTo("/discord/");
        assertThat(request.path()).endsWith("/channels/1108454435165700107/messages");
        assertThat(request.authorization()).isEqualTo("Bot test.id" + id);
        assertThat(request.body()).contains("1438171525458165777");
    }

    private String lastToken;

    private String connectionToken() {
        return lastToken;
    }

    private JsonNode connect(String mutation, String arguments) {
        int start = arguments.indexOf("xoxb-9-");
        if (start >= 0) {
            lastToken = arguments.substring(start + "xoxb-9-".length(),
                    arguments.indexOf('"', start));
        }
        return data(outeract.admin("mutation { " + mutation + "(applicationId: \""
                + tenant.applicationId() + "\", " + arguments + ") { connection { id } "
                + "webhookUrl } }")).path(mutation);
    }

    private String send(String connectionId, String chat, String content) {
        return data(outeract.developer(tenant.apiKey(), "mutation { sendMessage(input: { "
                + "connectionId: \"" + connectionId + "\", externalChatId: \"" + chat + "\", "
                + content + " }) { id } }")).path("sendMessage").path("id").asText();
    }

    private JsonNode awaitOutcome(String messageId) {
        return eventually(() -> message(messageId), found -> {
            String status = found.path("status").asText();
            return status.equals("SENT") || status.equals("FAILED");
        });
    }

    private JsonNode message(String id) {
        return data(outeract.developer(tenant.apiKey(), "{ message(id: \"" + id + "\") { id "
                + "status platformMessageId errorCode attempts delivery { state } } }"))
                .path("message");
    }

    private JsonNode event(String type) {
        JsonNode edges = data(outeract.developer(tenant.apiKey(), "{ events(first: 5, "
                + "filters: { eventType: { eq: \"" + type + "\" } }) { edges { node { "
                + "payload } } } }")).path("events").path("edges");
        return edges.isEmpty() ? null : edges.get(0).path("node");
    }

    private void statusCallback(String webhook, String sid, String status) {
        byte[] body = ("MessageSid=" + sid + "&SmsSid=" + sid + "&MessageStatus=" + status
                + "&SmsStatus=" + status + "&To=%2B15555550178&From=%2B1555"
                + "&AccountSid=AC590862a3e0071bfcf82ff9521c7fcc6b&ApiVersion=2010-04-01")
                .getBytes(StandardCharsets.UTF_8);
        String path = webhook.replace(PUBLIC_BASE, "");
        var answer = outeract.post(path, Map.of(
                "Content-Type", "application/x-www-form-urlencoded",
                "X-Twilio-Signature", Signers.twilio(AUTH_TOKEN, PUBLIC_BASE + path, body)), body);
        assertThat(answer.status()).isEqualTo(200);
    }

    private static FakeChannels.RecordedSend lastSendTo(String prefix) {
        return CHANNELS.sends().stream().filter(send -> send.path().startsWith(prefix))
                .reduce((first, second) -> second).orElseThrow();
    }
}
