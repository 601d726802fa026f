package io.outeract.api.developer;

import graphql.schema.DataFetchingEnvironment;
import io.outeract.api.graphql.Callers;
import io.outeract.api.graphql.Ids;
import io.outeract.api.graphql.NotFoundException;
import io.outeract.api.graphql.Queries;
import io.outeract.api.graphql.ReadModelCatchUp;
import io.outeract.api.security.DeveloperCaller;
import io.outeract.contract.common.ApiScope;
import io.outeract.contract.common.DerivedIds;
import io.outeract.contract.identity.LinkPlatformUserCommand;
import io.outeract.contract.identity.UnlinkPlatformUserCommand;
import io.outeract.contract.query.FindPlatformUsersQuery;
import io.outeract.contract.query.FindUsersQuery;
import io.outeract.contract.query.PlatformUserView;
import io.outeract.contract.query.UserView;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Links a platform user to a user, so that one person's accounts on several platforms are one
 * user with one history, and undoes it. Both must be the caller's own: another application's
 * ids are not found. The answer waits briefly for the read model, so that the caller reads its
 * own change.
 */
@Component
class IdentityFields {

    private static final Duration CATCH_UP = Duration.ofSeconds(2);

    private final Queries queries;
    private final CommandGateway commands;
    private final DeveloperViews views;

    IdentityFields(Queries queries, CommandGateway commands, DeveloperViews views) {
        this.queries = queries;
        this.commands = commands;
        this.views = views;
    }

    Map<String, Object> link(DataFetchingEnvironment env) {
        DeveloperCaller caller = writer(env);
        PlatformUserView platformUser = platformUser(caller, env.getArgument("platformUserId"));
        UUID userId = Ids.parse(env.getArgument("userId"), "userId");
        requireUser(caller, userId);
        if (platformUser.bot()) {
            throw new IllegalArgumentException("A bot's account belongs to no user");
        }

        commands.sendAndWait(new LinkPlatformUserCommand(platformUser.id(),
                caller.applicationId(), platformUser.connectionId(), userId));
        return awaitUser(caller, platformUser.id(), userId);
    }

    Map<String, Object> unlink(DataFetchingEnvironment env) {
        DeveloperCaller caller = writer(env);
        PlatformUserView platformUser = platformUser(caller, env.getArgument("platformUserId"));

        commands.sendAndWait(new UnlinkPlatformUserCommand(platformUser.id(),
                caller.applicationId(), platformUser.connectionId()));
        return awaitUser(caller, platformUser.id(),
                DerivedIds.userFirstSeenAs(platformUser.id()));
    }

    private Map<String, Object> awaitUser(DeveloperCaller caller, UUID platformUserId,
            UUID userId) {
        Optional<PlatformUserView> linked = ReadModelCatchUp.find(
                () -> find(caller, platformUserId).filter(found -> userId.equals(found.userId())),
                CATCH_UP);
        return views.platformUser(linked.orElseGet(() -> find(caller, platformUserId)
                .orElseThrow()));
    }

    private PlatformUserView platformUser(DeveloperCaller caller, String id) {
        UUID platformUserId = Ids.parse(id, "platformUserId");
        return find(caller, platformUserId).orElseThrow(
                () -> new NotFoundException("No platform user " + platformUserId));
    }

    private Optional<PlatformUserView> find(DeveloperCaller caller, UUID platformUserId) {
        return queries.list(new FindPlatformUsersQuery(caller.applicationId(),
                List.of(platformUserId), null, 1), PlatformUserView.class).stream().findFirst();
    }

    private void requireUser(DeveloperCaller caller, UUID userId) {
        boolean found = !queries.list(new FindUsersQuery(caller.applicationId(),
                List.of(userId), 1), UserView.class).isEmpty();
        if (!found) {
            throw new NotFoundException("No user " + userId);
        }
    }

    private static DeveloperCaller writer(DataFetchingEnvironment env) {
        DeveloperCaller caller = Callers.of(env, DeveloperCaller.class);
        caller.require(ApiScope.USERS_WRITE);
        return caller;
    }
}
