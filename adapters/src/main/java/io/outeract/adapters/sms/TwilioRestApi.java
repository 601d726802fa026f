package io.outeract.adapters.sms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Twilio's REST API (2010-04-01) over HTTP, under basic auth with the account SID and auth
 * token: the token travels in a header only, and no request built here is logged. Timeouts
 * are the client's own.
 */
public final class TwilioRestApi {

    public static final String DEFAULT_BASE_URL = "https://api.twilio.com";

    private final OkHttpClient client;
    private final ObjectMapper objectMapper;
    private final HttpUrl baseUrl;

    public TwilioRestApi(OkHttpClient client, ObjectMapper objectMapper) {
        this(client, objectMapper, DEFAULT_BASE_URL);
    }

    public TwilioRestApi(OkHttpClient client, ObjectMapper objectMapper, String baseUrl) {
        this.client = Objects.requireNonNull(client, "an OkHttp client is required");
        this.objectMapper = Objects.requireNonNull(objectMapper, "an ObjectMapper is required");
        this.baseUrl = HttpUrl.get(baseUrl);
    }

    /** Creates a message: {@code POST /2010-04-01/Accounts/{sid}/Messages.json}. */
    TwilioAnswer createMessage(String accountSid, String authToken, FormBody form)
            throws TwilioTransportException {
        OneShotFormBody body = new OneShotFormBody(form);
        Request request = authorized(accountSid, authToken)
                .url(accountUrl(accountSid).addPathSegment("Messages.json").build())
                .post(body)
                .build();
        return execute(request, body::handedOver, authToken);
    }

    /** Fetches the account: {@code GET /2010-04-01/Accounts/{sid}.json}. */
    TwilioAnswer fetchAccount(String accountSid, String authToken)
            throws TwilioTransportException {
        HttpUrl url = baseUrl.newBuilder().addPathSegment("2010-04-01")
                .addPathSegment("Accounts").addPathSegment(accountSid + ".json").build();
        Request request = authorized(accountSid, authToken).url(url).get().build();
        return execute(request, () -> false, authToken);
    }

    private HttpUrl.Builder accountUrl(String accountSid) {
        // Path segments are percent-encoded, so an odd SID cannot pick another resource.
        return baseUrl.newBuilder().addPathSegment("2010-04-01").addPathSegment("Accounts")
                .addPathSegment(accountSid);
    }

    private static Request.Builder authorized(String accountSid, String authToken) {
        return new Request.Builder().header("Authorization",
                Credentials.basic(accountSid, authToken, StandardCharsets.UTF_8));
    }

    private TwilioAnswer execute(Request request, HandOver handOver, String authToken)
            throws TwilioTransportException {
        try (Response response = client.newCall(request).execute()) {
            return TwilioAnswer.read(response.code(), response.header("Retry-After"),
                    response.body().bytes(), objectMapper);
        } catch (IOException failure) {
            throw new TwilioTransportException(
                    reasonOf(failure, authToken), handOver.happened(), failure);
        }
    }

    private static String reasonOf(IOException failure, String authToken) {
        String message = failure.getMessage();
        String reason = message == null || message.isBlank()
                ? failure.getClass().getSimpleName()
                : message;
        return reason.replace(authToken, "<token>");
    }

    @FunctionalInterface
    private interface HandOver {
        boolean happened();
    }
}
