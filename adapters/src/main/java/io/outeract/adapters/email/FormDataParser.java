package io.outeract.adapters.email;

import io.outeract.adapters.MalformedWebhookException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ParseException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578) byte for byte: the attachments are binary,
 * so nothing is decoded but the part headers and the text fields, both UTF-8. Strict where a
 * lenient reader would guess: a body must open with its boundary, every part must name its
 * field, and the closing boundary must be there, or the post was cut short.
 */
final class FormDataParser {

    static final int MAX_PARTS = 1_000;
    static final int MAX_HEADER_BYTES = 16 * 1024;

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private FormDataParser() {
    }

    static MailgunFields parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        if (!startsWith(body, delimiter, 0)) {
            throw malformed("does not open with its boundary");
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, FormFile> files = new LinkedHashMap<>();
        int position = delimiter.length;
        int parts = 0;
        while (!startsWith(body, new byte[] {'-', '-'}, position)) {
            if (!startsWith(body, CRLF, position)) {
                throw malformed("has a boundary not followed by a line break");
            }
            if (++parts > MAX_PARTS) {
                throw malformed("has more than " + MAX_PARTS + " parts");
            }
            int headersStart = position + CRLF.length;
            int headersEnd = indexOf(body, HEADER_END, headersStart);
            if (headersEnd < 0 || headersEnd - headersStart > MAX_HEADER_BYTES) {
                throw malformed("has a part whose headers do not end");
            }
            int contentStart = headersEnd + HEADER_END.length;
            int contentEnd = indexOf(body, nextDelimiter, contentStart);
            if (contentEnd < 0) {
                throw malformed("ends before its closing boundary");
            }
            Map<String, String> headers = headers(body, headersStart, headersEnd);
            byte[] content = Arrays.copyOfRange(body, contentStart, contentEnd);
            keep(headers, content, values, files);
            position = contentEnd + nextDelimiter.length;
        }
        return new MailgunFields(values, files);
    }

    private static void keep(Map<String, String> headers, byte[] content,
            Map<String, List<String>> values, Map<String, FormFile> files) {
        ContentDisposition disposition = disposition(headers.get("content-disposition"));
        String name = disposition.getParameter("name");
        if (name == null || name.isEmpty()) {
            throw malformed("has a part that names no field");
        }
        String fileName = disposition.getParameter("filename");
        if (fileName != null) {
            String type = headers.getOrDefault("content-type", "application/octet-stream");
            files.put(name, new FormFile(name, fileName, type, content));
        } else {
            values.computeIfAbsent(name, field -> new ArrayList<>())
                    .add(new String(content, StandardCharsets.UTF_8));
        }
    }

    private static ContentDisposition disposition(String header) {
        if (header == null) {
            throw malformed("has a part without a Content-Disposition");
        }
        try {
            ContentDisposition disposition = new ContentDisposition(header);
            if (!"form-data".equalsIgnoreCase(disposition.getDisposition())) {
                throw malformed("has a part that is not form-data");
            }
            return disposition;
        } catch (ParseException unreadable) {
            throw malformed("has a Content-Disposition that cannot be read");
        }
    }

    private static Map<String, String> headers(byte[] body, int from, int to) {
        Map<String, String> headers = new LinkedHashMap<>();
        String block = new String(body, from, to - from, StandardCharsets.UTF_8);
        for (String line : block.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw malformed("has a part header without a name");
            }
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).strip());
        }
        return headers;
    }

    private static boolean startsWith(byte[] body, byte[] prefix, int at) {
        if (at + prefix.length > body.length) {
            return false;
        }
        return Arrays.equals(body, at, at + prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] body, byte[] wanted, int from) {
        int last = body.length - wanted.length;
        for (int at = from; at <= last; at++) {
            if (body[at] == wanted[0] && startsWith(body, wanted, at)) {
                return at;
            }
        }
        return -1;
    }

    private static MalformedWebhookException malformed(String what) {
        return new MalformedWebhookException("The multipart post " + what);
    }
}
