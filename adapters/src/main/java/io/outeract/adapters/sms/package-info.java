/**
 * SMS and MMS through Twilio's Programmable Messaging behind
 * {@link io.outeract.adapters.PlatformAdapter}: form-encoded webhooks signed with the account's
 * auth token over the URL Twilio called and the sorted parameters, inbound messages and status
 * callbacks, and sends with the Messages API under basic auth, never logged.
 */
package io.outeract.adapters.sms;
