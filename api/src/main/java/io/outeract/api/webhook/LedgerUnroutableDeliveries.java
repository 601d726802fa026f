package io.outeract.api.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.outeract.command.unroutable.UnroutableDeliveryLedger;
import io.outeract.ingress.UnroutableDeliveries;
import io.outeract.ingress.UnroutableDelivery;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a shared webhook's unroutable deliveries in the command side's ledger, all of one
 * webhook in one transaction, and counts them in {@code outeract.webhooks.unroutable} by
 * platform, so that an account nobody connected shows on a dashboard, not only in a table.
 */
@Component
class LedgerUnroutableDeliveries implements UnroutableDeliveries {

    private final UnroutableDeliveryLedger ledger;
    private final TransactionTemplate transaction;
    private final MeterRegistry meters;

    LedgerUnroutableDeliveries(UnroutableDeliveryLedger ledger, TransactionTemplate transaction,
            MeterRegistry meters) {
        this.ledger = ledger;
        this.transaction = transaction;
        this.meters = meters;
    }

    @Override
    public void keep(List<UnroutableDelivery> deliveries) {
        transaction.executeWithoutResult(status -> deliveries.forEach(delivery -> ledger.keep(
                delivery.platform(), delivery.externalAccountId(), delivery.reason(),
                delivery.payload(), delivery.receivedAt())));

        for (UnroutableDelivery delivery : deliveries) {
            counterFor(delivery).increment();
        }
    }

    private Counter counterFor(UnroutableDelivery delivery) {
        String platform = delivery.platform() == null ? "unknown" : delivery.platform().wireName();
        return Counter.builder("outeract.webhooks.unroutable")
                .description("Shared-webhook deliveries that no connection claims")
                .tag("platform", platform)
                .register(meters);
    }
}
