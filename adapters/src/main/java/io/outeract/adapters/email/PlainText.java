package io.outeract.adapters.email;

/** Mail text with the line breaks Outeract stores: LF, whatever the mail had (CRLF in MIME). */
final class PlainText {

    private PlainText() {
    }

    static String normalised(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
