package io.outeract.command.connection;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.outeract.contract.connection.ActivateConnectionCommand;
import io.outeract.contract.connection.ConnectionActivatedEvent;
import io.outeract.contract.connection.ConnectionFailedEvent;
import io.outeract.contract.connection.DisconnectPlatformCommand;
import io.outeract.contract.connection.PlatformConnectedEvent;
import io.outeract.contract.connection.PlatformDisconnectedEvent;
import io.outeract.contract.connection.RecordConnectionFailureCommand;
import java.time.Clock;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One application's link to one platform account. It is pending until the platform accepts its
 * webhook, and a disconnected connection stays disconnected.
 */
@Aggregate
public class PlatformConnection {

    enum Status { PENDING, ACTIVE, FAILED, DISCONNECTED }

    @AggregateIdentifier
    private UUID connectionId;
    private UUID applicationId;
    private Status status;

    protected PlatformConnection() {
    }

    /** Created by {@link PlatformConnecting}, once the credentials are in the vault. */
    PlatformConnection(PlatformConnectedEvent connected) {
        apply(connected);
    }

    @CommandHandler
    void handle(ActivateConnectionCommand command, Clock clock) {
        if (status != Status.PENDING && status != Status.FAILED) {
            return;
        }

        apply(new ConnectionActivatedEvent(connectionId, applicationId, clock.instant()));
    }

    @CommandHandler
    void handle(RecordConnectionFailureCommand command, Clock clock) {
        if (status == Status.DISCONNECTED) {
            return;
        }

        apply(new ConnectionFailedEvent(
                connectionId, applicationId, command.reason(), clock.instant()));
    }

    void disconnect(DisconnectPlatformCommand command, Clock clock) {
        if (!applicationId.equals(command.applicationId())) {
            throw new ConnectionNotFoundException(command.connectionId());
        }
        if (status == Status.DISCONNECTED) {
            return;
        }

        apply(new PlatformDisconnectedEvent(connectionId, applicationId, clock.instant()));
    }

    @EventSourcingHandler
    void on(PlatformConnectedEvent event) {
        connectionId = event.connectionId();
        applicationId = event.applicationId();
        status = Status.PENDING;
    }

    @EventSourcingHandler
    void on(ConnectionActivatedEvent event) {
        status = Status.ACTIVE;
    }

    @EventSourcingHandler
    void on(ConnectionFailedEvent event) {
        status = Status.FAILED;
    }

    @EventSourcingHandler
    void on(PlatformDisconnectedEvent event) {
        status = Status.DISCONNECTED;
    }
}
