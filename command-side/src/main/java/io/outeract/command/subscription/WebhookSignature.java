package io.outeract.command.subscription;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code webhook-signature} header of the Standard Webhooks specification: for each key,
 * {@code v1,} and the base64 HMAC-SHA256 of {@code id.timestamp.body}, space-separated.
 */
final class WebhookSignature {

    private WebhookSignature() {
    }

    static String header(List<byte[]> keys, String webhookId, long timestamp, byte[] body) {
        return keys.stream().map(key -> "v1," + sign(key, webhookId, timestamp, body))
                .collect(Collectors.joining(" "));
    }

    static String sign(byte[] key, String webhookId, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((webhookId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
