package io.outeract.command.outbound;

/** An idempotency key already named a different message; it cannot name this one too. */
public class IdempotencyKeyReusedException extends IllegalStateException {

    public IdempotencyKeyReusedException(String idempotencyKey) {
        super("The idempotency key '" + idempotencyKey
                + "' was already used for a different message");
    }
}
