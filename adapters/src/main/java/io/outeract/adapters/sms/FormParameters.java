package io.outeract.adapters.sms;

import io.outeract.adapters.MalformedWebhookException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * An {@code application/x-www-form-urlencoded} body, decoded strictly: every pair has its
 * {@code =}, every {@code %} two hex digits, and the bytes are UTF-8. Anything else is not what
 * Twilio sends, and is refused rather than guessed at. Names may repeat; order is kept.
 */
final class FormParameters {

    private final List<Map.Entry<String, String>> pairs;

    private FormParameters(List<Map.Entry<String, String>> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    static FormParameters decode(byte[] body) {
        if (body == null || body.length == 0) {
            throw new MalformedWebhookException("The Twilio webhook has no form parameters");
        }
        String ascii = new String(body, StandardCharsets.ISO_8859_1);
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (String pair : ascii.split("&", -1)) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new MalformedWebhookException("A form pair needs a name and '='");
            }
            pairs.add(Map.entry(component(pair.substring(0, equals)),
                    component(pair.substring(equals + 1))));
        }
        return new FormParameters(pairs);
    }

    /** The value of a parameter sent once or more, the first; null when it was not sent. */
    String first(String name) {
        return pairs.stream().filter(pair -> pair.getKey().equals(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    boolean has(String name) {
        return first(name) != null;
    }

    /** Every pair, sorted by name and then value, as Twilio's signature takes them. */
    List<Map.Entry<String, String>> sorted() {
        return pairs.stream()
                .sorted(Comparator.comparing((Map.Entry<String, String> pair) -> pair.getKey())
                        .thenComparing(Map.Entry::getValue))
                .toList();
    }

    private static String component(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    throw new MalformedWebhookException("A form escape needs two hex digits");
                }
                bytes.write(hex(encoded.charAt(i + 1)) * 16 + hex(encoded.charAt(i + 2)));
                i += 2;
            } else if (c > 0x7e || c < 0x20) {
                throw new MalformedWebhookException("A form body holds unescaped bytes");
            } else {
                bytes.write(c);
            }
        }
        return utf8(bytes.toByteArray());
    }

    private static int hex(char digit) {
        int value = Character.digit(digit, 16);
        if (value < 0) {
            throw new MalformedWebhookException("A form escape needs two hex digits");
        }
        return value;
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw new MalformedWebhookException("A form value is not UTF-8", notUtf8);
        }
    }
}
