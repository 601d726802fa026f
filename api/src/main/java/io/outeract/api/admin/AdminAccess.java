package io.outeract.api.admin;

import io.outeract.api.graphql.NotFoundException;
import io.outeract.api.graphql.Queries;
import io.outeract.api.graphql.ReadModelCatchUp;
import io.outeract.api.security.AdminCaller;
import io.outeract.contract.query.ApplicationView;
import io.outeract.contract.query.FindApplicationsQuery;
import io.outeract.contract.query.FindOrganisationsOfAdminQuery;
import io.outeract.contract.query.OrganisationView;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Which organisations and applications an admin may see. The answers come from read models a
 * few milliseconds behind the commands, so a lookup that finds nothing waits briefly for them:
 * an application created a moment ago is usable at once.
 */
@Component
class AdminAccess {

    private static final Duration CATCH_UP = Duration.ofSeconds(2);

    private final Queries queries;

    AdminAccess(Queries queries) {
        this.queries = queries;
    }

    List<OrganisationView> organisationsOf(AdminCaller admin) {
        return queries.list(new FindOrganisationsOfAdminQuery(admin.adminId()),
                OrganisationView.class);
    }

    OrganisationView organisation(AdminCaller admin, UUID organisationId) {
        return eventually(() -> organisationsOf(admin).stream()
                .filter(organisation -> organisation.id().equals(organisationId)).findFirst())
                .orElseThrow(() -> new NotFoundException(
                        "No organisation " + organisationId + " that you belong to"));
    }

    ApplicationView application(AdminCaller admin, UUID applicationId) {
        return requireApplication(admin, applicationId, notYours(applicationId));
    }

    /**
     * The application, when the admin may manage it; otherwise {@code notFound}, the same
     * whether the application does not exist or belongs to someone else.
     */
    ApplicationView requireApplication(
            AdminCaller admin, UUID applicationId, NotFoundException notFound) {
        ApplicationView application = eventually(() -> queries.list(
                new FindApplicationsQuery(null, applicationId), ApplicationView.class)
                .stream().findFirst())
                .orElseThrow(() -> notFound);
        boolean member = eventually(() -> organisationsOf(admin).stream()
                .filter(organisation -> organisation.id().equals(application.organisationId()))
                .findFirst()).isPresent();
        if (!member) {
            throw notFound;
        }
        return application;
    }

    private static NotFoundException notYours(UUID applicationId) {
        return new NotFoundException(
                "No application " + applicationId + " in an organisation you belong to");
    }

    private static <T> Optional<T> eventually(Supplier<Optional<T>> lookup) {
        return ReadModelCatchUp.find(lookup, CATCH_UP);
    }
}
