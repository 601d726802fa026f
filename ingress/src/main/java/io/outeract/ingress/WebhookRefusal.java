package io.outeract.ingress;

import org.springframework.http.HttpStatus;

/** Why a webhook was refused, with the HTTP status the platform gets; nothing of it was stored. */
public class WebhookRefusal extends RuntimeException {

    private final HttpStatus status;

    public WebhookRefusal(HttpStatus status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
