package io.outeract.command.connection;

import io.outeract.adapters.WebhookRegistration;
import io.outeract.adapters.WebhookSecretNames;
import io.outeract.contract.common.Credentials;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where a connection's webhook lives on this server's public address. */
@Component
public class WebhookAddresses {

    private final String publicBaseUrl;

    public WebhookAddresses(@Value("${outeract.public-base-url}") String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    public String urlFor(UUID connectionId, String pathSecret) {
        return publicBaseUrl + "/webhooks/" + connectionId + "/" + pathSecret;
    }

    /** The one webhook of every Meta connection (WhatsApp, Messenger, Instagram). */
    public String metaUrl() {
        return publicBaseUrl + "/webhooks/meta";
    }

    /**
     * A connection with a path secret has a URL of its own; one without is served by the shared
     * Meta webhook, whose verification is the Meta app's, not the connection's.
     */
    WebhookRegistration registrationFor(UUID connectionId, Credentials credentials) {
        String pathSecret = credentials.values().get(WebhookSecretNames.PATH_SECRET);
        if (pathSecret == null) {
            return new WebhookRegistration(metaUrl(), null);
        }
        // Only Telegram is told a secret token; the others sign their deliveries themselves.
        return new WebhookRegistration(urlFor(connectionId, pathSecret),
                credentials.values().get(WebhookSecretNames.SECRET_TOKEN));
    }
}
