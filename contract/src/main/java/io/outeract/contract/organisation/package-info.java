/** Organisations and the applications they own: the top of Outeract's tenancy. */
package io.outeract.contract.organisation;
