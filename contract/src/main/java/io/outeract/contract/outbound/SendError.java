package io.outeract.contract.outbound;

/** Why a send did not succeed: Outeract's code for it, and the platform's own code and words. */
public record SendError(String code, String platformCode, String description) {
}
