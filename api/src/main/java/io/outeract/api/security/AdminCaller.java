package io.outeract.api.security;

import java.util.UUID;

/**
 * An authenticated admin: our own account, or a subject of the configured external issuer.
 * Operators may also see every tenant's dead letters and rebuild projections.
 */
public record AdminCaller(UUID adminId, String subject, boolean operator) {
}
