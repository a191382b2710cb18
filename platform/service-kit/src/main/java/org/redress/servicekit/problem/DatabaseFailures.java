package org.redress.servicekit.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;

/** Tells a failure caused by the database being unreachable from every other failure. */
public final class DatabaseFailures {

    private static final Set<String> SERVER_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");

    private DatabaseFailures() {
    }

    /**
     * True when anything in the cause chain is a lost or refused connection (SQLState class 08), or the
     * server shutting down or not yet accepting connections (57P01 admin shutdown, 57P02 crash shutdown,
     * 57P03 cannot connect now).
     */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_GOING_OR_COMING.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
