package io.outeract.adapters.email;

import io.outeract.adapters.MalformedWebhookException;
import io.outeract.adapters.WebhookRequest;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of a Mailgun route post, whichever way it came: urlencoded when the mail has no
 * attachments, multipart when it has. Mailgun posts each mail header as a field of its own too,
 * under the header's name, beside its lowercase parsed fields ({@code from}, {@code subject}).
 */
final class MailgunFields {

    static final String URLENCODED = "application/x-www-form-urlencoded";
    static final String MULTIPART = "multipart/form-data";

    private final Map<String, List<String>> values;
    private final Map<String, FormFile> files;

    MailgunFields(Map<String, List<String>> values, Map<String, FormFile> files) {
        this.values = Map.copyOf(values);
        this.files = Map.copyOf(files);
    }

    /** @throws MalformedWebhookException when the body is neither form nor a sound multipart */
    static MailgunFields of(WebhookRequest request) {
        ContentType type = contentType(request);
        if (type.match(URLENCODED)) {
            return UrlEncodedForm.parse(request.body());
        }
        if (type.match(MULTIPART)) {
            String boundary = type.getParameter("boundary");
            if (boundary == null || boundary.isEmpty()) {
                throw new MalformedWebhookException("The multipart post names no boundary");
            }
            return FormDataParser.parse(request.body(), boundary);
        }
        throw new MalformedWebhookException("A Mailgun route posts a form, not "
                + type.getBaseType());
    }

    static ContentType contentType(WebhookRequest request) {
        String header = request.header("Content-Type");
        if (header == null) {
            throw new MalformedWebhookException("The post has no Content-Type");
        }
        try {
            return new ContentType(header);
        } catch (ParseException unreadable) {
            throw new MalformedWebhookException("The post's Content-Type cannot be read");
        }
    }

    /** The field's value; null when it is absent, and when it is repeated, as it never is. */
    String single(String name) {
        List<String> all = values.get(name);
        return all == null || all.size() != 1 ? null : all.get(0);
    }

    /** The field's first value, or null. */
    String text(String name) {
        List<String> all = values.get(name);
        return all == null ? null : all.get(0);
    }

    /**
     * A mail header's field, by its exact name first, then in any case: senders and Mailgun
     * spell Message-Id and Message-ID alike.
     */
    String header(String name) {
        String exact = text(name);
        if (exact != null) {
            return exact;
        }
        return values.keySet().stream()
                .filter(field -> field.toLowerCase(Locale.ROOT)
                        .equals(name.toLowerCase(Locale.ROOT)))
                .findFirst()
                .map(this::text)
                .orElse(null);
    }

    FormFile file(String name) {
        return files.get(name);
    }

    int fileCount() {
        return files.size();
    }
}
