package io.outeract.api.graphql;

import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import io.outeract.api.security.AuthenticationFailedException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.execution.DefaultExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * One GraphQL API: a schema, its wiring, and who may call it. A request without valid
 * credentials is answered 401 before any field runs.
 */
public final class GraphQlEndpoint {

    static final int MAX_DEPTH = 12;
    static final int MAX_ROOT_FIELDS = 20;
    /** Enough for ten pages of 100 events with their senders; an alias storm is far above. */
    static final int MAX_COMPLEXITY = 5000;

    private GraphQlEndpoint() {
    }

    public static HandlerFunction<ServerResponse> of(String schema, RuntimeWiringConfigurer wiring,
            GraphQlErrors errors, Function<ServerRequest, Object> authenticate) {
        GraphQlSource source = GraphQlSource.schemaResourceBuilder()
                .schemaResources(new ClassPathResource(schema))
                .configureRuntimeWiring(wiring)
                .configureRuntimeWiring(JsonScalar.WIRING)
                .exceptionResolvers(List.of(errors))
                .instrumentation(List.of(new RootFieldLimit(MAX_ROOT_FIELDS),
                        new MaxQueryDepthInstrumentation(MAX_DEPTH),
                        new MaxQueryComplexityInstrumentation(MAX_COMPLEXITY,
                                GraphQlEndpoint::fieldCost)))
                .build();
        WebGraphQlInterceptor callerIntoContext = (request, chain) -> {
            Object caller = request.getAttributes().get(Callers.KEY);
            request.configureExecutionInput((input, builder) ->
                    builder.graphQLContext(Map.of(Callers.KEY, caller)).build());
            return chain.next(request);
        };
        GraphQlHttpHandler http = new GraphQlHttpHandler(
                WebGraphQlHandler.builder(new DefaultExecutionGraphQlService(source))
                        .interceptor(callerIntoContext).build());

        return request -> {
            try {
                request.attributes().put(Callers.KEY, authenticate.apply(request));
            } catch (AuthenticationFailedException e) {
                return unauthenticated(e.getMessage());
            }
            return http.handleRequest(request);
        };
    }

    /**
     * A field costs one, and a paged field costs its children once per item it may return, so
     * that {@code events(first: 100)} weighs a hundred times its selection.
     */
    static int fieldCost(FieldComplexityEnvironment field, int childCost) {
        Object first = field.getArguments().get("first");
        int items = first instanceof Integer count ? Math.max(1, count) : 1;
        return 1 + childCost * items;
    }

    private static ServerResponse unauthenticated(String reason) {
        return ServerResponse.status(HttpStatus.UNAUTHORIZED)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("errors", List.of(Map.of("message", reason,
                        "extensions", Map.of("code", "UNAUTHENTICATED")))));
    }
}
