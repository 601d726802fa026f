package io.outeract.faults.support;

/** An organisation with one application, one Telegram bot connected and a key of every scope. */
public record Tenant(
        String organisationId,
        String applicationId,
        String connectionId,
        String botId,
        String webhookUrl,
        String webhookSecretToken,
        String apiKey) {

    /** The deduplication ledger's key of an update of this tenant's bot. */
    public String receiptKey(long updateId) {
        return applicationId + ":" + dedupeKey(updateId);
    }

    /** The platform's deduplication key of an update of this tenant's bot. */
    public String dedupeKey(long updateId) {
        return "telegram:" + botId + ":update:" + updateId;
    }
}
