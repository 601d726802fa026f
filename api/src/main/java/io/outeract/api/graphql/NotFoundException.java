package io.outeract.api.graphql;

/** What was asked for does not exist, or not for this caller: the two look the same. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message, null, false, false);
    }
}
