package io.outeract.ingress;

import java.util.List;

/**
 * Where a shared webhook keeps what it could not route, durably, before it acknowledges: the
 * platform stops retrying once answered, so this is the only copy there will be.
 */
public interface UnroutableDeliveries {

    void keep(List<UnroutableDelivery> deliveries);
}
