package io.outeract.query.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outeract.contract.apikey.ApiKeyIssuedEvent;
import io.outeract.contract.apikey.ApiKeyRevokedEvent;
import io.outeract.contract.common.ApiScope;
import io.outeract.contract.common.Platform;
import io.outeract.contract.connection.ConnectionActivatedEvent;
import io.outeract.contract.connection.ConnectionFailedEvent;
import io.outeract.contract.connection.PlatformConnectedEvent;
import io.outeract.contract.connection.PlatformDisconnectedEvent;
import io.outeract.contract.organisation.ApplicationCreatedEvent;
import io.outeract.contract.organisation.ApplicationRenamedEvent;
import io.outeract.contract.organisation.OrganisationCreatedEvent;
import io.outeract.contract.organisation.OrganisationRenamedEvent;
import io.outeract.contract.query.ApiKeyView;
import io.outeract.contract.query.ApplicationView;
import io.outeract.contract.query.ConnectionView;
import io.outeract.contract.query.FindApiKeysQuery;
import io.outeract.contract.query.FindApplicationsQuery;
import io.outeract.contract.query.FindConnectionsQuery;
import io.outeract.contract.query.FindOrganisationsOfAdminQuery;
import io.outeract.contract.query.OrganisationView;
import io.outeract.query.ReadModelDatabase;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.EmptySqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The directory: organisations and their admins, applications, connections and API keys. */
class DirectoryTest {

    private static final Instant T0 = Instant.parse("2025-02-01T08:00:00Z");

    private final NamedParameterJdbcTemplate jdbc = ReadModelDatabase.jdbc();
    private final OrganisationProjection organisations = new OrganisationProjection(jdbc);
    private final ApplicationProjection applications = new ApplicationProjection(jdbc);
    private final PlatformConnectionProjection connections =
            new PlatformConnectionProjection(jdbc);
    private final ApiKeyProjection apiKeys = new ApiKeyProjection(jdbc);
    private final DirectoryQueries directory = new DirectoryQueries(jdbc);
    private final ConnectionQueries connectionQueries = new ConnectionQueries(jdbc);

    private final UUID admin = UUID.randomUUID();
    private final UUID organisation = UUID.randomUUID();
    private final UUID application = UUID.randomUUID();
    private final UUID connection = UUID.randomUUID();
    private final UUID apiKey = UUID.randomUUID();

    @Test
    void makesTheCreatorOfAnOrganisationItsFirstMember() {
        organisations.on(new OrganisationCreatedEvent(organisation, "Acme", admin, T0));

        assertThat(directory.handle(new FindOrganisationsOfAdminQuery(admin)))
                .containsExactly(new OrganisationView(organisation, "Acme", T0));
        assertThat(directory.handle(new FindOrganisationsOfAdminQuery(UUID.randomUUID())))
                .isEmpty();
    }

    @Test
    void listsAnAdminsOrganisationsOldestFirstUnderTheirLatestNames() {
        UUID later = UUID.randomUUID();
        organisations.on(new OrganisationCreatedEvent(later, "Later", admin, T0.plusSeconds(60)));
        organisations.on(new OrganisationCreatedEvent(organisation, "Acme", admin, T0));

        organisations.on(new OrganisationRenamedEvent(organisation, "Acme Ltd", T0.plusSeconds(9)));

        assertThat(directory.handle(new FindOrganisationsOfAdminQuery(admin)))
                .extracting(OrganisationView::name).containsExactly("Acme Ltd", "Later");
    }

    @Test
    void leavesOneOrganisationAndMemberWhenTheCreationIsHandledTwice() {
        var created = new OrganisationCreatedEvent(organisation, "Acme", admin, T0);
        organisations.on(created);
        organisations.on(new OrganisationRenamedEvent(organisation, "Acme Ltd", T0));

        organisations.on(created);

        assertThat(directory.handle(new FindOrganisationsOfAdminQuery(admin)))
                .extracting(OrganisationView::name).containsExactly("Acme Ltd");
    }

    @Test
    void findsApplicationsByOrganisationOrById() {
        UUID other = UUID.randomUUID();
        applications.on(new ApplicationCreatedEvent(organisation, application, "Support", T0));
        applications.on(new ApplicationCreatedEvent(organisation, other, "Sales",
                T0.plusSeconds(1)));
        applications.on(new ApplicationRenamedEvent(organisation, other, "Sales EU", T0));

        assertThat(directory.handle(new FindApplicationsQuery(organisation, null)))
                .extracting(ApplicationView::name).containsExactly("Support", "Sales EU");
        assertThat(directory.handle(new FindApplicationsQuery(null, application)))
                .containsExactly(new ApplicationView(application, organisation, "Support", T0));
        assertThat(directory.handle(new FindApplicationsQuery(UUID.randomUUID(), application)))
                .isEmpty();
        assertThatThrownBy(() -> directory.handle(new FindApplicationsQuery(null, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void showsAConnectionPendingUntilThePlatformAcceptsIt() {
        connect();

        assertThat(connectionQueries.handle(new FindConnectionsQuery(application, null)))
                .containsExactly(new ConnectionView(connection, application, Platform.TELEGRAM,
                        "777", "Outeract Bot", "pending", null, T0));
    }

    @Test
    void followsAConnectionThroughActivationFailureAndDisconnection() {
        connect();

        connections.on(new ConnectionActivatedEvent(connection, application, T0));
        assertThat(connection().status()).isEqualTo("active");

        connections.on(new ConnectionFailedEvent(connection, application, "401 Unauthorized",
                T0.plusSeconds(5)));
        assertThat(connection().status()).isEqualTo("failed");
        assertThat(connection().statusReason()).isEqualTo("401 Unauthorized");

        connections.on(new PlatformDisconnectedEvent(connection, application, T0.plusSeconds(9)));
        assertThat(connection().status()).isEqualTo("disconnected");
        assertThat(connection().statusReason()).isNull();
    }

    @Test
    void showsAnApplicationOnlyItsOwnConnections() {
        connect();
        UUID otherApplication = UUID.randomUUID();

        assertThat(connectionQueries.handle(new FindConnectionsQuery(otherApplication, null)))
                .isEmpty();
        assertThat(connectionQueries.handle(
                new FindConnectionsQuery(otherApplication, connection))).isEmpty();
        assertThat(connectionQueries.handle(new FindConnectionsQuery(application, connection)))
                .hasSize(1);
    }

    @Test
    void keepsAnIssuedKeysHashAndScopesAndMarksItRevoked() {
        apiKeys.on(new ApiKeyIssuedEvent(apiKey, application, "ci",
                EnumSet.of(ApiScope.MESSAGES_SEND, ApiScope.EVENTS_READ), "sha256:abc", T0));
        ApiKeyView issued = directory.handle(new FindApiKeysQuery(apiKey, null)).get(0);

        apiKeys.on(new ApiKeyRevokedEvent(apiKey, application, T0.plusSeconds(60)));
        ApiKeyView revoked = directory.handle(new FindApiKeysQuery(apiKey, null)).get(0);

        assertThat(issued).isEqualTo(new ApiKeyView(apiKey, application, "ci",
                Set.of(ApiScope.EVENTS_READ, ApiScope.MESSAGES_SEND), "sha256:abc", false, T0));
        assertThat(revoked.revoked()).isTrue();
    }

    @Test
    void showsAnApplicationOnlyItsOwnApiKeys() {
        apiKeys.on(new ApiKeyIssuedEvent(apiKey, application, "ci", Set.of(ApiScope.USERS_READ),
                "sha256:abc", T0));
        UUID otherApplication = UUID.randomUUID();

        assertThat(directory.handle(new FindApiKeysQuery(null, application)))
                .extracting(ApiKeyView::id).containsExactly(apiKey);
        assertThat(directory.handle(new FindApiKeysQuery(null, otherApplication))).isEmpty();
        assertThat(directory.handle(new FindApiKeysQuery(apiKey, otherApplication))).isEmpty();
    }

    @Test
    void emptiesTheDirectoryOnReset() {
        organisations.on(new OrganisationCreatedEvent(organisation, "Acme", admin, T0));
        applications.on(new ApplicationCreatedEvent(organisation, application, "Support", T0));
        connect();
        apiKeys.on(new ApiKeyIssuedEvent(apiKey, application, "ci", Set.of(), "sha256:abc", T0));

        organisations.reset();
        applications.reset();
        connections.reset();
        apiKeys.reset();

        for (String table : List.of("organisation", "organisation_member", "application",
                "platform_connection", "api_key")) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM " + table,
                    EmptySqlParameterSource.INSTANCE, Integer.class)).as(table).isZero();
        }
    }

    private void connect() {
        connections.on(new PlatformConnectedEvent(connection, application, Platform.TELEGRAM,
                "777", "Outeract Bot", T0));
    }

    private ConnectionView connection() {
        return connectionQueries.handle(new FindConnectionsQuery(application, connection)).get(0);
    }
}
