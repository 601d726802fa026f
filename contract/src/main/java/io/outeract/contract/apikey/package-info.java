/** Developer API keys of an application. Events carry a key's hash, never its secret. */
package io.outeract.contract.apikey;
