/** Connects the ingress module's webhooks to the credential vault of the command side. */
package io.outeract.api.webhook;
