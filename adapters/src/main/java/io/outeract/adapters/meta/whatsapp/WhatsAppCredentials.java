package io.outeract.adapters.meta.whatsapp;

import io.outeract.contract.common.Credentials;
import java.util.Optional;

/** The names under which a WhatsApp connection keeps its secrets and ids. */
public final class WhatsAppCredentials {

    /** A system-user or business access token; it authorises every Graph API call. */
    public static final String ACCESS_TOKEN = "access_token";

    /** The business phone number's id: where messages are sent from, and how webhooks route. */
    public static final String PHONE_NUMBER_ID = "phone_number_id";

    /** The WhatsApp Business Account that owns the number, which Outeract's app subscribes to. */
    public static final String WABA_ID = "waba_id";

    private WhatsAppCredentials() {
    }

    static Optional<String> find(Credentials credentials, String name) {
        String value = credentials.values().get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
