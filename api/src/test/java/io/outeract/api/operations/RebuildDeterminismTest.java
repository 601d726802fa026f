package io.outeract.api.operations;

import static io.outeract.api.support.Outeract.data;
import static io.outeract.api.support.Outeract.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.meta.MetaSignature;
import io.outeract.api.support.FakeChannels;
import io.outeract.api.support.FakeTelegram;
import io.outeract.api.support.RunningServerTest;
import io.outeract.api.support.Signers;
import io.outeract.api.support.Tenant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rebuild is deterministic: after a workload of every kind (Telegram, WhatsApp with a photo
 * and its statuses, Slack, SMS with a status, sends, a link of two accounts, a webhook
 * subscription with its deliveries), replaying the whole history yields the read models
 * built live, row by row; and no handler with outside effects fires again.
 */
class RebuildDeterminismTest extends RunningServerTest {

    private static final String META_SECRET = "4f2a9c7e1b3d5f608192a3b4c5d6e7f8";
    private static final String SLACK_SECRET = "e3b5c9a1d07f4e6a8b2c1d0f9e8a7b6c";
    private static final String TWILIO_TOKEN = "e234b2eb0764f8ff4ef645b910e015be";
    private static final String PUBLIC_BASE = "https://hooks.outeract.test";

    @Autowired
    private JdbcTemplate jdbc;

    private Tenant tenant;
    private final String telegramChat = String.valueOf(
            ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L));

    @Test
    void rebuildingEveryProjectionGivesTheReadModelsBuiltLive() throws Exception {
        try (MockWebServer receiver = new MockWebServer()) {
            receiver.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
                @Override
                public MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request) {
                    return new MockResponse().setResponseCode(204);
                }
            });
            receiver.start();
            tenant = outeract.newTenant();
            workloadOfEveryKind(receiver);
            awaitEveryProjectionCaughtUp();
            Map<String, List<String>> live = readModels();
            int telegramSends = TELEGRAM.sendsTo(telegramChat);
            int metaSends = META.sends().size();
            int channelSends = CHANNELS.sends().size();
            int deliveries = receiver.getRequestCount();

            data(outeract.admin("mutation { rebuildAllProjections { name } }"));
            awaitEveryProjectionCaughtUp();
            Map<String, List<String>> rebuilt = readModels();

            for (String table : live.keySet()) {
                assertThat(rebuilt.get(table)).as(table).containsExactlyElementsOf(live.get(table));
            }
            assertThat(live.get("event")).hasSizeGreaterThan(10);
            assertThat(TELEGRAM.sendsTo(telegramChat)).isEqualTo(telegramSends);
            assertThat(META.sends()).hasSize(metaSends);
            assertThat(CHANNELS.sends()).hasSize(channelSends);
            assertThat(receiver.getRequestCount()).isEqualTo(deliveries);
        }
    }

    private void workloadOfEveryKind(MockWebServer receiver) {
        subscribe(receiver);
        outeract.webhook(localWebhookUrl(tenant), tenant.webhookSecretToken(),
                FakeTelegram.fixtureBytes("text-message-private.json"));
        String number = String.valueOf(ThreadLocalRandom.current().nextLong(200_000_000_000_000L,
                900_000_000_000_000L));
        String whatsApp = connect("connectWhatsAppNumber", "phoneNumberId: \"" + number
                + "\", businessAccountId: \"104839275610482\", accessToken: \"EAAtest\"")
                .path("connection").path("id").asText();
        META.holdMedia("88" + number, "a photo".getBytes(StandardCharsets.UTF_8));
        meta(number, "\"contacts\":[{\"profile\":{\"name\":\"Ana\"},\"wa_id\":\"12025550143\"}],"
                + "\"messages\":[{\"from\":\"12025550143\",\"id\":\"wamid.d" + number + "\","
                + "\"timestamp\":\"1773480120\",\"type\":\"image\",\"image\":{\"mime_type\":"
                + "\"image/jpeg\",\"id\":\"88" + number + "\"}}]");
        String bot = "UR" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String slack = connect("connectSlackBot", "botToken: \"xoxb-9-" + bot
                + "\", signingSecret: \"" + SLACK_SECRET + "\"").path("webhookUrl").asText();
        byte[] slackBody = FakeChannels.fixtureBytes("slack/message-channel.json");
        outeract.post(slack.replace(PUBLIC_BASE, ""), Signers.slack(SLACK_SECRET, slackBody),
                slackBody);
        String phone = "+1555" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        JsonNode sms = connect("connectTwilioNumber", "accountSid: "
                + "\"AC590862a3e0071bfcf82ff9521c7fcc6b\", authToken: \"" + TWILIO_TOKEN
                + "\", phoneNumber: \"" + phone + "\"");
        String smsPath = sms.path("webhookUrl").asText().replace(PUBLIC_BASE, "");
        twilio(smsPath, new String(FakeChannels.fixtureBytes("sms/inbound-sms.form"),
                StandardCharsets.UTF_8).replace("%2B15555550123", phone.replace("+", "%2B")));

        String reply = send(tenant.connectionId(), telegramChat, "text: \"Sunday works\"");
        String template = send(whatsApp, "16175550199", "template: { name: \"order_ready\", "
                + "language: \"en_US\" }");
        String text = send(sms.path("connection").path("id").asText(), "+15555550178",
                "text: \"Ready for pickup\"");
        String sid = awaitSent(text).path("platformMessageId").asText();
        awaitSent(reply);
        String wamid = awaitSent(template).path("platformMessageId").asText();
        meta(number, "\"statuses\":[{\"id\":\"" + wamid + "\",\"status\":\"read\","
                + "\"timestamp\":\"1773481010\",\"recipient_id\":\"16175550199\"}]");
        twilio(smsPath, "MessageSid=" + sid + "&MessageStatus=delivered&SmsStatus=delivered"
                + "&AccountSid=AC590862a3e0071bfcf82ff9521c7fcc6b&To=%2B15555550178");
        linkSmsToTelegram();
        eventually(() -> events("message.attachment_stored"), found -> found == 1);
        eventually(receiver::getRequestCount, count -> count >= 8);
    }

    private void subscribe(MockWebServer receiver) {
        String key = data(outeract.admin("mutation { issueApiKey(applicationId: \""
                + tenant.applicationId() + "\", name: \"hooks\", scopes: [\"webhooks:manage\"]) "
                + "{ key } }")).path("issueApiKey").path("key").asText();
        eventually(() -> outeract.developer(key, "{ webhookSubscriptions { id } }")
                .has("errors"), failed -> !failed);
        data(outeract.developer(key, "mutation { createWebhookSubscription(input: { url: \"http"
                + "://127.0.0.1:" + receiver.getPort() + "/hooks\", eventTypes: [\"message.*\"] "
                + "}) { subscription { id } } }"));
    }

    private void linkSmsToTelegram() {
        List<JsonNode> people = eventually(this::people, found -> found.size() >= 3);
        String telegramUser = null;
        String smsAccount = null;
        for (JsonNode person : people) {
            if (person.path("platform").asText().equals("telegram")) {
                telegramUser = person.path("user").path("id").asText();
            }
            if (person.path("platform").asText().equals("sms")) {
                smsAccount = person.path("id").asText();
            }
        }
        data(outeract.developer(tenant.apiKey(), "mutation { linkPlatformUser(platformUserId: \""
                + smsAccount + "\", userId: \"" + telegramUser + "\") { id } }"));
    }

    private List<JsonNode> people() {
        List<JsonNode> people = new ArrayList<>();
        data(outeract.developer(tenant.apiKey(), "{ platformUsers(first: 50) { id platform "
                + "isBot user { id } } }")).path("platformUsers").forEach(account -> {
                    if (!account.path("isBot").asBoolean()) {
                        people.add(account);
                    }
                });
        return people;
    }

    private void awaitEveryProjectionCaughtUp() {
        eventually(() -> data(outeract.admin("{ projections { name caughtUp replaying } }"))
                .path("projections"), projections -> {
                    for (JsonNode projection : projections) {
                        if (!projection.path("caughtUp").asBoolean()
                                || projection.path("replaying").asBoolean()) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    /** Every read-model row of the tenant's organisation and application, as JSON, sorted. */
    private Map<String, List<String>> readModels() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : io.outeract.query.asof.ReadModelTables.ALL) {
            rows.put(table, jdbc.queryForList("SELECT row_to_json(t)::text FROM " + table
                    + " t WHERE " + ownership(table) + " ORDER BY 1", String.class,
                    ownerOf(table)));
        }
        return rows;
    }

    private String ownership(String table) {
        return switch (table) {
            case "organisation" -> "t.id = ?::uuid";
            case "organisation_member" -> "t.organisation_id = ?::uuid";
            case "application" -> "t.id = ?::uuid";
            default -> "t.application_id = ?::uuid";
        };
    }

    private String ownerOf(String table) {
        return table.startsWith("organisation") ? tenant.organisationId()
                : tenant.applicationId();
    }

    private JsonNode connect(String mutation, String arguments) {
        return data(outeract.admin("mutation { " + mutation + "(applicationId: \""
                + tenant.applicationId() + "\", " + arguments + ") { connection { id } "
                + "webhookUrl } }")).path(mutation);
    }

    private String send(String connectionId, String chat, String content) {
        return data(outeract.developer(tenant.apiKey(), "mutation { sendMessage(input: { "
                + "connectionId: \"" + connectionId + "\", externalChatId: \"" + chat + "\", "
                + content + " }) { id } }")).path("sendMessage").path("id").asText();
    }

    private JsonNode awaitSent(String messageId) {
        return eventually(() -> data(outeract.developer(tenant.apiKey(), "{ message(id: \""
                + messageId + "\") { status platformMessageId } }")).path("message"),
                found -> "SENT".equals(found.path("status").asText()));
    }

    private long events(String type) {
        return data(outeract.developer(tenant.apiKey(), "{ events(first: 20, filters: { "
                + "eventType: { eq: \"" + type + "\" } }) { edges { cursor } } }"))
                .path("events").path("edges").size();
    }

    private void meta(String number, String value) {
        byte[] body = ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":"
                + "\"104839275610482\",\"changes\":[{\"value\":{\"messaging_product\":"
                + "\"whatsapp\",\"metadata\":{\"display_phone_number\":\"14155550100\","
                + "\"phone_number_id\":\"" + number + "\"}," + value + "},\"field\":"
                + "\"messages\"}]}]}").getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new HashMap<>();
        headers.put(MetaSignature.HEADER, MetaSignature.headerFor(body, META_SECRET));
        assertThat(outeract.post("/webhooks/meta", headers, body).status()).isEqualTo(200);
    }

    private void twilio(String path, String form) {
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        assertThat(outeract.post(path, Map.of(
                "Content-Type", "application/x-www-form-urlencoded",
                "X-Twilio-Signature", Signers.twilio(TWILIO_TOKEN, PUBLIC_BASE + path, body)),
                body).status()).isEqualTo(200);
    }
}
