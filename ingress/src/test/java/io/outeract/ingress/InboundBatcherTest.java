package io.outeract.ingress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.outeract.contract.common.Platform;
import io.outeract.contract.inbound.InboundBatchOutcome;
import io.outeract.contract.inbound.InboundRecord;
import io.outeract.contract.inbound.RecordInboundBatchCommand;
import io.outeract.contract.inbound.RecordPlatformEventCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the batcher gathers webhooks into units of work, and what a webhook is told. */
class InboundBatcherTest {

    private final CommandGateway commands = mock(CommandGateway.class);
    private final List<RecordInboundBatchCommand> committed =
            Collections.synchronizedList(new ArrayList<>());
    private InboundBatcher batcher;

    @AfterEach
    void stopBatcher() {
        if (batcher != null) {
            batcher.stop();
        }
    }

    @Test
    void webhooksWaitingTogetherAreRecordedInOneBatchAndEachLearnsItsOwnOutcome()
            throws Exception {
        CountDownLatch firstCommitHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        answerEveryRecordAsNewAfter(firstCommitHeld, release);
        batcher = started(500);

        CompletableFuture<List<Boolean>> first = batcher.record(records(1));
        firstCommitHeld.await(5, TimeUnit.SECONDS);
        CompletableFuture<List<Boolean>> second = batcher.record(records(2));
        CompletableFuture<List<Boolean>> third = batcher.record(records(3));
        release.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).containsExactly(true);
        assertThat(second.get(5, TimeUnit.SECONDS)).containsExactly(true, true);
        assertThat(third.get(5, TimeUnit.SECONDS)).containsExactly(true, true, true);
        assertThat(committed).hasSize(2);
        assertThat(committed.get(1).records()).hasSize(5);
    }

    @Test
    void aFailingBatchIsRetriedWebhookByWebhookSoOnlyTheBadOneIsRefused() throws Exception {
        InboundRecord poison = records(1).get(0);
        when(commands.sendAndWait(any(), anyLong(), any())).thenAnswer(call -> {
            RecordInboundBatchCommand batch = call.getArgument(0);
            if (batch.records().contains(poison)) {
                throw new IllegalStateException("the database refused the batch");
            }
            return new InboundBatchOutcome(batch.records().stream().map(any -> true).toList());
        });
        batcher = started(500);

        CompletableFuture<List<Boolean>> bad = batcher.record(List.of(poison));
        CompletableFuture<List<Boolean>> good = batcher.record(records(2));

        assertThat(good.get(5, TimeUnit.SECONDS)).containsExactly(true, true);
        assertThat(bad).failsWithin(Duration.ofSeconds(5))
                .withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(WebhookRefusal.class);
    }

    @Test
    void aFullQueueRefusesAtOnceSoThePlatformRetriesLater() {
        batcher = new InboundBatcher(commands, 1, 500, 1, Duration.ofSeconds(5));

        CompletableFuture<List<Boolean>> refused = batcher.record(records(1));

        assertThat(refused).isCompletedExceptionally();
    }

    @Test
    void aWebhookWithoutItemsIsAcknowledgedWithoutAUnitOfWork() throws Exception {
        batcher = started(500);

        assertThat(batcher.record(List.of()).get(1, TimeUnit.SECONDS)).isEmpty();
        assertThat(committed).isEmpty();
    }

    private void answerEveryRecordAsNewAfter(CountDownLatch held, CountDownLatch release) {
        when(commands.sendAndWait(any(), anyLong(), any())).thenAnswer(call -> {
            RecordInboundBatchCommand batch = call.getArgument(0);
            committed.add(batch);
            held.countDown();
            release.await(5, TimeUnit.SECONDS);
            return new InboundBatchOutcome(batch.records().stream().map(any -> true).toList());
        });
    }

    private InboundBatcher started(int maxBatch) {
        InboundBatcher started = new InboundBatcher(commands, 100, maxBatch, 1,
                Duration.ofSeconds(5));
        started.start();
        return started;
    }

    private static List<InboundRecord> records(int count) {
        List<InboundRecord> records = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            records.add(new RecordPlatformEventCommand(UUID.randomUUID(), UUID.randomUUID(),
                    UUID.randomUUID(), Platform.TELEGRAM, "telegram:1:update:" + UUID.randomUUID(),
                    "poll", null, "{}", Instant.EPOCH, Instant.EPOCH));
        }
        return records;
    }
}
