package io.outeract.command.organisation;

import java.util.UUID;

/** The organisation owns no application with that id. */
public class ApplicationNotFoundException extends IllegalArgumentException {

    public ApplicationNotFoundException(UUID applicationId) {
        super("No application " + applicationId + " in this organisation");
    }
}
