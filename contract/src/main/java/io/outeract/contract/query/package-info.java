/**
 * Queries and the views they return. Every query of an application's data names that
 * application first and refuses to exist without it: tenancy is part of the query's type.
 */
package io.outeract.contract.query;
