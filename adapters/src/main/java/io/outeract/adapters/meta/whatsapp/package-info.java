/**
 * WhatsApp's Cloud API behind {@link io.outeract.adapters.PlatformAdapter}. Deliveries come
 * through the one Meta webhook of the app, signed with the app's secret, and are routed per
 * change by the business phone number id; sends, uploads, media downloads and health checks go
 * through {@link io.outeract.adapters.meta.GraphApi} with the connection's access token.
 */
package io.outeract.adapters.meta.whatsapp;
