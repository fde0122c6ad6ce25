package io.github.muskopenai.archive.api.common;

import java.sql.SQLException;

/** Tells database outages and statement timeouts apart from bugs, by SQLState along the cause chain. */
final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /** The database cannot be reached, is shutting down, or the pool timed out waiting for a connection. */
    static boolean isUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatabaseUnavailableException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"))) {
                    return true;
                }
                String message = String.valueOf(sql.getMessage()).toLowerCase();
                if (state == null && (message.contains("acquisition timeout") || message.contains("connection"))) {
                    return true;
                }
            }
            if (t.getClass().getName().endsWith("JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }

    /** A query was cancelled by statement_timeout. */
    static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
                return true;
            }
            if (t.getClass().getName().endsWith("QueryTimeoutException")) {
                return true;
            }
        }
        return false;
    }
}
