package io.outeract.command.apikey;

import java.util.UUID;

/** No API key with that id belongs to the application asking. */
public class ApiKeyNotFoundException extends IllegalArgumentException {

    public ApiKeyNotFoundException(UUID apiKeyId) {
        super("No API key " + apiKeyId + " in this application");
    }
}
