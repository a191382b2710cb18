package org.redress.privatepostgres;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * What a PostgreSQL server at a JDBC URL says to a connection attempt: it lets us in, nothing listens
 * there (so a private server may take over), it answers but refuses us (a wrong password, a role or
 * database that does not exist: only the developer can fix that), or it cannot be reached otherwise
 * (unknown host, time-out).
 */
public sealed interface ServerAnswer {

    record Accepted() implements ServerAnswer {
    }

    record NothingListening(String reason) implements ServerAnswer {
    }

    record Refused(String reason, String sqlState) implements ServerAnswer {
    }

    record Unreachable(String reason) implements ServerAnswer {
    }

    int LOGIN_TIMEOUT_SECONDS = 5;

    static ServerAnswer of(String jdbcUrl) {
        DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        try (Connection ignored = DriverManager.getConnection(jdbcUrl)) {
            return new Accepted();
        } catch (SQLException e) {
            return classify(e);
        }
    }

    /** 08xxx are connection exceptions; a refused TCP connection means nothing listens on that port. */
    static ServerAnswer classify(SQLException e) {
        String sqlState = e.getSQLState() == null ? "" : e.getSQLState();
        if (!sqlState.startsWith("08")) {
            return new Refused(rootCause(e), sqlState);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return new NothingListening(rootCause(e));
            }
        }
        return new Unreachable(rootCause(e));
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
