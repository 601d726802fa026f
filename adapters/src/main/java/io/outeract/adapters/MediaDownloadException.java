package io.outeract.adapters;

/**
 * A media item could not be downloaded. {@code retryable} says whether a later attempt may
 * succeed (a timeout, a 5xx) or never will (the media id expired, the checksum did not match).
 */
public class MediaDownloadException extends Exception {

    private final boolean retryable;

    public MediaDownloadException(String reason, boolean retryable) {
        super(reason);
        this.retryable = retryable;
    }

    public MediaDownloadException(String reason, boolean retryable, Throwable cause) {
        super(reason, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
