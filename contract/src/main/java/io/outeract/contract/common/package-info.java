/** Value types shared by commands, events and queries of several aggregates. */
package io.outeract.contract.common;
