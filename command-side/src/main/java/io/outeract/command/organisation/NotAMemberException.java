package io.outeract.command.organisation;

import java.util.UUID;

/** The admin asking is not a member of the organisation, so may not change it. */
public class NotAMemberException extends IllegalStateException {

    public NotAMemberException(UUID organisationId) {
        super("Only members of organisation " + organisationId + " may change it");
    }
}
