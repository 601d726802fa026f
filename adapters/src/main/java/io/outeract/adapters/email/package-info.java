/**
 * Email behind {@link io.outeract.adapters.PlatformAdapter}: one connection is one mailbox.
 * Mail comes in through a Mailgun route that forwards each message to the connection's own
 * webhook, signed in the body with the connection's Mailgun signing key; Mailgun's delivery
 * events reach the same webhook as JSON. Mail goes out over SMTP submission with Jakarta Mail,
 * STARTTLS and AUTH. No password, signing key or message body is ever logged.
 */
package io.outeract.adapters.email;
