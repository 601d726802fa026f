package io.outeract.adapters;

/** Outeract's own codes for why a send failed, the same on every platform. */
public final class SendErrorCodes {

    public static final String RATE_LIMITED = "RATE_LIMITED";
    public static final String PLATFORM_UNAVAILABLE = "PLATFORM_UNAVAILABLE";
    public static final String PLATFORM_UNREACHABLE = "PLATFORM_UNREACHABLE";
    public static final String RECIPIENT_NOT_FOUND = "RECIPIENT_NOT_FOUND";
    public static final String RECIPIENT_UNREACHABLE = "RECIPIENT_UNREACHABLE";
    public static final String INVALID_REQUEST = "INVALID_REQUEST";
    /** WhatsApp: the 24-hour customer service window is closed; only a template can go. */
    public static final String TEMPLATE_REQUIRED = "TEMPLATE_REQUIRED";
    /** Messenger, Instagram: the 24-hour window is closed and the message carries no tag. */
    public static final String OUTSIDE_MESSAGING_WINDOW = "OUTSIDE_MESSAGING_WINDOW";
    /** The recipient opted out (an SMS STOP, say); sending again would break the law or rules. */
    public static final String RECIPIENT_OPTED_OUT = "RECIPIENT_OPTED_OUT";
    public static final String UNAUTHORIZED = "UNAUTHORIZED";
    public static final String CONNECTION_UNAVAILABLE = "CONNECTION_UNAVAILABLE";
    public static final String OUTCOME_UNKNOWN = "OUTCOME_UNKNOWN";
    /** Outeract's own file storage failed while reading a file to send; nothing was sent. */
    public static final String FILE_STORAGE_UNAVAILABLE = "FILE_STORAGE_UNAVAILABLE";
    public static final String RETRIES_EXHAUSTED = "RETRIES_EXHAUSTED";

    private SendErrorCodes() {
    }
}
