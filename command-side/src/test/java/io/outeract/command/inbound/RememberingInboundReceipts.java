package io.outeract.command.inbound;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Receipts kept in memory: a key claimed once, by any batch, is never new again. */
class RememberingInboundReceipts implements InboundReceipts {

    private final Set<String> claimed = new HashSet<>();

    @Override
    public Set<String> claimNew(Collection<String> dedupeKeys) {
        Set<String> fresh = new HashSet<>();
        for (String key : dedupeKeys) {
            if (claimed.add(key)) {
                fresh.add(key);
            }
        }
        return fresh;
    }
}
