package io.outeract.adapters.email;

import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;

/** RFC 2047 encoded words, such as {@code =?UTF-8?B?...?=}, read back into text. */
final class EncodedWords {

    private EncodedWords() {
    }

    /** The decoded text; a word in a charset the JVM lacks is left as it came. */
    static String decode(String header) {
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(header));
        } catch (UnsupportedEncodingException unknownCharset) {
            return header;
        }
    }
}
