package io.outeract.command.subscription;

import java.io.IOException;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Makes one POST to an endpoint and reports what came back. Redirects are not followed, no
 * proxy is used, only addresses the guarded resolver allows are connected to, the whole call is
 * bounded by the timeout, and at most {@code MAX_BODY_BYTES} of the answer are read: a hostile
 * endpoint can hold a call for the timeout, and no longer, and no memory beyond that bound.
 */
final class WebhookCaller {

    static final int MAX_BODY_BYTES = 4096;
    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http;

    WebhookCaller(GuardedDns dns, Duration timeout) {
        this.http = new OkHttpClient.Builder()
                .dns(dns)
                .proxy(Proxy.NO_PROXY)
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .callTimeout(timeout)
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .writeTimeout(timeout)
                .build();
    }

    CallResult post(HttpUrl url, Map<String, String> headers, String body) {
        Request.Builder request = new Request.Builder().url(url)
                .header("User-Agent", "Outeract-Webhooks/1")
                .post(RequestBody.create(body.getBytes(StandardCharsets.UTF_8), JSON));
        headers.forEach(request::header);
        long started = System.nanoTime();
        try (Response response = http.newCall(request.build()).execute()) {
            String answer = firstBytesOf(response.body());
            return new CallResult(response.code(), millisSince(started), answer, null);
        } catch (IOException e) {
            return new CallResult(null, millisSince(started), null, describe(e));
        }
    }

    private static String firstBytesOf(ResponseBody body) throws IOException {
        if (body == null) {
            return null;
        }
        BufferedSource source = body.source();
        Buffer read = new Buffer();
        while (read.size() < MAX_BODY_BYTES) {
            long count = source.read(read, MAX_BODY_BYTES - read.size());
            if (count == -1) {
                break;
            }
        }
        // PostgreSQL text cannot hold NUL, and an answer is for reading, not for replaying.
        return read.readUtf8().replace('\u0000', '\ufffd');
    }

    private static String describe(IOException e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        String description = e.getClass().getSimpleName() + message;
        return description.length() > 500 ? description.substring(0, 500) : description;
    }

    private static long millisSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
}
