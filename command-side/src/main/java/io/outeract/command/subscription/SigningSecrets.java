package io.outeract.command.subscription;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Standard Webhooks signing secrets: {@code whsec_} and the base64 of 32 random bytes. The HMAC
 * key is those bytes, the base64-decoded part.
 */
public final class SigningSecrets {

    static final String PREFIX = "whsec_";
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SigningSecrets() {
    }

    public static String generate() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    static byte[] keyOf(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("A signing secret starts with " + PREFIX);
        }
        byte[] key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        if (key.length < 24 || key.length > 64) {
            throw new IllegalArgumentException("A signing secret holds 24 to 64 bytes");
        }
        return key;
    }
}
