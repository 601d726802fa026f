package io.outeract.adapters.sms;

import io.outeract.contract.common.Credentials;
import java.util.Optional;

/**
 * The names under which an SMS connection keeps what it needs to speak to Twilio. Only the
 * account SID and auth token are secrets; the sender and the status callback travel here too
 * because a send is handed the connection's credentials and nothing else of it.
 */
public final class SmsCredentials {

    /** The Twilio account ({@code AC…}) whose Messages API sends. */
    public static final String ACCOUNT_SID = "account_sid";

    /** The account's auth token: the password of the API and the key of webhook signatures. */
    public static final String AUTH_TOKEN = "auth_token";

    /** The connection's own number in E.164, the {@code From} of its sends. */
    public static final String PHONE_NUMBER = "phone_number";

    /** A Messaging Service ({@code MG…}) that picks the sender instead; optional. */
    public static final String MESSAGING_SERVICE_SID = "messaging_service_sid";

    /** Where Twilio should post the statuses of sent messages; optional. */
    public static final String STATUS_CALLBACK_URL = "status_callback_url";

    private SmsCredentials() {
    }

    static Optional<String> find(Credentials credentials, String name) {
        String value = credentials.values().get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
