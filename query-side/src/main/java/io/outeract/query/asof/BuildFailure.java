package io.outeract.query.asof;

import java.sql.SQLException;

/**
 * What an operator is told of a failed build. PostgreSQL's own message can quote a failing row,
 * which may hold a message's text, so only its class and SQL state are kept.
 */
final class BuildFailure {

    private BuildFailure() {
    }

    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String own = failure instanceof SQLException || failure.getMessage() == null
                ? failure.getClass().getSimpleName()
                : failure.getMessage();
        if (root == failure) {
            return own;
        }
        String state = root instanceof SQLException sql ? " (SQL state " + sql.getSQLState() + ")"
                : "";
        return own + "; caused by " + root.getClass().getSimpleName() + state;
    }
}
