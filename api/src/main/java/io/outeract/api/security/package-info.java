/**
 * Who is calling: admins by JWT (our own, or an external issuer's), applications by API key.
 * Secrets are compared in constant time and stored only as hashes.
 */
package io.outeract.api.security;
