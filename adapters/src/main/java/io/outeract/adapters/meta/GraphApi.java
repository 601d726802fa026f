package io.outeract.adapters.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.OneShotJsonBody;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Meta's Graph API over HTTP, for WhatsApp, Messenger and Instagram alike: JSON calls to
 * {@code <base>/<version>/<path>} with a bearer token, and downloads of media URLs with the same
 * token. The token travels only in the Authorization header, never in a URL, so URLs may be
 * logged; tokens never are. The base URL and version come from configuration.
 */
public final class GraphApi {

    public static final String DEFAULT_BASE_URL = "https://graph.facebook.com";
    public static final String DEFAULT_VERSION = "v25.0";

    private final OkHttpClient client;
    private final ObjectMapper objectMapper;
    private final HttpUrl baseUrl;
    private final String version;

    public GraphApi(OkHttpClient client, ObjectMapper objectMapper, String baseUrl,
            String version) {
        this.client = Objects.requireNonNull(client, "an OkHttp client is required");
        this.objectMapper = Objects.requireNonNull(objectMapper, "an ObjectMapper is required");
        this.baseUrl = HttpUrl.get(baseUrl);
        this.version = requireVersion(version);
    }

    public ObjectMapper objectMapper() {
        return objectMapper;
    }

    /** POSTs a JSON body to {@code path} (such as {@code 1182.../messages}). */
    public GraphAnswer post(String path, String token, JsonNode body)
            throws GraphTransportException {
        OneShotJsonBody json =
                new OneShotJsonBody(body.toString().getBytes(StandardCharsets.UTF_8));
        return call(new Request.Builder().url(urlOf(path, Map.of())).post(json), token,
                json::handedOver);
    }

    /** POSTs any body (a multipart media upload, say) to {@code path}. */
    public GraphAnswer post(String path, String token, RequestBody body)
            throws GraphTransportException {
        return call(new Request.Builder().url(urlOf(path, Map.of())).post(body), token,
                () -> true);
    }

    /** GETs {@code path} with query parameters. */
    public GraphAnswer get(String path, String token, Map<String, String> query)
            throws GraphTransportException {
        return call(new Request.Builder().url(urlOf(path, query)).get(), token, () -> true);
    }

    /**
     * Streams the bytes at a media URL that the API gave (it must be fetched with the token)
     * into {@code into}, refusing more than {@code maxBytes}.
     *
     * @return the HTTP status and, on 2xx, the content type and the byte count
     */
    public MediaAnswer download(String url, String token, OutputStream into, long maxBytes)
            throws GraphTransportException {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw new GraphTransportException("The media URL is not an HTTP URL", false);
        }
        Request request = new Request.Builder().url(parsed)
                .header("Authorization", "Bearer " + token).get().build();
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                return new MediaAnswer(response.code(), null, 0);
            }
            long copied = copy(response.body().byteStream(), into, maxBytes);
            return new MediaAnswer(response.code(), response.header("Content-Type"), copied);
        } catch (IOException failure) {
            throw new GraphTransportException(reasonOf(failure), true, failure);
        }
    }

    /**
     * Streams the bytes at a signed CDN URL (Messenger's and Instagram's attachments) into
     * {@code into} without any token: the URL's signature is its authority, and a token sent
     * to a CDN host would be a token shown to a host that does not need it.
     *
     * @return the HTTP status and, on 2xx, the content type and the byte count
     */
    public MediaAnswer downloadSigned(String url, OutputStream into, long maxBytes)
            throws GraphTransportException {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw new GraphTransportException("The media URL is not an HTTP URL", false);
        }
        Request request = new Request.Builder().url(parsed).get().build();
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                return new MediaAnswer(response.code(), null, 0);
            }
            long copied = copy(response.body().byteStream(), into, maxBytes);
            return new MediaAnswer(response.code(), response.header("Content-Type"), copied);
        } catch (IOException failure) {
            throw new GraphTransportException(reasonOf(failure), true, failure);
        }
    }

    private GraphAnswer call(Request.Builder request, String token, BooleanSupplier handedOver)
            throws GraphTransportException {
        Request built = request.header("Authorization", "Bearer " + token).build();
        try (Response response = client.newCall(built).execute()) {
            return GraphAnswer.read(response.code(), response.header("Retry-After"),
                    response.body().bytes(), objectMapper);
        } catch (IOException failure) {
            throw new GraphTransportException(
                    reasonOf(failure), handedOver.getAsBoolean(), failure);
        }
    }

    private HttpUrl urlOf(String path, Map<String, String> query) {
        HttpUrl.Builder url = baseUrl.newBuilder().addPathSegment(version);
        for (String segment : path.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                // An id from a webhook must never climb to another Graph path with our token.
                throw new IllegalArgumentException("A Graph API path has no '.' or '..' segment");
            }
            if (!segment.isEmpty()) {
                url.addPathSegment(segment);
            }
        }
        query.forEach(url::addQueryParameter);
        return url.build();
    }

    private static long copy(InputStream from, OutputStream into, long maxBytes)
            throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read = from.read(buffer); read >= 0; read = from.read(buffer)) {
            total += read;
            if (total > maxBytes) {
                throw new IOException("the media is larger than " + maxBytes + " bytes");
            }
            into.write(buffer, 0, read);
        }
        return total;
    }

    private static String requireVersion(String version) {
        if (version == null || !version.matches("v\\d+\\.\\d+")) {
            throw new IllegalArgumentException(
                    "The Graph API version must look like v25.0, not '" + version + "'");
        }
        return version;
    }

    private static String reasonOf(IOException failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    /** The status and content of a downloaded media item. */
    public record MediaAnswer(int status, String contentType, long sizeBytes) {
    }
}
