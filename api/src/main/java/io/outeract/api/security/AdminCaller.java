package io.outeract.api.security;

import java.util.UUID;

/** An authenticated admin: our own account, or a subject of the configured external issuer. */
public record AdminCaller(UUID adminId, String subject) {
}
