package io.outeract.adapters;

import java.util.UUID;

/** Which connection a webhook arrived for, and the platform account it speaks for (a bot id). */
public record ConnectionContext(UUID connectionId, String externalAccountId) {
}
