/**
 * Telegram's Bot API behind {@link io.outeract.adapters.PlatformAdapter}: webhooks authenticated
 * by the secret token Telegram echoes in a header, one update per delivery, and sends over HTTPS
 * with the bot token in the URL path, which is why no URL of this package is ever logged.
 */
package io.outeract.adapters.telegram;
