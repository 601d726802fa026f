/**
 * Platform connections: one bot, page or number of one application on one platform. Secrets
 * travel in commands only; events say what happened without them.
 */
package io.outeract.contract.connection;
