package io.outeract.contract.common;

/**
 * An account on one platform as a webhook names it: the platform's own id for it, and the names
 * shown to people. Only {@code externalId} is required.
 */
public record PlatformAccount(String externalId, String displayName, String username, boolean bot) {

    public PlatformAccount {
        if (externalId == null || externalId.isBlank()) {
            throw new IllegalArgumentException("A platform account needs its external id");
        }
    }
}
