package io.outeract.adapters.slack;

/** Slack refused an installation call (oauth.v2.access), or could not be reached for it. */
public class SlackApiException extends RuntimeException {

    public SlackApiException(String message) {
        super(message);
    }

    public SlackApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
