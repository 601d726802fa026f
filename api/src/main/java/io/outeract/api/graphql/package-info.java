/**
 * What both GraphQL APIs share: how an endpoint is put together, authenticated and limited,
 * how errors are told to callers, and the opaque cursors of pagination.
 */
package io.outeract.api.graphql;
