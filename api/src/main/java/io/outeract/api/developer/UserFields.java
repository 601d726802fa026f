package io.outeract.api.developer;

import graphql.schema.DataFetchingEnvironment;
import io.outeract.api.graphql.Callers;
import io.outeract.api.graphql.Ids;
import io.outeract.api.graphql.Queries;
import io.outeract.api.security.DeveloperCaller;
import io.outeract.contract.common.ApiScope;
import io.outeract.contract.query.FindPlatformUsersQuery;
import io.outeract.contract.query.FindUsersQuery;
import io.outeract.contract.query.PlatformUserView;
import io.outeract.contract.query.UserView;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The Developer API's users (people) and platform users (their accounts on connections). */
@Component
class UserFields {

    private static final int MAX_PAGE = 100;

    private final Queries queries;
    private final DeveloperViews views;

    UserFields(Queries queries, DeveloperViews views) {
        this.queries = queries;
        this.views = views;
    }

    List<Map<String, Object>> users(DataFetchingEnvironment env) {
        DeveloperCaller caller = reader(env);
        return queries.list(new FindUsersQuery(caller.applicationId(), null, first(env)),
                UserView.class).stream().map(views::user).toList();
    }

    Map<String, Object> user(DataFetchingEnvironment env) {
        return userWithId(reader(env), Ids.parse(env.getArgument("id"), "id"));
    }

    List<Map<String, Object>> platformUsers(DataFetchingEnvironment env) {
        DeveloperCaller caller = reader(env);
        return queries.list(new FindPlatformUsersQuery(caller.applicationId(), null, null,
                first(env)), PlatformUserView.class).stream().map(views::platformUser).toList();
    }

    Map<String, Object> platformUser(DataFetchingEnvironment env) {
        DeveloperCaller caller = reader(env);
        UUID id = Ids.parse(env.getArgument("id"), "id");
        return queries.list(new FindPlatformUsersQuery(caller.applicationId(), List.of(id), null,
                1), PlatformUserView.class).stream().findFirst().map(views::platformUser)
                .orElse(null);
    }

    Map<String, Object> userOfPlatformUser(DataFetchingEnvironment env) {
        Map<String, Object> platformUser = env.getSource();
        UUID userId = (UUID) platformUser.get("userId");
        return userId == null ? null : userWithId(reader(env), userId);
    }

    List<Map<String, Object>> platformUsersOfUser(DataFetchingEnvironment env) {
        DeveloperCaller caller = reader(env);
        Map<String, Object> user = env.getSource();
        return queries.list(new FindPlatformUsersQuery(caller.applicationId(), null,
                (UUID) user.get("id"), MAX_PAGE), PlatformUserView.class).stream()
                .map(views::platformUser).toList();
    }

    private Map<String, Object> userWithId(DeveloperCaller caller, UUID id) {
        return queries.list(new FindUsersQuery(caller.applicationId(), List.of(id), 1),
                UserView.class).stream().findFirst().map(views::user).orElse(null);
    }

    private static DeveloperCaller reader(DataFetchingEnvironment env) {
        DeveloperCaller caller = Callers.of(env, DeveloperCaller.class);
        caller.require(ApiScope.USERS_READ);
        return caller;
    }

    private static int first(DataFetchingEnvironment env) {
        int first = env.getArgumentOrDefault("first", 20);
        if (first < 1 || first > MAX_PAGE) {
            throw new IllegalArgumentException("first must be between 1 and " + MAX_PAGE);
        }
        return first;
    }
}
