package io.outeract.command.subscription;

import static io.outeract.command.TestIds.named;
import static org.assertj.core.api.Assertions.assertThat;

import io.outeract.command.CommandSideDatabase;
import io.outeract.command.credentials.CredentialCipher;
import io.outeract.contract.subscription.CreateWebhookSubscriptionCommand;
import io.outeract.contract.subscription.DeleteWebhookSubscriptionCommand;
import io.outeract.contract.subscription.DisableReason;
import io.outeract.contract.subscription.DisableWebhookSubscriptionCommand;
import io.outeract.contract.subscription.PauseWebhookSubscriptionCommand;
import io.outeract.contract.subscription.ResumeWebhookSubscriptionCommand;
import io.outeract.contract.subscription.RotateWebhookSecretCommand;
import io.outeract.contract.subscription.UpdateWebhookSubscriptionCommand;
import io.outeract.contract.subscription.WebhookSecretRotatedEvent;
import io.outeract.contract.subscription.WebhookSubscriptionCreatedEvent;
import io.outeract.contract.subscription.WebhookSubscriptionDeletedEvent;
import io.outeract.contract.subscription.WebhookSubscriptionDisabledEvent;
import io.outeract.contract.subscription.WebhookSubscriptionPausedEvent;
import io.outeract.contract.subscription.WebhookSubscriptionResumedEvent;
import io.outeract.contract.subscription.WebhookSubscriptionUpdatedEvent;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import okhttp3.Dns;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The subscription's history, given these events, when this command, then these events; and the
 * endpoint table the dispatcher reads, in the real PostgreSQL.
 */
class WebhookSubscriptionTest {

    private static final Instant NOW = Instant.parse("2026-03-14T17:40:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final UUID APPLICATION = named("application of the bakery");
    private static final UUID OTHER_APPLICATION = named("application of someone else");
    private static final String URL = "https://hooks.bakery.example/outeract";
    private static final Dns NAMES = host -> {
        if (host.equals("hooks.bakery.example")) {
            return List.of(InetAddress.getByName("93.184.215.14"));
        }
        if (host.equals("router.bakery.example")) {
            return List.of(InetAddress.getByName("192.168.1.1"));
        }
        throw new UnknownHostException(host);
    };
    private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    private final JdbcTemplate jdbc = CommandSideDatabase.jdbc();
    private final WebhookEndpoints endpoints =
            new WebhookEndpoints(jdbc, new CredentialCipher(KEY));
    private final UUID subscription = UUID.randomUUID();
    private final String secret = SigningSecrets.generate();
    private FixtureConfiguration<WebhookSubscription> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WebhookSubscription.class);
        fixture.registerAnnotatedCommandHandler(new WebhookSubscribing(fixture.getRepository(),
                endpoints, new WebhookUrlGuard(new GuardedDns(NAMES, AddressPolicy.allowing("")),
                        false), CLOCK));
    }

    private WebhookSubscriptionCreatedEvent created() {
        return new WebhookSubscriptionCreatedEvent(subscription, APPLICATION, URL,
                List.of("message.*", "user.platform_user_linked"), "Orders backend", NOW);
    }

    @Test
    void subscribesAnEndpointWithNormalisedFiltersAndStoresTheSecretSealed() {
        fixture.givenNoPriorActivity()
                .when(new CreateWebhookSubscriptionCommand(subscription, APPLICATION, URL,
                        List.of(" message.* ", "user.platform_user_linked", "message.*"),
                        " Orders backend ", secret))
                .expectSuccessfulHandlerExecution()
                .expectEvents(created());

        byte[] sealed = jdbc.queryForObject("SELECT sealed_secret FROM webhook_subscription"
                + " WHERE subscription_id = ?", byte[].class, subscription);
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(secret.substring(6));
        assertThat(endpoints.signingKeys(subscription, NOW))
                .singleElement().isEqualTo(SigningSecrets.keyOf(secret));
    }

    @Test
    void refusesAnEndpointOnAPrivateAddressAndStoresNothing() {
        fixture.givenNoPriorActivity()
                .when(new CreateWebhookSubscriptionCommand(subscription, APPLICATION,
                        "https://router.bakery.example/hook", List.of("*"), null, secret))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(
                        "192.168.1.1, a private address"))
                .expectNoEvents();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM webhook_subscription"
                + " WHERE subscription_id = ?", Integer.class, subscription)).isZero();
    }

    @Test
    void refusesAFilterThatIsNoEventType() {
        fixture.givenNoPriorActivity()
                .when(new CreateWebhookSubscriptionCommand(subscription, APPLICATION, URL,
                        List.of("message.%"), null, secret))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void changesOnlyWhatAnUpdateGives() {
        fixture.given(created())
                .when(new UpdateWebhookSubscriptionCommand(subscription, APPLICATION, null,
                        List.of("*"), null))
                .expectEvents(new WebhookSubscriptionUpdatedEvent(subscription, APPLICATION,
                        URL, List.of("*"), "Orders backend", NOW));
    }

    @Test
    void pausesResumesAndPausesNothingTwice() {
        fixture.given(created())
                .when(new PauseWebhookSubscriptionCommand(subscription, APPLICATION))
                .expectEvents(new WebhookSubscriptionPausedEvent(subscription, APPLICATION, NOW));
        fixture.given(created(), new WebhookSubscriptionPausedEvent(subscription, APPLICATION,
                        NOW))
                .when(new PauseWebhookSubscriptionCommand(subscription, APPLICATION))
                .expectNoEvents();
        fixture.given(created(), new WebhookSubscriptionPausedEvent(subscription, APPLICATION,
                        NOW))
                .when(new ResumeWebhookSubscriptionCommand(subscription, APPLICATION))
                .expectEvents(new WebhookSubscriptionResumedEvent(subscription, APPLICATION,
                        NOW));
    }

    @Test
    void disablesAnActiveEndpointButLeavesAPausedOnePaused() {
        fixture.given(created())
                .when(new DisableWebhookSubscriptionCommand(subscription, APPLICATION,
                        DisableReason.ENDPOINT_GONE))
                .expectEvents(new WebhookSubscriptionDisabledEvent(subscription, APPLICATION,
                        DisableReason.ENDPOINT_GONE, NOW));
        fixture.given(created(), new WebhookSubscriptionPausedEvent(subscription, APPLICATION,
                        NOW))
                .when(new DisableWebhookSubscriptionCommand(subscription, APPLICATION,
                        DisableReason.FAILING_TOO_LONG))
                .expectNoEvents();
    }

    @Test
    void rotatesTheSecretWithAGracePeriodAndNoSecretInTheEvent() {
        fixture.given(created())
                .when(new RotateWebhookSecretCommand(subscription, APPLICATION,
                        SigningSecrets.generate(), Duration.ofHours(24)))
                .expectEvents(new WebhookSecretRotatedEvent(subscription, APPLICATION,
                        NOW.plus(Duration.ofHours(24)), NOW));
    }

    @Test
    void anotherApplicationFindsNoSuchSubscription() {
        fixture.given(created())
                .when(new DeleteWebhookSubscriptionCommand(subscription, OTHER_APPLICATION))
                .expectException(WebhookSubscriptionNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aDeletedSubscriptionIsGoneForGood() {
        fixture.given(created(), new WebhookSubscriptionDeletedEvent(subscription, APPLICATION,
                        NOW))
                .when(new ResumeWebhookSubscriptionCommand(subscription, APPLICATION))
                .expectException(WebhookSubscriptionNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void theCommandsThatCarryASecretDoNotPrintIt() {
        assertThat(new CreateWebhookSubscriptionCommand(subscription, APPLICATION, URL,
                List.of("*"), null, secret).toString()).doesNotContain(secret);
        assertThat(new RotateWebhookSecretCommand(subscription, APPLICATION, secret,
                Duration.ZERO).toString()).doesNotContain(secret);
    }
}
