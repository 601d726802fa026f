package io.outeract.api.security;

/** The caller's credentials are missing, malformed, expired or wrong. */
public class AuthenticationFailedException extends RuntimeException {

    public AuthenticationFailedException(String message) {
        super(message, null, false, false);
    }
}
