package io.outeract.api.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import java.util.Locale;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Output-only JSON: a value already parsed into maps and lists is written as it is. */
final class JsonScalar {

    static final GraphQLScalarType JSON = GraphQLScalarType.newScalar()
            .name("JSON")
            .description("A JSON value")
            .coercing(new Coercing<Object, Object>() {
                @Override
                public Object serialize(Object value, GraphQLContext context, Locale locale) {
                    return value;
                }

                @Override
                public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                    throw new CoercingParseValueException("JSON values are output only");
                }

                @Override
                public Object parseLiteral(Value<?> input, CoercedVariables variables,
                        GraphQLContext context, Locale locale) {
                    throw new CoercingParseLiteralException("JSON values are output only");
                }
            })
            .build();

    static final RuntimeWiringConfigurer WIRING = builder -> builder.scalar(JSON);

    private JsonScalar() {
    }
}
