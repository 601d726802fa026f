package io.outeract.adapters.meta;

import io.outeract.adapters.WebhookReply;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * Meta's subscription handshake: a GET with {@code hub.mode=subscribe}, the verify token typed
 * in the App Dashboard, and a challenge to echo. Anything else is refused with 403.
 */
public final class MetaHandshake {

    private MetaHandshake() {
    }

    public static WebhookReply answer(Map<String, String> query, String verifyToken) {
        String mode = query.get("hub.mode");
        String token = query.get("hub.verify_token");
        String challenge = query.get("hub.challenge");

        boolean tokenMatches = verifyToken != null && !verifyToken.isBlank() && token != null
                && MessageDigest.isEqual(verifyToken.getBytes(StandardCharsets.UTF_8),
                        token.getBytes(StandardCharsets.UTF_8));
        if (!"subscribe".equals(mode) || !tokenMatches) {
            return new WebhookReply(403, "text/plain",
                    "The handshake needs hub.mode=subscribe and the configured verify token");
        }
        if (challenge == null || challenge.isEmpty() || challenge.length() > 512) {
            return new WebhookReply(400, "text/plain", "The handshake has no hub.challenge");
        }
        return new WebhookReply(200, "text/plain", challenge);
    }
}
