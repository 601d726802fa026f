package io.outeract.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Slack's Web API, Twilio's REST API and Discord's REST API as one MockWebServer plays them,
 * each under a path of its own, answering with the platforms' documented shapes (the response
 * fixtures). It records every send, so that tests can read what left Outeract.
 */
public final class FakeChannels {

    private final MockWebServer server = new MockWebServer();
    private final List<RecordedSend> sends = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger(100);

    /** A send as the platform received it: its path, authorization and body. */
    public record RecordedSend(String path, String authorization, String body) {
    }

    public FakeChannels() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String slackBaseUrl() {
        return "http://127.0.0.1:" + server.getPort() + "/slack/api";
    }

    public String twilioBaseUrl() {
        return "http://127.0.0.1:" + server.getPort() + "/twilio";
    }

    public String discordBaseUrl() {
        return "http://127.0.0.1:" + server.getPort() + "/discord/api/v10";
    }

    public List<RecordedSend> sends() {
        return sends;
    }

    private MockResponse answer(RecordedRequest request) {
        String path = request.getPath() == null ? "" : request.getPath();
        String body = request.getBody().readString(StandardCharsets.UTF_8);
        if (path.startsWith("/slack/api/auth.test")) {
            return json(200, fixture("slack/auth-test-response.json").replace("U07BT8K2M3P",
                    "U" + idIn(request.getHeader("Authorization"), "-U", "07BT8K2M3P")));
        }
        if (path.startsWith("/slack/api/oauth.v2.access")) {
            return oauthAccess(body, request.getHeader("Authorization"));
        }
        if (path.startsWith("/slack/api/chat.postMessage")) {
            sends.add(new RecordedSend(path, request.getHeader("Authorization"), body));
            return json(200, fixture("slack/send-success-response.json")
                    .replace("1762957409.113355",
                            "1762957409." + String.format("%06d", ids.incrementAndGet())));
        }
        if (path.matches("/twilio/2010-04-01/Accounts/AC[0-9a-f]+\\.json")) {
            return json(200, fixture("sms/account-fetch-response.json"));
        }
        if (path.matches("/twilio/2010-04-01/Accounts/AC[0-9a-f]+/Messages\\.json")) {
            sends.add(new RecordedSend(path, request.getHeader("Authorization"), body));
            return json(201, fixture("sms/send-success-response.json")
                    .replace("SMbfc18160908af7e3e3c3b1e24e3638cc",
                            "SM" + "0".repeat(29) + ids.incrementAndGet()));
        }
        if (path.equals("/discord/api/v10/users/@me")) {
            return json(200, fixture("discord/users-me-response.json").replace(
                    "1290965432643092481", idIn(request.getHeader("Authorization"), ".id",
                            "1290965432643092481")));
        }
        if (path.matches("/discord/api/v10/channels/[0-9]+/messages")) {
            sends.add(new RecordedSend(path, request.getHeader("Authorization"), body));
            return json(200, fixture("discord/send-success-response.json"));
        }
        return json(404, "{\"ok\":false,\"error\":\"unknown_method\"}");
    }

    /**
     * The account a token speaks for: tokens that end in {@code -U<id>} (Slack) or
     * {@code .id<digits>} (Discord) name their own, so that tests can connect many bots; any
     * other token speaks for the fixtures' bot.
     */
    private static String idIn(String authorization, String marker, String fixtures) {
        if (authorization == null || !authorization.contains(marker)) {
            return fixtures;
        }
        return authorization.substring(authorization.lastIndexOf(marker) + marker.length());
    }

    /**
     * Each code installs a bot of its own (its user id is the code's), so that tests do not
     * connect one bot twice; the code {@code refused} is one Slack does not take.
     */
    private static MockResponse oauthAccess(String form, String authorization) {
        String code = Signers.formParameters(form.getBytes(StandardCharsets.UTF_8)).get("code");
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return json(200, "{\"ok\":false,\"error\":\"invalid_client_id\"}");
        }
        if (code == null || code.equals("refused")) {
            return json(200, "{\"ok\":false,\"error\":\"invalid_code\"}");
        }
        return json(200, fixture("slack/oauth-v2-access-response.json")
                .replace("U07BT8K2M3P", "U" + code.toUpperCase(java.util.Locale.ROOT)));
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status)
                .setHeader("Content-Type", "application/json").setBody(body);
    }

    public static String fixture(String name) {
        return new String(fixtureBytes(name), StandardCharsets.UTF_8);
    }

    public static byte[] fixtureBytes(String name) {
        try {
            return Files.readAllBytes(Path.of("src/test/resources/channels", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
