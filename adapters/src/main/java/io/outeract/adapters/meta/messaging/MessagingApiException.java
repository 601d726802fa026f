package io.outeract.adapters.meta.messaging;

/** Meta refused a management call (a Page's subscription), or could not be reached for it. */
public class MessagingApiException extends RuntimeException {

    public MessagingApiException(String message) {
        super(message);
    }

    public MessagingApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
