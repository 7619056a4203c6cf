package io.verbatim.problem;

import java.sql.SQLException;

/**
 * Recognises failures that mean "the database cannot be reached" (connection refused or lost, server shutting down,
 * no connection to be had from the pool), which deserve a 503 with Retry-After rather than a 500.
 */
final class DatabaseOutage {

    static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {
    }

    static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isOutage(sql)) {
                return true;
            }
        }
        return false;
    }

    static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isOutage(sql)) {
                return sql.getSQLState() + " " + sql.getMessage();
            }
        }
        return failure.getClass().getSimpleName();
    }

    private static boolean isOutage(SQLException exception) {
        String state = exception.getSQLState();
        String message = String.valueOf(exception.getMessage()).toLowerCase();
        // 08: connection exceptions; 57P01-57P03: admin shutdown, crash shutdown, cannot connect now.
        return state != null && (state.startsWith("08") || state.startsWith("57P"))
                || message.contains("acquisition timeout");
    }
}
