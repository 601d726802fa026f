package io.outeract.api.security;

/** Reads the token out of an {@code Authorization: Bearer ...} header. */
final class BearerTokens {

    private static final String PREFIX = "Bearer ";

    private BearerTokens() {
    }

    static String from(String authorizationHeader) {
        if (authorizationHeader == null || authorizationHeader.isBlank()) {
            throw new AuthenticationFailedException(
                    "Authentication required: send 'Authorization: Bearer <token>'");
        }
        if (!authorizationHeader.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw new AuthenticationFailedException(
                    "The Authorization header must use the Bearer scheme");
        }
        return authorizationHeader.substring(PREFIX.length()).strip();
    }
}
