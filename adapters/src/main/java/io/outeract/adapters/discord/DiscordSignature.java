package io.outeract.adapters.discord;

import io.outeract.adapters.WebhookRequest;
import io.outeract.contract.common.Credentials;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Discord's request signature: an Ed25519 signature ({@code X-Signature-Ed25519}, hex) by the
 * application's key over {@code X-Signature-Timestamp} followed by the raw body. Discord sends
 * forged probes on purpose and removes an endpoint that accepts one. It names no freshness
 * window; Outeract refuses a timestamp more than five minutes from now, either way, so that a
 * captured delivery cannot be replayed later.
 */
final class DiscordSignature {

    static final String SIGNATURE_HEADER = "X-Signature-Ed25519";
    static final String TIMESTAMP_HEADER = "X-Signature-Timestamp";
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    /** The DER prefix that makes a raw 32-byte Ed25519 key an X.509 SubjectPublicKeyInfo. */
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final Pattern KEY = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern SIGNATURE = Pattern.compile("[0-9a-fA-F]{128}");
    private static final Pattern UNIX_SECONDS = Pattern.compile("\\d{1,12}");

    private final Clock clock;

    DiscordSignature(Clock clock) {
        this.clock = clock;
    }

    boolean isValid(WebhookRequest request, Credentials secrets) {
        Optional<String> key = DiscordCredentials.find(secrets, DiscordCredentials.PUBLIC_KEY);
        String signature = request.header(SIGNATURE_HEADER);
        String timestamp = request.header(TIMESTAMP_HEADER);
        if (key.isEmpty() || !KEY.matcher(key.get()).matches() || signature == null
                || !SIGNATURE.matcher(signature).matches() || timestamp == null
                || request.body() == null || !isRecent(timestamp)) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey(key.get()));
            verifier.update(timestamp.getBytes(StandardCharsets.UTF_8));
            verifier.update(request.body());
            return verifier.verify(HexFormat.of().parseHex(signature));
        } catch (GeneralSecurityException notAKeyOrSignature) {
            // A key that is no point on the curve, or a signature that is no encoding of one.
            return false;
        }
    }

    private boolean isRecent(String timestamp) {
        if (!UNIX_SECONDS.matcher(timestamp).matches()) {
            return false;
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp));
        return skew <= TOLERANCE.toSeconds();
    }

    private static PublicKey publicKey(String hex) throws GeneralSecurityException {
        byte[] raw = HexFormat.of().parseHex(hex);
        byte[] spki = new byte[SPKI_PREFIX.length + raw.length];
        System.arraycopy(SPKI_PREFIX, 0, spki, 0, SPKI_PREFIX.length);
        System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, raw.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    }
}
