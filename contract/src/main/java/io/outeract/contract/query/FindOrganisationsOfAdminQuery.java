package io.outeract.contract.query;

import java.util.UUID;

/** Find the organisations an admin is a member of, oldest first. */
public record FindOrganisationsOfAdminQuery(UUID adminId) {
}
