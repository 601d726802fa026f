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

    WebhookRegistration registrationFor(UUID connectionId, Credentials credentials) {
        String pathSecret = credentials.require(WebhookSecretNames.PATH_SECRET);
        return new WebhookRegistration(urlFor(connectionId, pathSecret),
                credentials.require(WebhookSecretNames.SECRET_TOKEN));
    }
}
