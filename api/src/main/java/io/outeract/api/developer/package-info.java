/**
 * The Developer API at {@code /} and {@code /v1}, for applications calling with an API key.
 * Every fetcher takes the application from the authenticated key and puts it into the query
 * record, whose type refuses to exist without one: no field can read another tenant's rows.
 */
package io.outeract.api.developer;
