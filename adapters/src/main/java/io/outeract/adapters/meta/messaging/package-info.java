/**
 * Facebook Messenger and Instagram direct messages behind
 * {@link io.outeract.adapters.PlatformAdapter}. Both speak the Messenger Platform: webhooks of
 * {@code entry[].messaging[]} events (object {@code page} or {@code instagram}) through the one
 * Meta webhook, and the Send API of the Graph API. One reader and one sender serve both,
 * parametrised by {@link io.outeract.adapters.meta.messaging.MessagingPlatform}; the two adapters
 * only choose the platform.
 */
package io.outeract.adapters.meta.messaging;
