package io.outeract.adapters.email;

import io.outeract.adapters.MalformedWebhookException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads an {@code application/x-www-form-urlencoded} body, UTF-8, strictly. */
final class UrlEncodedForm {

    /** Far more than the few dozen fields Mailgun posts; a bound on what a caller can make. */
    static final int MAX_FIELDS = 2_000;

    private UrlEncodedForm() {
    }

    static MailgunFields parse(byte[] body) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        String form = new String(body, StandardCharsets.UTF_8);
        if (form.isEmpty()) {
            return new MailgunFields(values, Map.of());
        }
        String[] pairs = form.split("&", -1);
        if (pairs.length > MAX_FIELDS) {
            throw new MalformedWebhookException("The form has more than " + MAX_FIELDS
                    + " fields");
        }
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            values.computeIfAbsent(name, field -> new ArrayList<>()).add(value);
        }
        return new MailgunFields(values, Map.of());
    }

    private static String decode(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            throw new MalformedWebhookException("The form holds a broken %-escape");
        }
    }
}
