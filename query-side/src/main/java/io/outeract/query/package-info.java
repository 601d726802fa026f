/**
 * The query side: projections that keep read models in PostgreSQL, and the query handlers that
 * answer from them. Read models are rebuilt by a replay, so every write is idempotent and every
 * read of an application's data names that application in its SQL.
 */
package io.outeract.query;
