package io.outeract.command.inbound;

import java.util.Collection;
import java.util.Set;

/**
 * The deduplication keys of every item ever recorded. Claiming keys and appending their events
 * happen in one transaction, so a key is claimed exactly when its event is stored.
 */
public interface InboundReceipts {

    /** Claims the keys not claimed before and returns those; a key given twice counts once. */
    Set<String> claimNew(Collection<String> dedupeKeys);
}
