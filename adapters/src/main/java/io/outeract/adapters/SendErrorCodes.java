package io.outeract.adapters;

/** Outeract's own codes for why a send failed, the same on every platform. */
public final class SendErrorCodes {

    public static final String RATE_LIMITED = "RATE_LIMITED";
    public static final String PLATFORM_UNAVAILABLE = "PLATFORM_UNAVAILABLE";
    public static final String PLATFORM_UNREACHABLE = "PLATFORM_UNREACHABLE";
    public static final String RECIPIENT_NOT_FOUND = "RECIPIENT_NOT_FOUND";
    public static final String RECIPIENT_UNREACHABLE = "RECIPIENT_UNREACHABLE";
    public static final String INVALID_REQUEST = "INVALID_REQUEST";
    public static final String UNAUTHORIZED = "UNAUTHORIZED";
    public static final String CONNECTION_UNAVAILABLE = "CONNECTION_UNAVAILABLE";
    public static final String OUTCOME_UNKNOWN = "OUTCOME_UNKNOWN";
    public static final String RETRIES_EXHAUSTED = "RETRIES_EXHAUSTED";

    private SendErrorCodes() {
    }
}
