package io.outeract.command.inbound;

import io.outeract.contract.inbound.InboundBatchOutcome;
import io.outeract.contract.inbound.InboundRecord;
import io.outeract.contract.inbound.RecordInboundBatchCommand;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Records a batch of webhook items in one unit of work: one transaction, one commit, however
 * many items. Batching is what lets ingestion keep up with platforms; see docs/ingestion.md.
 */
@Component
class InboundRecorder {

    private final Repository<InboundEvent> inboundEvents;
    private final InboundReceipts receipts;

    InboundRecorder(Repository<InboundEvent> inboundEvents, InboundReceipts receipts) {
        this.inboundEvents = inboundEvents;
        this.receipts = receipts;
    }

    @CommandHandler
    InboundBatchOutcome handle(RecordInboundBatchCommand batch) throws Exception {
        Set<String> fresh = new HashSet<>(receipts.claimNew(
                batch.records().stream().map(InboundRecorder::receiptKey).toList()));

        List<Boolean> recorded = new ArrayList<>(batch.records().size());
        for (InboundRecord record : batch.records()) {
            boolean isNew = fresh.remove(receiptKey(record));
            if (isNew) {
                MetaData origin = MetaData.from(
                        batch.origins().getOrDefault(record.eventId(), Map.of()));
                inboundEvents.newInstance(() -> new InboundEvent(record, origin));
            }
            recorded.add(isNew);
        }
        return new InboundBatchOutcome(recorded);
    }

    /** Keys are the platform's, so they are kept apart per application. */
    private static String receiptKey(InboundRecord record) {
        return record.applicationId() + ":" + record.dedupeKey();
    }
}
