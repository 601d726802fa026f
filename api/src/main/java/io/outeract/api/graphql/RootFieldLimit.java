package io.outeract.api.graphql;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/**
 * Refuses an operation with more top-level fields than a client needs. Aliases make one field
 * many: a thousand aliased lookups, or a hundred aliased sends, in one request are a storm.
 */
final class RootFieldLimit extends SimplePerformantInstrumentation {

    private final int maxRootFields;

    RootFieldLimit(int maxRootFields) {
        this.maxRootFields = maxRootFields;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        int fields = parameters.getExecutionContext().getOperationDefinition()
                .getSelectionSet().getSelections().size();
        if (fields > maxRootFields) {
            throw new AbortExecutionException("An operation may ask for at most " + maxRootFields
                    + " top-level fields (aliases included); this one asks for " + fields);
        }
        return super.beginExecuteOperation(parameters, state);
    }
}
