package io.outeract.command.connection;

import java.util.UUID;

/** No connection with that id belongs to the application asking. */
public class ConnectionNotFoundException extends IllegalArgumentException {

    public ConnectionNotFoundException(UUID connectionId) {
        super("No connection " + connectionId + " in this application");
    }
}
