package io.outeract.command.inbound;

import static io.outeract.command.inbound.InboundItems.APPLICATION;
import static io.outeract.command.inbound.InboundItems.FIRST_KEY;
import static io.outeract.command.inbound.InboundItems.OTHER_APPLICATION;
import static io.outeract.command.inbound.InboundItems.SECOND_KEY;
import static io.outeract.command.inbound.InboundItems.THIRD_KEY;
import static io.outeract.command.inbound.InboundItems.buttonPressed;
import static io.outeract.command.inbound.InboundItems.buttonPressedEvent;
import static io.outeract.command.inbound.InboundItems.edited;
import static io.outeract.command.inbound.InboundItems.editedEvent;
import static io.outeract.command.inbound.InboundItems.received;
import static io.outeract.command.inbound.InboundItems.receivedEvent;
import static org.assertj.core.api.Assertions.assertThat;

import io.outeract.contract.inbound.InboundBatchOutcome;
import io.outeract.contract.inbound.InboundRecord;
import io.outeract.contract.inbound.RecordInboundBatchCommand;
import java.util.List;
import org.axonframework.commandhandling.AnnotationCommandHandlerAdapter;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Batches whose items become several inbound events, sent through a real command bus to the
 * recorder and stored in an in-memory event store: the aggregate fixture follows one aggregate
 * only, and a batch is exactly the case of many.
 */
class InboundBatchRecordingTest {

    private InMemoryEventStorageEngine storage;
    private EmbeddedEventStore eventStore;
    private CommandGateway commands;

    @BeforeEach
    void setUp() {
        storage = new InMemoryEventStorageEngine();
        eventStore = EmbeddedEventStore.builder().storageEngine(storage).build();
        EventSourcingRepository<InboundEvent> inboundEvents =
                EventSourcingRepository.builder(InboundEvent.class).eventStore(eventStore).build();
        SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
        new AnnotationCommandHandlerAdapter<>(
                new InboundRecorder(inboundEvents, new RememberingInboundReceipts()))
                .subscribe(commandBus);
        commands = DefaultCommandGateway.builder().commandBus(commandBus).build();
    }

    @AfterEach
    void tearDown() {
        eventStore.shutDown();
    }

    @Test
    void recordsOneEventForEachNewItemOfABatch() {
        InboundBatchOutcome outcome = record(received(APPLICATION, FIRST_KEY),
                edited(SECOND_KEY), buttonPressed(THIRD_KEY));

        assertThat(outcome.recorded()).containsExactly(true, true, true);
        assertThat(storedEvents()).containsExactly(receivedEvent(APPLICATION, FIRST_KEY),
                editedEvent(SECOND_KEY), buttonPressedEvent(THIRD_KEY));
    }

    @Test
    void recordsOnlyTheItemsNotSeenBefore() {
        record(received(APPLICATION, FIRST_KEY));

        InboundBatchOutcome outcome = record(received(APPLICATION, FIRST_KEY),
                received(APPLICATION, SECOND_KEY));

        assertThat(outcome.recorded()).containsExactly(false, true);
        assertThat(storedEvents()).containsExactly(receivedEvent(APPLICATION, FIRST_KEY),
                receivedEvent(APPLICATION, SECOND_KEY));
    }

    @Test
    void recordsAnItemGivenTwiceInOneBatchOnce() {
        InboundBatchOutcome outcome = record(received(APPLICATION, FIRST_KEY),
                received(APPLICATION, SECOND_KEY), received(APPLICATION, FIRST_KEY));

        assertThat(outcome.recorded()).containsExactly(true, true, false);
        assertThat(storedEvents()).containsExactly(receivedEvent(APPLICATION, FIRST_KEY),
                receivedEvent(APPLICATION, SECOND_KEY));
    }

    @Test
    void keepsTheKeysOfEachApplicationApart() {
        InboundBatchOutcome outcome = record(received(APPLICATION, FIRST_KEY),
                received(OTHER_APPLICATION, FIRST_KEY));

        assertThat(outcome.recorded()).containsExactly(true, true);
        assertThat(storedEvents()).containsExactly(receivedEvent(APPLICATION, FIRST_KEY),
                receivedEvent(OTHER_APPLICATION, FIRST_KEY));
    }

    @Test
    void answersAnEmptyBatchWithAnEmptyOutcome() {
        InboundBatchOutcome outcome = record();

        assertThat(outcome.recorded()).isEmpty();
        assertThat(storedEvents()).isEmpty();
    }

    private InboundBatchOutcome record(InboundRecord... records) {
        return commands.sendAndWait(new RecordInboundBatchCommand(List.of(records)));
    }

    private List<Object> storedEvents() {
        return storage.readEvents(null, false)
                .<Object>map(EventMessage::getPayload)
                .toList();
    }
}
