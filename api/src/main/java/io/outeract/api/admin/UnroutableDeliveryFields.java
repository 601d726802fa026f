package io.outeract.api.admin;

import graphql.schema.DataFetchingEnvironment;
import io.outeract.api.graphql.Fields;
import io.outeract.command.unroutable.UnroutableDeliveryLedger;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What shared webhooks carried for accounts that no connection claims. The payloads belong to
 * no tenant yet (they may hold anyone's messages), so only operators see them.
 */
@Component
class UnroutableDeliveryFields {

    private static final int MAX_FIRST = 500;

    private final UnroutableDeliveryLedger ledger;

    UnroutableDeliveryFields(UnroutableDeliveryLedger ledger) {
        this.ledger = ledger;
    }

    Map<String, Object> unroutableDeliveries(DataFetchingEnvironment env) {
        OperationsFields.requireOperator(env);
        int first = env.getArgumentOrDefault("first", 50);
        if (first < 1 || first > MAX_FIRST) {
            throw new IllegalArgumentException("first must be between 1 and " + MAX_FIRST);
        }

        List<Map<String, Object>> items = ledger.newest(first).stream()
                .map(UnroutableDeliveryFields::view).toList();
        return Fields.of("total", ledger.count(), "items", items);
    }

    private static Map<String, Object> view(UnroutableDeliveryLedger.Entry entry) {
        return Fields.of("id", entry.deliveryId(),
                "platformName", entry.platform() == null ? null : entry.platform().wireName(),
                "externalAccountId", entry.externalAccountId(),
                "reason", entry.reason(),
                "payload", entry.payload(),
                "firstReceivedAt", Fields.text(entry.firstReceivedAt()),
                "lastReceivedAt", Fields.text(entry.lastReceivedAt()),
                "timesReceived", entry.timesReceived());
    }
}
