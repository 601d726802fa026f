package io.outeract.adapters.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.outeract.adapters.OneShotJsonBody;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Slack's Web API over HTTP: each method is a POST to {@code <base>/<method>}, JSON under a
 * bearer token, or a form under the app's client credentials for OAuth. Tokens travel in the
 * Authorization header only, so URLs hold no secret; requests are still never logged.
 * Timeouts are the client's own.
 */
public final class SlackWebApi {

    public static final String DEFAULT_BASE_URL = "https://slack.com/api";

    private final OkHttpClient client;
    private final ObjectMapper objectMapper;
    private final HttpUrl baseUrl;

    public SlackWebApi(OkHttpClient client, ObjectMapper objectMapper) {
        this(client, objectMapper, DEFAULT_BASE_URL);
    }

    public SlackWebApi(OkHttpClient client, ObjectMapper objectMapper, String baseUrl) {
        this.client = Objects.requireNonNull(client, "an OkHttp client is required");
        this.objectMapper = Objects.requireNonNull(objectMapper, "an ObjectMapper is required");
        this.baseUrl = HttpUrl.get(baseUrl);
    }

    ObjectNode parameters() {
        return objectMapper.createObjectNode();
    }

    /**
     * Calls one method with a JSON body under a bot token. Any HTTP answer comes back as a
     * {@link SlackAnswer}; only a call that got no answer at all throws.
     */
    SlackAnswer call(String token, String method, ObjectNode parameters)
            throws SlackTransportException {
        OneShotJsonBody body =
                new OneShotJsonBody(parameters.toString().getBytes(StandardCharsets.UTF_8));
        Request request = new Request.Builder()
                .url(methodUrl(method))
                .header("Authorization", "Bearer " + token)
                .post(body)
                .build();
        return execute(request, body::handedOver, token);
    }

    /** Calls an OAuth method with a form body under the app's client id and secret. */
    SlackAnswer callAsApp(String method, String clientId, String clientSecret,
            Map<String, String> form) throws SlackTransportException {
        FormBody.Builder body = new FormBody.Builder(StandardCharsets.UTF_8);
        form.forEach(body::add);
        RequestBody formBody = body.build();
        Request request = new Request.Builder()
                .url(methodUrl(method))
                .header("Authorization",
                        Credentials.basic(clientId, clientSecret, StandardCharsets.UTF_8))
                .post(formBody)
                .build();
        // An OAuth code works once: whether it was spent does not change what the caller does.
        return execute(request, () -> true, clientSecret);
    }

    private SlackAnswer execute(Request request, HandOver handOver, String secret)
            throws SlackTransportException {
        try (Response response = client.newCall(request).execute()) {
            return SlackAnswer.read(response.code(), response.header("Retry-After"),
                    response.body().bytes(), objectMapper);
        } catch (IOException failure) {
            throw new SlackTransportException(
                    reasonOf(failure, secret), handOver.happened(), failure);
        }
    }

    private HttpUrl methodUrl(String method) {
        return baseUrl.newBuilder().addPathSegment(method).build();
    }

    private static String reasonOf(IOException failure, String secret) {
        String message = failure.getMessage();
        String reason = message == null || message.isBlank()
                ? failure.getClass().getSimpleName()
                : message;
        return reason.replace(secret, "<secret>");
    }

    @FunctionalInterface
    private interface HandOver {
        boolean happened();
    }
}
