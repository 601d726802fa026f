/**
 * The write side: one aggregate per package, the command handlers that need more than one
 * aggregate (a lookup table, a batch), and the handlers with outside effects (platform sends,
 * webhook registration), which never run again on replay.
 */
package io.outeract.command;
