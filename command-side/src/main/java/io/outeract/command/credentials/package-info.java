/**
 * The credential vault: each connection's platform secrets, encrypted at rest with a key from
 * configuration. This command-side table is the one place secrets live; events never hold them.
 */
package io.outeract.command.credentials;
