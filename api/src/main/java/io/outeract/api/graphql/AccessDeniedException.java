package io.outeract.api.graphql;

/** The caller is known but may not do this. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message, null, false, false);
    }
}
