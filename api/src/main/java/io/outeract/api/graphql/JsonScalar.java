package io.outeract.api.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.GraphQLScalarType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * A JSON value: written out as the maps and lists it was read into, and read from a literal
 * or a variable into maps, lists, strings, numbers, booleans and nulls.
 */
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
                    return input;
                }

                @Override
                public Object parseLiteral(Value<?> input, CoercedVariables variables,
                        GraphQLContext context, Locale locale) {
                    return literal(input, variables);
                }
            })
            .build();

    static final RuntimeWiringConfigurer WIRING = builder -> builder.scalar(JSON);

    private JsonScalar() {
    }

    private static Object literal(Value<?> value, CoercedVariables variables) {
        if (value instanceof ObjectValue object) {
            Map<String, Object> fields = new LinkedHashMap<>();
            object.getObjectFields().forEach(field ->
                    fields.put(field.getName(), literal(field.getValue(), variables)));
            return fields;
        }
        if (value instanceof ArrayValue array) {
            List<Object> items = new ArrayList<>();
            array.getValues().forEach(item -> items.add(literal(item, variables)));
            return items;
        }
        if (value instanceof StringValue text) {
            return text.getValue();
        }
        if (value instanceof IntValue number) {
            return number.getValue();
        }
        if (value instanceof FloatValue number) {
            return number.getValue();
        }
        if (value instanceof BooleanValue bool) {
            return bool.isValue();
        }
        if (value instanceof VariableReference variable) {
            return variables.get(variable.getName());
        }
        if (value instanceof NullValue || value instanceof EnumValue) {
            return value instanceof EnumValue name ? name.getName() : null;
        }
        throw new CoercingParseLiteralException("Not a JSON value: " + value);
    }
}
