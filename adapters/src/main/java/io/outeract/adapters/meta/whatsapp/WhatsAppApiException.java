package io.outeract.adapters.meta.whatsapp;

/** WhatsApp refused a management call (subscribing the app), or could not be reached for it. */
public class WhatsAppApiException extends RuntimeException {

    public WhatsAppApiException(String message) {
        super(message);
    }

    public WhatsAppApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
