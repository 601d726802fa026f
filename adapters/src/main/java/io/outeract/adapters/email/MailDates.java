package io.outeract.adapters.email;

import jakarta.mail.internet.MailDateFormat;
import java.text.ParsePosition;
import java.time.Instant;
import java.util.Date;

/**
 * When a mail was written: its Date header, in any offset, as an instant. Mailgun's signing
 * timestamp, the time it received the mail, stands in when the header is missing or unreadable.
 */
final class MailDates {

    private MailDates() {
    }

    static Instant sentAt(String dateHeader, String mailgunTimestamp) {
        if (dateHeader != null && !dateHeader.isBlank()) {
            // MailDateFormat is lenient with the many shapes of real Date headers, and not
            // thread-safe, hence one per call.
            Date date = new MailDateFormat().parse(dateHeader.strip(), new ParsePosition(0));
            if (date != null) {
                return date.toInstant();
            }
        }
        if (mailgunTimestamp != null && mailgunTimestamp.strip().matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(mailgunTimestamp.strip()));
        }
        return null;
    }
}
