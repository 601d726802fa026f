package io.outeract.adapters.meta;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Meta's {@code X-Hub-Signature-256}: {@code sha256=} and the lowercase hex HMAC-SHA256 of the
 * raw body bytes, keyed with the Meta app's secret. The body is checked exactly as it arrived,
 * because Meta escapes non-ASCII characters and re-encoded JSON would not match.
 */
public final class MetaSignature {

    public static final String HEADER = "X-Hub-Signature-256";

    private static final String PREFIX = "sha256=";

    private MetaSignature() {
    }

    /**
     * Whether {@code header} signs {@code body} with one of the app secrets. Every secret is
     * tried, so that the time taken does not tell which one came close.
     */
    public static boolean isValid(byte[] body, String header, List<String> appSecrets) {
        if (header == null || !header.startsWith(PREFIX) || appSecrets.isEmpty()) {
            return false;
        }
        byte[] given = header.substring(PREFIX.length()).toLowerCase(java.util.Locale.ROOT)
                .getBytes(StandardCharsets.US_ASCII);
        boolean valid = false;
        for (String secret : appSecrets) {
            byte[] expected = sign(body, secret).getBytes(StandardCharsets.US_ASCII);
            valid |= MessageDigest.isEqual(expected, given);
        }
        return valid;
    }

    /** The header value Meta would send for this body; tests and fakes sign with it. */
    public static String headerFor(byte[] body, String appSecret) {
        return PREFIX + sign(body, appSecret);
    }

    private static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
