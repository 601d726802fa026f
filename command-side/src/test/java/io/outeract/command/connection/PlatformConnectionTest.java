package io.outeract.command.connection;

import static io.outeract.command.TestIds.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.outeract.command.credentials.ConnectionRecord;
import io.outeract.command.credentials.InMemoryCredentialVault;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.common.Platform;
import io.outeract.contract.connection.ActivateConnectionCommand;
import io.outeract.contract.connection.ConnectPlatformCommand;
import io.outeract.contract.connection.ConnectionActivatedEvent;
import io.outeract.contract.connection.ConnectionFailedEvent;
import io.outeract.contract.connection.DisconnectPlatformCommand;
import io.outeract.contract.connection.PlatformConnectedEvent;
import io.outeract.contract.connection.PlatformDisconnectedEvent;
import io.outeract.contract.connection.RecordConnectionFailureCommand;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlatformConnectionTest {

    private static final Instant NOW = Instant.parse("2025-05-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static final UUID CONNECTION = named("connection support bot on telegram");
    private static final UUID APPLICATION = named("application support bot");
    private static final UUID OTHER_APPLICATION = named("application of someone else");
    private static final String BOT_ACCOUNT = "7001";
    private static final String BOT_TOKEN = "7001:secret-bot-token";
    private static final Credentials CREDENTIALS = new Credentials(Map.of(
            "bot_token", BOT_TOKEN, "webhook_secret_token", "secret-webhook-token"));

    private static final ConnectPlatformCommand CONNECT = new ConnectPlatformCommand(
            CONNECTION, APPLICATION, Platform.TELEGRAM, BOT_ACCOUNT, "Support bot", CREDENTIALS);
    private static final DisconnectPlatformCommand DISCONNECT =
            new DisconnectPlatformCommand(CONNECTION, APPLICATION);

    private static final PlatformConnectedEvent CONNECTED = new PlatformConnectedEvent(
            CONNECTION, APPLICATION, Platform.TELEGRAM, BOT_ACCOUNT, "Support bot", NOW);
    private static final ConnectionActivatedEvent ACTIVATED =
            new ConnectionActivatedEvent(CONNECTION, APPLICATION, NOW);
    private static final ConnectionFailedEvent FAILED =
            new ConnectionFailedEvent(CONNECTION, APPLICATION, "Unauthorized", NOW);
    private static final PlatformDisconnectedEvent DISCONNECTED =
            new PlatformDisconnectedEvent(CONNECTION, APPLICATION, NOW);

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private InMemoryCredentialVault vault;
    private FixtureConfiguration<PlatformConnection> fixture;

    @BeforeEach
    void setUp() {
        vault = new InMemoryCredentialVault();
        fixture = new AggregateTestFixture<>(PlatformConnection.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerAnnotatedCommandHandler(
                new PlatformConnecting(fixture.getRepository(), vault, CLOCK));
    }

    @Test
    void connectsAPendingConnection() {
        fixture.givenNoPriorActivity()
                .when(CONNECT)
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(CONNECTION)
                .expectEvents(CONNECTED);
    }

    @Test
    void storesTheCredentialsOfANewConnectionInTheVault() {
        fixture.givenNoPriorActivity()
                .when(CONNECT)
                .expectSuccessfulHandlerExecution();

        assertThat(vault.credentials(CONNECTION)).contains(CREDENTIALS);
        assertThat(vault.find(CONNECTION)).contains(new ConnectionRecord(
                CONNECTION, APPLICATION, Platform.TELEGRAM, BOT_ACCOUNT, false));
    }

    @Test
    void neverWritesTheCredentialsIntoAnEvent() {
        fixture.givenNoPriorActivity()
                .when(CONNECT)
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        not(serialisedContaining(BOT_TOKEN)),
                        andNoMore())));
    }

    @Test
    void refusesAConnectionWithoutAPlatformAccount() {
        fixture.givenNoPriorActivity()
                .when(new ConnectPlatformCommand(
                        CONNECTION, APPLICATION, Platform.TELEGRAM, " ", "Bot", CREDENTIALS))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void activatesAPendingConnection() {
        fixture.given(CONNECTED)
                .when(new ActivateConnectionCommand(CONNECTION))
                .expectEvents(ACTIVATED);
    }

    @Test
    void activatesAnActiveConnectionOnlyOnce() {
        fixture.given(CONNECTED, ACTIVATED)
                .when(new ActivateConnectionCommand(CONNECTION))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void activatesAConnectionThatFailedBefore() {
        fixture.given(CONNECTED, FAILED)
                .when(new ActivateConnectionCommand(CONNECTION))
                .expectEvents(ACTIVATED);
    }

    @Test
    void neverActivatesADisconnectedConnection() {
        fixture.given(CONNECTED, DISCONNECTED)
                .when(new ActivateConnectionCommand(CONNECTION))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recordsTheFailureOfAConnection() {
        fixture.given(CONNECTED)
                .when(new RecordConnectionFailureCommand(CONNECTION, "Unauthorized"))
                .expectEvents(FAILED);
    }

    @Test
    void ignoresAFailureReportedAfterDisconnection() {
        fixture.given(CONNECTED, ACTIVATED, DISCONNECTED)
                .when(new RecordConnectionFailureCommand(CONNECTION, "Unauthorized"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void disconnectsAConnection() {
        fixture.givenCommands(CONNECT)
                .when(DISCONNECT)
                .expectSuccessfulHandlerExecution()
                .expectEvents(DISCONNECTED);
    }

    @Test
    void marksADisconnectedConnectionInTheVault() {
        fixture.givenCommands(CONNECT)
                .when(DISCONNECT)
                .expectSuccessfulHandlerExecution();

        assertThat(vault.find(CONNECTION))
                .hasValueSatisfying(found -> assertThat(found.disconnected()).isTrue());
    }

    @Test
    void refusesToDisconnectTheConnectionOfAnotherApplication() {
        fixture.givenCommands(CONNECT)
                .when(new DisconnectPlatformCommand(CONNECTION, OTHER_APPLICATION))
                .expectException(ConnectionNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void refusesToDisconnectAConnectionTheVaultDoesNotKnow() {
        fixture.given(CONNECTED)
                .when(DISCONNECT)
                .expectException(ConnectionNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void disconnectsAConnectionOnlyOnce() {
        fixture.givenCommands(CONNECT, DISCONNECT)
                .when(DISCONNECT)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private static Matcher<Object> serialisedContaining(String text) {
        return new FeatureMatcher<>(containsString(text), "an event serialised as", "json") {
            @Override
            protected String featureValueOf(Object event) {
                try {
                    return JSON.writeValueAsString(event);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }
}
