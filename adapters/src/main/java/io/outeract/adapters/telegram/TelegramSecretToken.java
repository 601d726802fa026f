package io.outeract.adapters.telegram;

import io.outeract.adapters.WebhookRequest;
import io.outeract.contract.common.Credentials;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Telegram signs nothing: it echoes the secret_token given to setWebhook in a header on every
 * delivery, and that header is the whole proof that a request came from Telegram.
 */
final class TelegramSecretToken {

    static final String HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private TelegramSecretToken() {
    }

    static boolean isPresentedBy(WebhookRequest request, Credentials secrets) {
        Optional<String> expected =
                TelegramCredentials.find(secrets, TelegramCredentials.WEBHOOK_SECRET_TOKEN);
        String presented = request.header(HEADER);
        if (expected.isEmpty() || presented == null) {
            return false;
        }
        // isEqual takes as long as its first argument is long: the caller's, not the secret's.
        return MessageDigest.isEqual(
                presented.getBytes(StandardCharsets.UTF_8),
                expected.get().getBytes(StandardCharsets.UTF_8));
    }
}
