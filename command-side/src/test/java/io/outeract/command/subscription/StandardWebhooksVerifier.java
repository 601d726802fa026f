package io.outeract.command.subscription;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check of a Standard Webhooks signature, written from the specification and not
 * from Outeract's signer: strip {@code whsec_}, base64-decode the key, HMAC-SHA256 over
 * {@code id.timestamp.body}, and compare with each {@code v1,} entry of the header.
 */
final class StandardWebhooksVerifier {

    private StandardWebhooksVerifier() {
    }

    static boolean verifies(String secret, String id, String timestamp, String body,
            String signatureHeader) throws Exception {
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] expected = hmac.doFinal(
                (id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        for (String entry : signatureHeader.split(" ")) {
            String[] parts = entry.split(",", 2);
            if (parts.length == 2 && parts[0].equals("v1") && MessageDigest.isEqual(expected,
                    Base64.getDecoder().decode(parts[1]))) {
                return true;
            }
        }
        return false;
    }
}
