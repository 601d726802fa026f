/**
 * The messages Outeract's modules exchange: commands (imperative), events (past tense) and
 * queries (what they find), as Java records. This module depends on nothing of Outeract's own,
 * so every other module can depend on it.
 */
package io.outeract.contract;
