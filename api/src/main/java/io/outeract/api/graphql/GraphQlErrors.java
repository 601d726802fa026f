package io.outeract.api.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.outeract.api.security.MissingScopeException;
import io.outeract.command.organisation.NotAMemberException;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * The one place where exceptions become GraphQL errors: a code a program can act on and a
 * message a person can. Anything unforeseen is logged and told as an internal error only.
 */
@Component
public class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable thrown, DataFetchingEnvironment env) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof MissingScopeException missing) {
            return error(env, ErrorType.FORBIDDEN, "MISSING_SCOPE", missing.getMessage())
                    .extensions(Map.of("code", "MISSING_SCOPE",
                            "missingScope", missing.scope().value()))
                    .build();
        }
        if (cause instanceof NotAMemberException || cause instanceof AccessDeniedException) {
            return error(env, ErrorType.FORBIDDEN, "FORBIDDEN", cause.getMessage()).build();
        }
        if (cause instanceof NotFoundException || cause instanceof AggregateNotFoundException
                || cause.getClass().getSimpleName().endsWith("NotFoundException")) {
            return error(env, ErrorType.NOT_FOUND, "NOT_FOUND", cause.getMessage()).build();
        }
        if (cause instanceof IllegalArgumentException
                || cause instanceof DateTimeParseException) {
            return error(env, ErrorType.BAD_REQUEST, "BAD_INPUT", cause.getMessage()).build();
        }
        if (cause instanceof IllegalStateException) {
            return error(env, ErrorType.BAD_REQUEST, "CONFLICT", cause.getMessage()).build();
        }
        log.error("The field {} failed unexpectedly", env.getField().getName(), cause);
        return error(env, ErrorType.INTERNAL_ERROR, "INTERNAL",
                "Something went wrong on the server; it has been logged").build();
    }

    private static GraphqlErrorBuilder<?> error(
            DataFetchingEnvironment env, ErrorType type, String code, String message) {
        return GraphqlErrorBuilder.newError(env).errorType(type).message(message)
                .extensions(Map.of("code", code));
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while ((current instanceof CompletionException || current instanceof ExecutionException
                || current instanceof CommandExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
