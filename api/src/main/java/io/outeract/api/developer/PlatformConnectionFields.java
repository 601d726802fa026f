package io.outeract.api.developer;

import graphql.schema.DataFetchingEnvironment;
import io.outeract.api.graphql.Callers;
import io.outeract.api.graphql.Queries;
import io.outeract.api.security.DeveloperCaller;
import io.outeract.contract.common.ApiScope;
import io.outeract.contract.query.ConnectionView;
import io.outeract.contract.query.FindConnectionsQuery;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The Developer API's view of the application's platform connections. */
@Component
class PlatformConnectionFields {

    private final Queries queries;
    private final DeveloperViews views;

    PlatformConnectionFields(Queries queries, DeveloperViews views) {
        this.queries = queries;
        this.views = views;
    }

    List<Map<String, Object>> connections(DataFetchingEnvironment env) {
        DeveloperCaller caller = Callers.of(env, DeveloperCaller.class);
        caller.require(ApiScope.CONNECTIONS_READ);
        return queries.list(new FindConnectionsQuery(caller.applicationId(), null),
                ConnectionView.class).stream().map(views::connection).toList();
    }
}
