package io.outeract.api.admin;

import graphql.schema.DataFetchingEnvironment;
import io.outeract.api.graphql.Callers;
import io.outeract.api.graphql.Fields;
import io.outeract.api.graphql.Ids;
import io.outeract.api.graphql.Queries;
import io.outeract.api.security.AdminCaller;
import io.outeract.contract.organisation.CreateApplicationCommand;
import io.outeract.contract.organisation.CreateOrganisationCommand;
import io.outeract.contract.organisation.RenameApplicationCommand;
import io.outeract.contract.organisation.RenameOrganisationCommand;
import io.outeract.contract.query.ApplicationView;
import io.outeract.contract.query.FindApplicationsQuery;
import io.outeract.contract.query.OrganisationView;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/** The Admin API's organisations and applications. */
@Component
class OrganisationFields {

    private final AdminAccess access;
    private final Queries queries;
    private final CommandGateway commands;
    private final Clock clock;

    OrganisationFields(AdminAccess access, Queries queries, CommandGateway commands, Clock clock) {
        this.access = access;
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
    }

    Map<String, Object> organisation(DataFetchingEnvironment env) {
        AdminCaller admin = Callers.of(env, AdminCaller.class);
        String id = env.getArgument("id");
        if (id != null) {
            return AdminViews.organisation(access.organisation(admin, Ids.parse(id, "id")));
        }
        return access.organisationsOf(admin).stream().findFirst()
                .map(AdminViews::organisation).orElse(null);
    }

    List<Map<String, Object>> organisations(DataFetchingEnvironment env) {
        return access.organisationsOf(Callers.of(env, AdminCaller.class)).stream()
                .map(AdminViews::organisation).toList();
    }

    Map<String, Object> application(DataFetchingEnvironment env) {
        UUID id = Ids.parse(env.getArgument("id"), "id");
        return AdminViews.application(access.application(Callers.of(env, AdminCaller.class), id));
    }

    List<Map<String, Object>> applicationsOf(DataFetchingEnvironment env) {
        Map<String, Object> organisation = env.getSource();
        return queries.list(new FindApplicationsQuery((UUID) organisation.get("id"), null),
                ApplicationView.class).stream().map(AdminViews::application).toList();
    }

    Map<String, Object> createOrganisation(DataFetchingEnvironment env) {
        AdminCaller admin = Callers.of(env, AdminCaller.class);
        String name = env.getArgument("name");
        UUID organisationId = UUID.randomUUID();

        commands.sendAndWait(new CreateOrganisationCommand(organisationId, name, admin.adminId()));
        return AdminViews.organisation(new OrganisationView(organisationId, name.strip(),
                clock.instant()));
    }

    Map<String, Object> renameOrganisation(DataFetchingEnvironment env) {
        AdminCaller admin = Callers.of(env, AdminCaller.class);
        OrganisationView organisation =
                access.organisation(admin, Ids.parse(env.getArgument("id"), "id"));
        String name = env.getArgument("name");

        commands.sendAndWait(
                new RenameOrganisationCommand(organisation.id(), name, admin.adminId()));
        return AdminViews.organisation(new OrganisationView(organisation.id(), name.strip(),
                organisation.createdAt()));
    }

    Map<String, Object> createApplication(DataFetchingEnvironment env) {
        AdminCaller admin = Callers.of(env, AdminCaller.class);
        UUID organisationId = access.organisation(admin,
                Ids.parse(env.getArgument("organisationId"), "organisationId")).id();
        String name = env.getArgument("name");
        UUID applicationId = UUID.randomUUID();

        commands.sendAndWait(new CreateApplicationCommand(organisationId, applicationId, name,
                admin.adminId()));
        return Fields.of("id", applicationId, "organisationId", organisationId,
                "name", name.strip(),
                "createdAt", clock.instant().toString());
    }

    Map<String, Object> renameApplication(DataFetchingEnvironment env) {
        AdminCaller admin = Callers.of(env, AdminCaller.class);
        ApplicationView application =
                access.application(admin, Ids.parse(env.getArgument("id"), "id"));
        String name = env.getArgument("name");

        commands.sendAndWait(new RenameApplicationCommand(application.organisationId(),
                application.id(), name, admin.adminId()));
        return AdminViews.application(new ApplicationView(application.id(),
                application.organisationId(), name.strip(), application.createdAt()));
    }
}
