package io.outeract.ingress;

import io.outeract.contract.common.RequestOrigin;
import io.outeract.contract.inbound.InboundBatchOutcome;
import io.outeract.contract.inbound.InboundRecord;
import io.outeract.contract.inbound.RecordInboundBatchCommand;
import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Gathers the items of concurrent webhooks into batches recorded in one unit of work each. One
 * command per webhook costs a transaction per webhook; a batch shares one commit among hundreds.
 * A webhook's future completes only after its batch committed, so an acknowledgement always
 * means stored. The items of one webhook always travel in the same batch.
 */
@Component
public class InboundBatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboundBatcher.class);
    private static final Duration OUTAGE_PAUSE = Duration.ofSeconds(1);

    private record Pending(List<InboundRecord> records, Map<String, String> origin,
            CompletableFuture<List<Boolean>> outcome) {
    }

    private final CommandGateway commands;
    private final BlockingQueue<Pending> waiting;
    private final int maxBatch;
    private final int writers;
    private final Duration commitTimeout;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private volatile long refuseUntil = System.nanoTime();

    public InboundBatcher(CommandGateway commands,
            @Value("${outeract.ingest.queue-capacity:20000}") int capacity,
            @Value("${outeract.ingest.max-batch:500}") int maxBatch,
            @Value("${outeract.ingest.writers:2}") int writers,
            @Value("${outeract.ingest.commit-timeout:10s}") Duration commitTimeout) {
        this.commands = commands;
        this.waiting = new ArrayBlockingQueue<>(capacity);
        this.maxBatch = maxBatch;
        this.writers = writers;
        this.commitTimeout = commitTimeout;
    }

    /** Queues a webhook's items; the future tells, per item, whether it was new. */
    public CompletableFuture<List<Boolean>> record(List<InboundRecord> records) {
        CompletableFuture<List<Boolean>> outcome = new CompletableFuture<>();
        if (records.isEmpty()) {
            outcome.complete(List.of());
        } else if (!running || !waiting.offer(new Pending(records, originOfThisRequest(),
                outcome))) {
            outcome.completeExceptionally(new WebhookRefusal(HttpStatus.SERVICE_UNAVAILABLE,
                    "Outeract is not accepting webhooks right now; retry later"));
        }
        return outcome;
    }

    @Override
    public void start() {
        running = true;
        for (int index = 0; index < writers; index++) {
            Thread thread = new Thread(this::writeUntilStopped, "outeract-inbound-writer-" + index);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    @Override
    public void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(commitTimeout.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        refuseWaiting();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the HTTP server, so webhooks already accepted still get their answer. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }

    private void writeUntilStopped() {
        while (running) {
            try {
                List<Pending> batch = nextBatch();
                if (!batch.isEmpty()) {
                    write(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private List<Pending> nextBatch() throws InterruptedException {
        List<Pending> batch = new ArrayList<>();
        Pending first = waiting.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
            return batch;
        }
        batch.add(first);
        int size = first.records().size();
        while (size < maxBatch) {
            Pending next = waiting.poll();
            if (next == null) {
                break;
            }
            batch.add(next);
            size += next.records().size();
        }
        return batch;
    }

    private void write(List<Pending> batch) {
        if (System.nanoTime() - refuseUntil < 0) {
            batch.forEach(pending -> pending.outcome().completeExceptionally(unavailable()));
            return;
        }
        try {
            complete(batch, commit(batch));
        } catch (RuntimeException | Error e) {
            // Whatever failed, the writer lives on: a dead writer would refuse every webhook.
            boolean unreachable = databaseUnreachable(e);
            if (unreachable) {
                // Until the next try, webhooks are refused at once instead of each waiting.
                refuseUntil = System.nanoTime() + OUTAGE_PAUSE.toNanos();
            }
            if (unreachable || batch.size() == 1) {
                refuse(batch, e, unreachable);
                return;
            }
            log.warn("Recording a batch of {} webhooks failed ({}); recording them one by one",
                    batch.size(), e.toString());
            batch.forEach(pending -> write(List.of(pending)));
        }
    }

    /** One by one would only wait for the database once per webhook before the same refusal. */
    private static boolean databaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof ConnectException
                    || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
        }
        return false;
    }

    private void refuse(List<Pending> batch, Throwable e, boolean unreachable) {
        if (unreachable) {
            log.error("PostgreSQL cannot be reached; {} webhooks were refused for the platforms "
                    + "to retry: {}", batch.size(), e.toString());
        } else {
            log.error("Recording {} webhooks failed; the platforms were told to retry",
                    batch.size(), e);
        }
        batch.forEach(pending -> pending.outcome().completeExceptionally(unavailable()));
    }

    private InboundBatchOutcome commit(List<Pending> batch) {
        List<InboundRecord> records = batch.stream()
                .flatMap(pending -> pending.records().stream()).toList();
        Map<UUID, Map<String, String>> origins = new HashMap<>();
        for (Pending pending : batch) {
            pending.records().forEach(record -> origins.put(record.eventId(), pending.origin()));
        }
        return commands.sendAndWait(new RecordInboundBatchCommand(records, origins),
                commitTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The webhook request being handled on this thread, for the history of its items. */
    private static Map<String, String> originOfThisRequest() {
        return RequestOrigin.current().map(RequestOrigin::asMetadata)
                .orElse(Map.of(RequestOrigin.SOURCE_KEY, RequestOrigin.WEBHOOK));
    }

    private static void complete(List<Pending> batch, InboundBatchOutcome outcome) {
        int offset = 0;
        for (Pending pending : batch) {
            int size = pending.records().size();
            pending.outcome().complete(outcome.recorded().subList(offset, offset + size));
            offset += size;
        }
    }

    private void refuseWaiting() {
        List<Pending> left = new ArrayList<>();
        waiting.drainTo(left);
        left.forEach(pending -> pending.outcome().completeExceptionally(unavailable()));
    }

    private static WebhookRefusal unavailable() {
        return new WebhookRefusal(HttpStatus.SERVICE_UNAVAILABLE,
                "The webhook could not be stored; retry later");
    }
}
