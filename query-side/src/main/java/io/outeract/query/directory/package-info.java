/**
 * Who owns what: organisations and their admins, applications, platform connections and API
 * keys, projected by the processing group {@code directory}. Each of these rows is written by
 * the events of one aggregate, which Axon delivers in order, so plain updates suffice; creations
 * are {@code ON CONFLICT DO NOTHING} because a stolen claim handles a batch again.
 */
package io.outeract.query.directory;
