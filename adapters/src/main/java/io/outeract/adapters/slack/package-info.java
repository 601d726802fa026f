/**
 * Slack's Events API and Web API behind {@link io.outeract.adapters.PlatformAdapter}: deliveries
 * signed with the app's signing secret over the raw bytes, events read from their
 * {@code event_callback} wrapper, and sends with {@code chat.postMessage} under the bot token,
 * which travels in a header only and is never logged.
 */
package io.outeract.adapters.slack;
