package io.outeract.adapters;

/**
 * A webhook body that is not what the platform sends: the caller answers 400 and stores nothing.
 */
public class MalformedWebhookException extends RuntimeException {

    public MalformedWebhookException(String message) {
        super(message);
    }

    public MalformedWebhookException(String message, Throwable cause) {
        super(message, cause);
    }
}
