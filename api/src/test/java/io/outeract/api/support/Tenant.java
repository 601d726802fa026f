package io.outeract.api.support;

/** An organisation with one application, one Telegram bot connected and a key of every scope. */
public record Tenant(
        String organisationId,
        String applicationId,
        String connectionId,
        String botId,
        String webhookUrl,
        String webhookSecretToken,
        String apiKey) {
}
