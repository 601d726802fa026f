package io.outeract.contract.query;

import java.util.UUID;

/**
 * Find an organisation's applications, or the application with the given id in any organisation.
 */
public record FindApplicationsQuery(UUID organisationId, UUID applicationId) {
}
