package io.outeract.command.apikey;

import static io.outeract.command.TestIds.named;

import io.outeract.contract.apikey.ApiKeyIssuedEvent;
import io.outeract.contract.apikey.ApiKeyRevokedEvent;
import io.outeract.contract.apikey.IssueApiKeyCommand;
import io.outeract.contract.apikey.RevokeApiKeyCommand;
import io.outeract.contract.common.ApiScope;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final Instant NOW = Instant.parse("2025-05-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static final UUID API_KEY = named("api key of the support bot");
    private static final UUID APPLICATION = named("application support bot");
    private static final UUID OTHER_APPLICATION = named("application of someone else");
    private static final Set<ApiScope> SCOPES =
            Set.of(ApiScope.EVENTS_READ, ApiScope.MESSAGES_SEND);
    private static final String SECRET_HASH = "sha256:9f86d081884c7d659a2feaa0c55ad015";

    private static final ApiKeyIssuedEvent ISSUED =
            new ApiKeyIssuedEvent(API_KEY, APPLICATION, "Backend", SCOPES, SECRET_HASH, NOW);
    private static final ApiKeyRevokedEvent REVOKED =
            new ApiKeyRevokedEvent(API_KEY, APPLICATION, NOW);

    private FixtureConfiguration<ApiKey> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ApiKey.class);
        fixture.registerInjectableResource(CLOCK);
    }

    @Test
    void issuesAKeyWithItsScopesAndTheHashOfItsSecret() {
        fixture.givenNoPriorActivity()
                .when(new IssueApiKeyCommand(
                        API_KEY, APPLICATION, " Backend ", SCOPES, SECRET_HASH))
                .expectSuccessfulHandlerExecution()
                .expectEvents(ISSUED);
    }

    @Test
    void issuesAKeyWithoutANameUnderAnEmptyName() {
        fixture.givenNoPriorActivity()
                .when(new IssueApiKeyCommand(API_KEY, APPLICATION, null, SCOPES, SECRET_HASH))
                .expectEvents(
                        new ApiKeyIssuedEvent(API_KEY, APPLICATION, "", SCOPES, SECRET_HASH, NOW));
    }

    @Test
    void refusesAKeyWithoutScopes() {
        fixture.givenNoPriorActivity()
                .when(new IssueApiKeyCommand(
                        API_KEY, APPLICATION, "Backend", Set.of(), SECRET_HASH))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("An API key needs at least one scope")
                .expectNoEvents();
    }

    @Test
    void refusesAKeyWhoseScopesAreMissing() {
        fixture.givenNoPriorActivity()
                .when(new IssueApiKeyCommand(API_KEY, APPLICATION, "Backend", null, SECRET_HASH))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAKeyWithoutTheHashOfItsSecret() {
        fixture.givenNoPriorActivity()
                .when(new IssueApiKeyCommand(API_KEY, APPLICATION, "Backend", SCOPES, " "))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("An API key needs the hash of its secret")
                .expectNoEvents();
    }

    @Test
    void revokesAKey() {
        fixture.given(ISSUED)
                .when(new RevokeApiKeyCommand(API_KEY, APPLICATION))
                .expectEvents(REVOKED);
    }

    @Test
    void refusesToRevokeTheKeyOfAnotherApplication() {
        fixture.given(ISSUED)
                .when(new RevokeApiKeyCommand(API_KEY, OTHER_APPLICATION))
                .expectException(ApiKeyNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void revokesAKeyOnlyOnce() {
        fixture.given(ISSUED, REVOKED)
                .when(new RevokeApiKeyCommand(API_KEY, APPLICATION))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
