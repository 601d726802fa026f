/**
 * The fault suite of issue #3: the server jar run as a process of its own and put through
 * crashes, PostgreSQL outages, redelivery storms, failing platforms, poison events and bad
 * input. See docs/faults.md.
 */
package io.outeract.faults;
