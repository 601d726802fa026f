package io.outeract.contract.inbound;

import java.util.List;

/** Record many webhook items in one unit of work; items seen before are skipped, not failed. */
public record RecordInboundBatchCommand(List<InboundRecord> records) {

    public RecordInboundBatchCommand {
        records = List.copyOf(records);
    }
}
