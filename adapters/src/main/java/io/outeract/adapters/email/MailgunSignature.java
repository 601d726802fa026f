package io.outeract.adapters.email;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mailgun's signature: the lowercase hex HMAC-SHA256, under the webhook signing key, of the
 * timestamp and the token as sent, joined without a separator. It proves the post came from
 * Mailgun, not that its fields did (see {@link MailgunTokens}).
 *
 * <p>The window for the timestamp is wide on purpose: Mailgun retries a post for about eight
 * hours, and whether it signs a retry afresh is not confirmed. A narrow window would refuse
 * those retries, and the mail would be lost.
 */
final class MailgunSignature {

    /** The signing fields as posted: a form's fields or an event's {@code signature} object. */
    record Fields(String timestamp, String token, String signature) {
    }

    /** Mailgun's retries span about eight hours; one more hour covers a slow last attempt. */
    static final Duration DEFAULT_MAX_AGE = Duration.ofHours(9);

    /** How far ahead of our clock Mailgun's may run. */
    static final Duration MAX_CLOCK_AHEAD = Duration.ofMinutes(5);

    private static final String HMAC = "HmacSHA256";

    private final Clock clock;
    private final Duration maxAge;
    private final MailgunTokens tokens;

    MailgunSignature(Clock clock, Duration maxAge, MailgunTokens tokens) {
        this.clock = clock;
        this.maxAge = maxAge;
        this.tokens = tokens;
    }

    boolean isValid(Fields fields, String signingKey, byte[] body) {
        if (fields.timestamp() == null || fields.token() == null || fields.signature() == null
                || fields.token().isEmpty()) {
            return false;
        }
        Instant signedAt = epochSeconds(fields.timestamp());
        Instant now = clock.instant();
        if (signedAt == null || signedAt.isBefore(now.minus(maxAge))
                || signedAt.isAfter(now.plus(MAX_CLOCK_AHEAD))) {
            return false;
        }

        byte[] expected = hmac(signingKey, fields.timestamp() + fields.token());
        byte[] presented = fields.signature().toLowerCase(Locale.ROOT)
                .getBytes(StandardCharsets.UTF_8);
        // isEqual takes as long as its first argument is long: ours, never the caller's guess.
        if (!MessageDigest.isEqual(expected, presented)) {
            return false;
        }
        return tokens.admit(fields.token(), Digests.sha256Hex(body), signedAt.plus(maxAge), now);
    }

    private static byte[] hmac(String key, String message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), HMAC));
            byte[] digest = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).getBytes(StandardCharsets.UTF_8);
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", impossible);
        }
    }

    private static Instant epochSeconds(String timestamp) {
        if (timestamp.isEmpty() || timestamp.length() > 12
                || !timestamp.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Instant.ofEpochSecond(Long.parseLong(timestamp));
    }
}
