/**
 * Read models as of a time: the projections' tables rebuilt, as they stood at an instant, into a
 * schema of their own, {@code asof_<short id>}, by replaying the event store up to that instant
 * through fresh instances of the projection classes, and queried there. The live read models
 * are never written; only the projections run, never a handler with outside effects.
 */
package io.outeract.query.asof;
