package org.trustledger.adapters.common.problem;

import java.io.EOFException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure to reach the database (down, restarting, or no connection to be had in time) from a fault of the
 * product, by the JDBC exception types and standard SQL states somewhere in its causes: the first is a 503 the caller can
 * retry, the second a 500 to report.
 */
public final class DatabaseUnavailable {
    /** 57P01-57P03: the server is shutting down, crashed, or cannot accept connections yet. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private static final String CLOSED = "Connection is closed";

    private DatabaseUnavailable() {}

    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SocketException
                    || t instanceof EOFException) {
                return true;
            }
            // The pool's stand-in for a connection it already closed because the server went away has no SQL state.
            if (t instanceof SQLException sql && sql.getSQLState() == null && CLOSED.equals(sql.getMessage())) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // Class 08: connection exception.
                if (state.startsWith("08") || SERVER_GOING_AWAY.contains(state)) {
                    return true;
                }
            }
        }
        return false;
    }
}
