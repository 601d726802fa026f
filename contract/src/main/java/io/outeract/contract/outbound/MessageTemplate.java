package io.outeract.contract.outbound;

/**
 * A pre-approved template message (WhatsApp's only way to open a conversation): its name, its
 * language code, and its components as the platform's JSON array, kept as text.
 */
public record MessageTemplate(String name, String language, String componentsJson) {
}
