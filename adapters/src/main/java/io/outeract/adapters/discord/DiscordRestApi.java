package io.outeract.adapters.discord;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.outeract.adapters.OneShotJsonBody;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Discord's REST API (v10) over HTTP under {@code Authorization: Bot <token>}. The token
 * travels in a header only, and no request built here is logged. Discord wants a User-Agent
 * of the form {@code DiscordBot (<url>, <version>)}; without one, its edge may block calls.
 * Timeouts are the client's own.
 */
public final class DiscordRestApi {

    public static final String DEFAULT_BASE_URL = "https://discord.com/api/v10";
    public static final String DEFAULT_USER_AGENT = "DiscordBot (Outeract, 0.1.0)";

    private final OkHttpClient client;
    private final ObjectMapper objectMapper;
    private final HttpUrl baseUrl;
    private final String userAgent;

    public DiscordRestApi(OkHttpClient client, ObjectMapper objectMapper) {
        this(client, objectMapper, DEFAULT_BASE_URL);
    }

    public DiscordRestApi(OkHttpClient client, ObjectMapper objectMapper, String baseUrl) {
        this(client, objectMapper, baseUrl, DEFAULT_USER_AGENT);
    }

    public DiscordRestApi(OkHttpClient client, ObjectMapper objectMapper, String baseUrl,
            String userAgent) {
        this.client = Objects.requireNonNull(client, "an OkHttp client is required");
        this.objectMapper = Objects.requireNonNull(objectMapper, "an ObjectMapper is required");
        this.baseUrl = HttpUrl.get(baseUrl);
        this.userAgent = Objects.requireNonNull(userAgent, "a User-Agent is required");
    }

    ObjectNode body() {
        return objectMapper.createObjectNode();
    }

    /** Create Message: {@code POST /channels/{channel id}/messages}. */
    DiscordAnswer createMessage(String token, String channelId, ObjectNode message)
            throws DiscordTransportException {
        OneShotJsonBody body =
                new OneShotJsonBody(message.toString().getBytes(StandardCharsets.UTF_8));
        // A path segment is percent-encoded, so a channel id cannot pick another route.
        HttpUrl url = baseUrl.newBuilder().addPathSegment("channels").addPathSegment(channelId)
                .addPathSegment("messages").build();
        return execute(authorized(token).url(url).post(body).build(), body::handedOver, token);
    }

    /** The bot's own user: {@code GET /users/@me}. */
    DiscordAnswer currentUser(String token) throws DiscordTransportException {
        HttpUrl url = baseUrl.newBuilder().addPathSegment("users").addPathSegment("@me").build();
        return execute(authorized(token).url(url).get().build(), () -> false, token);
    }

    private Request.Builder authorized(String token) {
        return new Request.Builder()
                .header("Authorization", "Bot " + token)
                .header("User-Agent", userAgent);
    }

    private DiscordAnswer execute(Request request, HandOver handOver, String token)
            throws DiscordTransportException {
        try (Response response = client.newCall(request).execute()) {
            return DiscordAnswer.read(response, objectMapper);
        } catch (IOException failure) {
            throw new DiscordTransportException(
                    reasonOf(failure, token), handOver.happened(), failure);
        }
    }

    private static String reasonOf(IOException failure, String token) {
        String message = failure.getMessage();
        String reason = message == null || message.isBlank()
                ? failure.getClass().getSimpleName()
                : message;
        return reason.replace(token, "<token>");
    }

    @FunctionalInterface
    private interface HandOver {
        boolean happened();
    }
}
