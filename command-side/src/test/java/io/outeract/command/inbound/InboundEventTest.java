package io.outeract.command.inbound;

import static io.outeract.command.inbound.InboundItems.APPLICATION;
import static io.outeract.command.inbound.InboundItems.FIRST_KEY;
import static io.outeract.command.inbound.InboundItems.buttonPressed;
import static io.outeract.command.inbound.InboundItems.buttonPressedEvent;
import static io.outeract.command.inbound.InboundItems.edited;
import static io.outeract.command.inbound.InboundItems.editedEvent;
import static io.outeract.command.inbound.InboundItems.received;
import static io.outeract.command.inbound.InboundItems.receivedEvent;

import io.outeract.contract.inbound.InboundBatchOutcome;
import io.outeract.contract.inbound.InboundRecord;
import io.outeract.contract.inbound.RecordInboundBatchCommand;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The inbound event of one webhook item. The fixture follows a single aggregate, so batches whose
 * items become several aggregates are specified in {@link InboundBatchRecordingTest}.
 */
class InboundEventTest {

    private FixtureConfiguration<InboundEvent> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InboundEvent.class);
        fixture.registerAnnotatedCommandHandler(
                new InboundRecorder(fixture.getRepository(), new RememberingInboundReceipts()));
    }

    @Test
    void recordsAReceivedMessage() {
        fixture.givenNoPriorActivity()
                .when(batchOf(received(APPLICATION, FIRST_KEY)))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(outcome(true))
                .expectEvents(receivedEvent(APPLICATION, FIRST_KEY));
    }

    @Test
    void recordsAnEditedMessage() {
        fixture.givenNoPriorActivity()
                .when(batchOf(edited(FIRST_KEY)))
                .expectResultMessagePayload(outcome(true))
                .expectEvents(editedEvent(FIRST_KEY));
    }

    @Test
    void recordsAnUpdateThatIsNotAMessageAsAPlatformEvent() {
        fixture.givenNoPriorActivity()
                .when(batchOf(buttonPressed(FIRST_KEY)))
                .expectResultMessagePayload(outcome(true))
                .expectEvents(buttonPressedEvent(FIRST_KEY));
    }

    @Test
    void skipsARedeliveredItem() {
        fixture.givenCommands(batchOf(received(APPLICATION, FIRST_KEY)))
                .when(batchOf(received(APPLICATION, FIRST_KEY)))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(outcome(false))
                .expectNoEvents();
    }

    @Test
    void recordsAnItemDeliveredTwiceInOneBatchOnce() {
        fixture.givenNoPriorActivity()
                .when(batchOf(received(APPLICATION, FIRST_KEY), received(APPLICATION, FIRST_KEY)))
                .expectResultMessagePayload(outcome(true, false))
                .expectEvents(receivedEvent(APPLICATION, FIRST_KEY));
    }

    private static RecordInboundBatchCommand batchOf(InboundRecord... records) {
        return new RecordInboundBatchCommand(List.of(records));
    }

    private static InboundBatchOutcome outcome(Boolean... recorded) {
        return new InboundBatchOutcome(List.of(recorded));
    }
}
