package io.outeract.api.admin;

import java.security.SecureRandom;
import java.util.Base64;

/** The secrets Outeract makes for a connection's webhook: 256 random bits, URL-safe. */
final class WebhookSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecrets() {
    }

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
