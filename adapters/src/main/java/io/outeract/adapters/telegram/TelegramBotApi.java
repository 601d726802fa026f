package io.outeract.adapters.telegram;

import io.outeract.adapters.OneShotJsonBody;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The Bot API over HTTP: each method is a JSON POST to {@code <base>/bot<token>/<method>}. The
 * token is part of that URL, so no URL, request or OkHttp call built here is ever logged, and
 * failure messages are stripped of the token before they leave. Timeouts are the client's own.
 */
public final class TelegramBotApi {

    public static final String DEFAULT_BASE_URL = "https://api.telegram.org";

    private final OkHttpClient client;
    private final ObjectMapper objectMapper;
    private final HttpUrl baseUrl;

    public TelegramBotApi(OkHttpClient client, ObjectMapper objectMapper) {
        this(client, objectMapper, DEFAULT_BASE_URL);
    }

    public TelegramBotApi(OkHttpClient client, ObjectMapper objectMapper, String baseUrl) {
        this.client = Objects.requireNonNull(client, "an OkHttp client is required");
        this.objectMapper = Objects.requireNonNull(objectMapper, "an ObjectMapper is required");
        this.baseUrl = HttpUrl.get(baseUrl);
    }

    ObjectNode parameters() {
        return objectMapper.createObjectNode();
    }

    /**
     * Calls one method. Any HTTP answer comes back as a {@link TelegramAnswer}, whatever its
     * status; only a call that got no answer at all throws.
     */
    TelegramAnswer call(String token, String method, ObjectNode parameters)
            throws TelegramTransportException {
        OneShotJsonBody body =
                new OneShotJsonBody(parameters.toString().getBytes(StandardCharsets.UTF_8));
        Request request = new Request.Builder().url(methodUrl(token, method)).post(body).build();

        try (Response response = client.newCall(request).execute()) {
            return TelegramAnswer.read(response.code(), response.body().bytes(), objectMapper);
        } catch (IOException failure) {
            throw new TelegramTransportException(
                    reasonOf(failure, token), body.handedOver(), failure);
        }
    }

    private HttpUrl methodUrl(String token, String method) {
        // A path segment is percent-encoded, so a token holding '/' or '?' cannot pick the method.
        return baseUrl.newBuilder().addPathSegment("bot" + token).addPathSegment(method).build();
    }

    private static String reasonOf(IOException failure, String token) {
        String message = failure.getMessage();
        String reason = message == null || message.isBlank()
                ? failure.getClass().getSimpleName()
                : message;
        return reason.replace(token, "<token>");
    }
}
