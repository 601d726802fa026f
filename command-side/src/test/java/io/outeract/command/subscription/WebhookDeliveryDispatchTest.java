package io.outeract.command.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.outeract.command.CommandSideDatabase;
import io.outeract.command.credentials.CredentialCipher;
import io.outeract.contract.subscription.DeliveryOutcome;
import io.outeract.contract.subscription.DisableReason;
import io.outeract.contract.subscription.DisableWebhookSubscriptionCommand;
import io.outeract.contract.subscription.RecordWebhookAttemptCommand;
import io.outeract.contract.subscription.WebhookSubscriptionStatus;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import okhttp3.Dns;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dispatcher against the real PostgreSQL queue and real HTTP endpoints on loopback: given
 * queued deliveries, when the dispatcher runs, then these calls and these recorded attempts.
 */
class WebhookDeliveryDispatchTest {

    private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    private static final Duration SHORT = Duration.ofMillis(100);
    private static final Dns TEST_NAMES = host -> {
        if (host.equals("internal.example.com")) {
            return List.of(InetAddress.getByName("10.20.30.40"));
        }
        if (host.equals("localhost")) {
            return List.of(InetAddress.getByName("127.0.0.1"));
        }
        throw new UnknownHostException(host);
    };

    private final JdbcTemplate jdbc = CommandSideDatabase.jdbc();
    private final WebhookEndpoints endpoints =
            new WebhookEndpoints(jdbc, new CredentialCipher(KEY));
    private final WebhookQueue queue = new WebhookQueue(jdbc);
    private final WebhookUrlGuard guard = new WebhookUrlGuard(
            new GuardedDns(TEST_NAMES, AddressPolicy.allowing("127.0.0.0/8")), true);
    private final List<RecordWebhookAttemptCommand> attempts =
            Collections.synchronizedList(new ArrayList<>());
    private final List<DisableWebhookSubscriptionCommand> disabled =
            Collections.synchronizedList(new ArrayList<>());
    private final List<WebhookDispatcher> dispatchers = new ArrayList<>();
    private final List<MockWebServer> servers = new ArrayList<>();
    private final UUID application = UUID.randomUUID();

    @BeforeEach
    void emptyTheQueue() {
        jdbc.update("TRUNCATE webhook_delivery, webhook_subscription");
    }

    @AfterEach
    void stopEverything() throws Exception {
        dispatchers.forEach(WebhookDispatcher::stop);
        for (MockWebServer server : servers) {
            server.shutdown();
        }
    }

    @Test
    void deliversAnEventSignedSoThatAnIndependentVerifierAcceptsIt() throws Exception {
        MockWebServer receiver = server(ok());
        String secret = SigningSecrets.generate();
        UUID subscription = subscribe(receiver.url("/hooks").toString(), secret);
        UUID event = UUID.randomUUID();
        queue(subscription, event, "{\"type\":\"message.received\",\"data\":{\"text\":\"Hi\"}}");

        start(schedule("0s"));

        RecordedRequest request = receiver.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getHeader("webhook-id")).isEqualTo("msg_" + event);
        String body = request.getBody().readUtf8();
        assertThat(body).isEqualTo("{\"type\":\"message.received\",\"data\":{\"text\":\"Hi\"}}");
        assertThat(StandardWebhooksVerifier.verifies(secret, request.getHeader("webhook-id"),
                request.getHeader("webhook-timestamp"), body,
                request.getHeader("webhook-signature"))).isTrue();
        assertThat(StandardWebhooksVerifier.verifies(SigningSecrets.generate(),
                request.getHeader("webhook-id"), request.getHeader("webhook-timestamp"), body,
                request.getHeader("webhook-signature"))).isFalse();
        await(() -> stateOf(event).equals("SUCCEEDED"));
        assertThat(attempts).singleElement().satisfies(attempt -> {
            assertThat(attempt.outcome()).isEqualTo(DeliveryOutcome.SUCCEEDED);
            assertThat(attempt.attempt().statusCode()).isEqualTo(200);
            assertThat(attempt.attempt().number()).isEqualTo(1);
        });
    }

    @Test
    void signsWithBothSecretsDuringTheGracePeriodOfARotation() throws Exception {
        MockWebServer receiver = server(ok());
        String old = SigningSecrets.generate();
        String rotated = SigningSecrets.generate();
        UUID subscription = subscribe(receiver.url("/hooks").toString(), old);
        endpoints.rotate(subscription, rotated, Instant.now().plus(Duration.ofHours(1)));
        queue(subscription, UUID.randomUUID(), "{}");

        start(schedule("0s"));

        RecordedRequest request = receiver.takeRequest(5, TimeUnit.SECONDS);
        String signature = request.getHeader("webhook-signature");
        assertThat(signature.split(" ")).hasSize(2);
        for (String secret : List.of(old, rotated)) {
            assertThat(StandardWebhooksVerifier.verifies(secret, request.getHeader("webhook-id"),
                    request.getHeader("webhook-timestamp"), "{}", signature)).isTrue();
        }
    }

    @Test
    void retriesAnEndpointThatFailsUntilItRecoversWithTheSameWebhookId() throws Exception {
        MockWebServer receiver = server(new MockResponse().setResponseCode(500),
                new MockResponse().setResponseCode(503).setBody("try later"), ok());
        UUID subscription = subscribe(receiver.url("/hooks").toString(),
                SigningSecrets.generate());
        UUID event = UUID.randomUUID();
        queue(subscription, event, "{}");

        start(schedule("0s,100ms,100ms,100ms"));

        await(() -> stateOf(event).equals("SUCCEEDED"));
        assertThat(receiver.getRequestCount()).isEqualTo(3);
        List<String> ids = new ArrayList<>();
        for (int call = 0; call < 3; call++) {
            ids.add(receiver.takeRequest().getHeader("webhook-id"));
        }
        assertThat(ids).containsOnly("msg_" + event);
        assertThat(attempts).extracting(RecordWebhookAttemptCommand::outcome).containsExactly(
                DeliveryOutcome.RETRY_SCHEDULED, DeliveryOutcome.RETRY_SCHEDULED,
                DeliveryOutcome.SUCCEEDED);
        assertThat(attempts.get(1).attempt().responseBody()).isEqualTo("try later");
        assertThat(attempts.get(1).nextAttemptAt()).isNotNull();
    }

    @Test
    void givesUpAfterTheLastAttemptOfTheSchedule() throws Exception {
        MockWebServer receiver = server(new MockResponse().setResponseCode(500),
                new MockResponse().setResponseCode(500));
        UUID event = UUID.randomUUID();
        queue(subscribe(receiver.url("/hooks").toString(), SigningSecrets.generate()), event,
                "{}");

        start(schedule("0s,100ms"));

        await(() -> stateOf(event).equals("FAILED"));
        assertThat(attempts).extracting(RecordWebhookAttemptCommand::outcome).containsExactly(
                DeliveryOutcome.RETRY_SCHEDULED, DeliveryOutcome.FAILED);
        assertThat(receiver.getRequestCount()).isEqualTo(2);
    }

    @Test
    void anEndpointThatAnswersGoneIsDisabledAndNotCalledAgain() throws Exception {
        MockWebServer receiver = server(new MockResponse().setResponseCode(410));
        UUID subscription = subscribe(receiver.url("/hooks").toString(),
                SigningSecrets.generate());
        UUID event = UUID.randomUUID();
        queue(subscription, event, "{}");

        start(schedule("0s,100ms,100ms"));

        await(() -> stateOf(event).equals("FAILED") && !disabled.isEmpty());
        assertThat(disabled).singleElement().extracting(DisableWebhookSubscriptionCommand::reason)
                .isEqualTo(DisableReason.ENDPOINT_GONE);
        assertThat(receiver.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anEndpointFailingForTheWholeDisablingPeriodIsDisabled() throws Exception {
        MockWebServer receiver = server(new MockResponse().setResponseCode(500));
        UUID subscription = subscribe(receiver.url("/hooks").toString(),
                SigningSecrets.generate());
        jdbc.update("UPDATE webhook_subscription SET failing_since = now() - interval '6 days'"
                + " WHERE subscription_id = ?", subscription);
        queue(subscription, UUID.randomUUID(), "{}");

        start(schedule("0s,1h"));

        await(() -> !disabled.isEmpty());
        assertThat(disabled.get(0).reason()).isEqualTo(DisableReason.FAILING_TOO_LONG);
        assertThat(disabled.get(0).subscriptionId()).isEqualTo(subscription);
    }

    @Test
    void aRestartedDispatcherDeliversWhatAStoppedOneHadClaimedExactlyOnce() throws Exception {
        MockWebServer receiver = server(Duration.ZERO);
        UUID subscription = subscribe(receiver.url("/hooks").toString(),
                SigningSecrets.generate());
        List<UUID> events = new ArrayList<>();
        for (int index = 0; index < 5; index++) {
            events.add(UUID.randomUUID());
            queue(subscription, events.get(index), "{\"n\":" + index + "}");
        }
        // A server claimed them all and died before calling: the claims hold, then lapse.
        assertThat(queue.claimDue(Map.of(), 10, 10, Duration.ofMinutes(2))).hasSize(5);
        jdbc.update("UPDATE webhook_delivery SET claimed_until = now() - interval '1 second'");

        start(schedule("0s"));
        start(schedule("0s"));

        await(() -> events.stream().allMatch(event -> stateOf(event).equals("SUCCEEDED")));
        assertThat(receiver.getRequestCount()).isEqualTo(5);
        List<String> ids = new ArrayList<>();
        for (int call = 0; call < 5; call++) {
            ids.add(receiver.takeRequest().getHeader("webhook-id"));
        }
        assertThat(ids).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(events.stream().map(e -> "msg_" + e).toList());
        assertThat(attempts).extracting(attempt -> attempt.attempt().number()).containsOnly(2);
    }

    @Test
    void aClaimStillHeldByAnotherServerIsLeftAlone() throws Exception {
        MockWebServer receiver = server(ok());
        UUID event = UUID.randomUUID();
        queue(subscribe(receiver.url("/hooks").toString(), SigningSecrets.generate()), event,
                "{}");
        queue.claimDue(Map.of(), 10, 10, Duration.ofMinutes(2));

        start(schedule("0s"));

        assertThat(receiver.takeRequest(700, TimeUnit.MILLISECONDS)).isNull();
        assertThat(stateOf(event)).isEqualTo("PENDING");
    }

    @Test
    void aSlowEndpointDoesNotDelayTheOthers() throws Exception {
        MockWebServer slow = server(Duration.ofSeconds(3));
        MockWebServer fast = server(ok());
        UUID slowSubscription = subscribe(slow.url("/hooks").toString(),
                SigningSecrets.generate());
        UUID fastSubscription = subscribe(fast.url("/hooks").toString(),
                SigningSecrets.generate());
        for (int index = 0; index < 6; index++) {
            queue(slowSubscription, UUID.randomUUID(), "{}");
        }
        UUID fastEvent = UUID.randomUUID();
        queue(fastSubscription, fastEvent, "{}");

        start(schedule("0s"), new DispatchLimits(3, 2, Duration.ofSeconds(10),
                Duration.ofDays(5)));

        assertThat(fast.takeRequest(1, TimeUnit.SECONDS)).isNotNull();
        await(() -> stateOf(fastEvent).equals("SUCCEEDED"));
        Thread.sleep(300);
        assertThat(slow.getRequestCount()).isEqualTo(2);
    }

    @Test
    void refusesAtDeliveryTimeAHostThatNowResolvesToAnInternalAddress() throws Exception {
        UUID subscription = subscribe("http://internal.example.com/hooks",
                SigningSecrets.generate());
        UUID event = UUID.randomUUID();
        queue(subscription, event, "{}");

        start(schedule("0s,100ms"));

        await(() -> stateOf(event).equals("FAILED"));
        assertThat(attempts).allSatisfy(attempt -> {
            assertThat(attempt.attempt().statusCode()).isNull();
            assertThat(attempt.attempt().error()).contains("10.20.30.40")
                    .contains("which webhooks may not reach");
        });
    }

    @Test
    void aPausedEndpointKeepsItsDeliveriesQueued() throws Exception {
        MockWebServer receiver = server(ok());
        UUID subscription = subscribe(receiver.url("/hooks").toString(),
                SigningSecrets.generate());
        UUID event = UUID.randomUUID();
        queue(subscription, event, "{}");
        endpoints.status(subscription, WebhookSubscriptionStatus.PAUSED);

        WebhookDispatcher dispatcher = start(schedule("0s"));
        assertThat(receiver.takeRequest(700, TimeUnit.MILLISECONDS)).isNull();

        endpoints.status(subscription, WebhookSubscriptionStatus.ACTIVE);
        dispatcher.wakeUp();
        assertThat(receiver.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void aRedeliveryStartsAFreshRoundOfTheSchedule() throws Exception {
        MockWebServer receiver = server(new MockResponse().setResponseCode(500),
                new MockResponse().setResponseCode(500), ok());
        UUID subscription = subscribe(receiver.url("/hooks").toString(),
                SigningSecrets.generate());
        UUID event = UUID.randomUUID();
        queue(subscription, event, "{}");
        WebhookDispatcher dispatcher = start(schedule("0s,100ms"));
        await(() -> stateOf(event).equals("FAILED"));

        queue.requeue(WebhookQueueing.deliveryId(subscription, event), Instant.now());
        dispatcher.wakeUp();

        await(() -> stateOf(event).equals("SUCCEEDED"));
        assertThat(attempts).extracting(attempt -> attempt.attempt().number())
                .containsExactly(1, 2, 3);
    }

    private UUID subscribe(String url, String secret) {
        UUID subscription = UUID.randomUUID();
        endpoints.insert(new Endpoint(subscription, application, url, List.of("*"),
                WebhookSubscriptionStatus.ACTIVE, Instant.now()), secret);
        return subscription;
    }

    private void queue(UUID subscription, UUID event, String body) {
        Endpoint endpoint = new Endpoint(subscription, application, "unused", List.of("*"),
                WebhookSubscriptionStatus.ACTIVE, Instant.now());
        queue.enqueue(WebhookQueueing.deliveryId(subscription, event), endpoint,
                new DeliverableEvent(event, application, "message.received", Instant.now(),
                        null), body, Instant.now());
    }

    private String stateOf(UUID event) {
        return jdbc.queryForObject("SELECT state FROM webhook_delivery WHERE event_id = ?",
                String.class, event);
    }

    private WebhookDispatcher start(RetrySchedule schedule) {
        return start(schedule, new DispatchLimits(8, 4, Duration.ofSeconds(5),
                Duration.ofDays(5)));
    }

    private WebhookDispatcher start(RetrySchedule schedule, DispatchLimits limits) {
        WebhookDispatcher dispatcher = new WebhookDispatcher(queue, endpoints, guard,
                new WebhookCaller(guard.dns(), limits.timeout()), recordingGateway(), schedule,
                limits, Clock.systemUTC());
        dispatcher.start();
        dispatchers.add(dispatcher);
        return dispatcher;
    }

    private CommandGateway recordingGateway() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(RecordWebhookAttemptCommand.class.getName(), command -> {
            attempts.add((RecordWebhookAttemptCommand) command.getPayload());
            return null;
        });
        bus.subscribe(DisableWebhookSubscriptionCommand.class.getName(), command -> {
            DisableWebhookSubscriptionCommand disable =
                    (DisableWebhookSubscriptionCommand) command.getPayload();
            disabled.add(disable);
            endpoints.status(disable.subscriptionId(), WebhookSubscriptionStatus.DISABLED);
            return null;
        });
        return DefaultCommandGateway.builder().commandBus(bus).build();
    }

    private static RetrySchedule schedule(String waits) {
        return RetrySchedule.parse(waits);
    }

    private static MockResponse ok() {
        return new MockResponse().setResponseCode(200).setBody("{\"ok\":true}");
    }

    private MockWebServer server(MockResponse... answers) throws Exception {
        MockWebServer server = new MockWebServer();
        for (MockResponse answer : answers) {
            server.enqueue(answer);
        }
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        servers.add(server);
        return server;
    }

    /** An endpoint that answers every call with 200, after {@code delay}. */
    private MockWebServer server(Duration delay) throws Exception {
        MockWebServer server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return ok().setHeadersDelay(delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        servers.add(server);
        return server;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Still not as expected after 10 s");
            }
            Thread.sleep(SHORT.toMillis() / 4);
        }
    }
}
