/**
 * What the fault suite needs around the server under test: the server as a process of its own,
 * a fake Telegram, a TCP proxy in front of PostgreSQL, an HTTP client, a load generator with its
 * oracle, and direct reads of the database to check what was stored.
 */
package io.outeract.faults.support;
