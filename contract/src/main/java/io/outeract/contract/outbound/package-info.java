/** Messages an application sends through a connection, from request to sent or failed. */
package io.outeract.contract.outbound;
