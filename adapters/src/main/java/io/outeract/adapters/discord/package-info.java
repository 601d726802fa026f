/**
 * Discord's HTTP interactions and Webhook Events behind
 * {@link io.outeract.adapters.PlatformAdapter}: deliveries signed with Ed25519 by the
 * application's key, slash commands and component clicks read as received messages, and sends
 * with Create Message under the bot token, which travels in a header only and is never logged.
 * Ordinary channel messages reach bots only over the Gateway, which this package does not
 * speak.
 */
package io.outeract.adapters.discord;
