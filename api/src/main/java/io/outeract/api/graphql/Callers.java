package io.outeract.api.graphql;

import graphql.schema.DataFetchingEnvironment;

/** Where an authenticated caller is kept for the fields of one request. */
public final class Callers {

    static final String KEY = "outeract.caller";

    private Callers() {
    }

    public static <T> T of(DataFetchingEnvironment environment, Class<T> type) {
        Object caller = environment.getGraphQlContext().get(KEY);
        if (!type.isInstance(caller)) {
            throw new IllegalStateException("No authenticated caller in this request");
        }
        return type.cast(caller);
    }
}
