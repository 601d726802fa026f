package io.outeract.adapters.sms;

import io.outeract.adapters.WebhookRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Which URL Twilio signed: the public URL it called, with its query string. The server
 * rebuilds {@link WebhookRequest#url()} from what reached it, which behind a TLS-terminating
 * proxy is not what Twilio called ({@code http://10.0.0.5:8080/...} for
 * {@code https://relay.example.net/...}). {@link #publicBase(String)} puts the request's path
 * and query under the configured public base URL instead; headers such as
 * {@code X-Forwarded-Host} are not trusted, since anyone can send them.
 */
@FunctionalInterface
public interface TwilioSignedUrl {

    /** The URL of the request, as Twilio called it. */
    String of(WebhookRequest request);

    /** The request's URL as the server saw it: right when nothing stands between. */
    static TwilioSignedUrl asReceived() {
        return WebhookRequest::url;
    }

    /**
     * The request's path and query under {@code publicBaseUrl}, the scheme, host and port
     * Twilio was given (say {@code https://relay.example.net}); a path of the base is replaced
     * by the request's, so a proxy that strips a prefix needs a hook of its own.
     */
    static TwilioSignedUrl publicBase(String publicBaseUrl) {
        HttpUrl base = HttpUrl.get(publicBaseUrl);
        return request -> {
            HttpUrl received = HttpUrl.get(request.url());
            return base.newBuilder()
                    .encodedPath(received.encodedPath())
                    .encodedQuery(received.encodedQuery())
                    .build()
                    .toString();
        };
    }

    /**
     * The URL with and without its port: Twilio has signed both ways over the years for a
     * port the URL named, so both are accepted (its own libraries do the same).
     */
    static List<String> withAndWithoutPort(String url) {
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(url);
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed != null) {
            String authority = "://" + parsed.host();
            String withPort = authority + ":" + parsed.port();
            if (url.contains(withPort)) {
                candidates.add(url.replaceFirst(
                        Pattern.quote(withPort), Matcher.quoteReplacement(authority)));
            } else {
                candidates.add(url.replaceFirst(
                        Pattern.quote(authority), Matcher.quoteReplacement(withPort)));
            }
        }
        return List.copyOf(candidates);
    }
}
