package io.outeract.adapters;

/** Where the platform should deliver webhooks, and the secret token it should send with each. */
public record WebhookRegistration(String url, String secretToken) {

    @Override
    public String toString() {
        return "WebhookRegistration[url hidden, secretToken hidden]";
    }
}
