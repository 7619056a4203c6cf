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
        return outage(failure, 0) != null;
    }

    /**
     * Whether PostgreSQL refused a text value it cannot hold (a NUL character, SQLState 22021, or one with no
     * equivalent in its encoding, 22P05): the client's mistake, not the server's.
     */
    static boolean isUnstorableText(Throwable failure) {
        return find(failure, 0, sql -> "22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState())) != null;
    }

    static String describe(Throwable failure) {
        SQLException outage = outage(failure, 0);
        return outage == null ? failure.getClass().getSimpleName() : outage.getSQLState() + " " + outage.getMessage();
    }

    /**
     * The SQL exception that says the database is gone, looked for in the causes and in the suppressed exceptions
     * (a transaction manager reports the failed commit and attaches the connection's error as suppressed).
     */
    private static SQLException outage(Throwable failure, int depth) {
        return find(failure, depth, DatabaseOutage::isOutage);
    }

    private static SQLException find(Throwable failure, int depth, java.util.function.Predicate<SQLException> wanted) {
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLException sql && wanted.test(sql)) {
                return sql;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                SQLException found = find(suppressed, depth + 1, wanted);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean isOutage(SQLException exception) {
        String state = exception.getSQLState();
        String message = String.valueOf(exception.getMessage()).toLowerCase();
        // 08: connection exceptions; 57P01-57P03: admin shutdown, crash shutdown, cannot connect now.
        return state != null && (state.startsWith("08") || state.startsWith("57P"))
                || message.contains("acquisition timeout");
    }
}
