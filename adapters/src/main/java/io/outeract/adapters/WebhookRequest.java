package io.outeract.adapters;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A webhook as it arrived: its headers (names in any case), raw body bytes and the URL it was sent
 * to.
 */
public record WebhookRequest(Map<String, String> headers, byte[] body, String url) {

    public WebhookRequest {
        headers = headers.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                entry -> entry.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue,
                (first, second) -> first));
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
