/**
 * The event graph, projected by the processing group {@code event-graph}: every inbound and
 * outbound event of an application, who took part in it, the platform users and users that
 * inbound events reveal, and how far each outbound message got.
 *
 * <p>Rows must come out the same after a replay, yet the processor may show events out of their
 * global order (a late commit filling a gap; segments running side by side). So: every row is
 * placed by its event's own global index ({@link io.outeract.query.eventgraph.EventPositions}),
 * {@link io.outeract.query.eventgraph.EventGraphSequencingPolicy} keeps each connection's events
 * in one segment, and the projections decide by that position rather than by arrival: a
 * platform user's first sighting is the one at the lowest position, its names those of the
 * highest, and an outbound message's status only moves forward.
 *
 * <p>A participant row names a platform user by its derived id even when no such platform user
 * exists (the recipient of a send to a group chat, say). The row is kept so the table does not
 * depend on arrival order, and every reader joins {@code platform_user}: a participant counts
 * only once its platform user exists.
 */
package io.outeract.query.eventgraph;
