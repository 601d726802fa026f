/**
 * The Admin API at {@code /admin}: organisations, applications, connections and API keys, for
 * admins signed in with a JWT. Every field checks that the admin belongs to the organisation.
 */
package io.outeract.api.admin;
