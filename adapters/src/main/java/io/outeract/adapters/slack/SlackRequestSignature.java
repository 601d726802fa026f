package io.outeract.adapters.slack;

import io.outeract.adapters.WebhookRequest;
import io.outeract.contract.common.Credentials;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature: {@code v0=} and the hex HMAC-SHA256, under the signing secret, of
 * {@code v0:<X-Slack-Request-Timestamp>:<raw body>}. A delivery signed more than five minutes
 * from now, either way, is refused, so that a captured request cannot be replayed later.
 */
final class SlackRequestSignature {

    static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
    static final String SIGNATURE_HEADER = "X-Slack-Signature";
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private static final String VERSION = "v0";
    private static final Pattern UNIX_SECONDS = Pattern.compile("\\d{1,12}");

    private final Clock clock;

    SlackRequestSignature(Clock clock) {
        this.clock = clock;
    }

    boolean isValid(WebhookRequest request, Credentials secrets) {
        Optional<String> secret = SlackCredentials.find(secrets, SlackCredentials.SIGNING_SECRET);
        String timestamp = request.header(TIMESTAMP_HEADER);
        String presented = request.header(SIGNATURE_HEADER);
        if (secret.isEmpty() || timestamp == null || presented == null || request.body() == null
                || !isRecent(timestamp)) {
            return false;
        }
        byte[] expected = sign(secret.get(), timestamp, request.body())
                .getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), expected);
    }

    private boolean isRecent(String timestamp) {
        if (!UNIX_SECONDS.matcher(timestamp).matches()) {
            return false;
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp));
        return skew <= TOLERANCE.toSeconds();
    }

    static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((VERSION + ":" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            mac.update(body);
            return VERSION + "=" + HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException impossible) {
            // Every JDK has HmacSHA256, and any key length is a valid HMAC key.
            throw new IllegalStateException(impossible);
        }
    }
}
