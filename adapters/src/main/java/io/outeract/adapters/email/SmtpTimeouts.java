package io.outeract.adapters.email;

import java.time.Duration;

/**
 * How long to wait for an SMTP server: to open the connection, and for each answer or write
 * after that. A send that hangs holds a sending worker, so neither may be unlimited.
 */
public record SmtpTimeouts(Duration connect, Duration read) {

    public static final SmtpTimeouts DEFAULT =
            new SmtpTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(30));

    public SmtpTimeouts {
        if (connect == null || connect.isNegative() || connect.isZero()
                || read == null || read.isNegative() || read.isZero()) {
            throw new IllegalArgumentException("SMTP timeouts must be positive");
        }
    }
}
