package io.outeract.command.subscription;

/**
 * What one call to an endpoint gave: the status code (null when no answer came), the first
 * bytes of the body, or the error that stopped it.
 */
record CallResult(Integer statusCode, long latencyMillis, String responseBody, String error) {

    boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    boolean gone() {
        return statusCode != null && statusCode == 410;
    }
}
