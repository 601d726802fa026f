package io.outeract.adapters.telegram;

/** Telegram refused a management call (setWebhook), or could not be reached for it. */
public class TelegramApiException extends RuntimeException {

    public TelegramApiException(String message) {
        super(message);
    }

    public TelegramApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
