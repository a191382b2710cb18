package org.redress.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The developer's own PostgreSQL server: checks it answers and creates the services' databases in it. */
public final class LocalPostgres {

    public static final String START_HINT = "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";

    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String DUPLICATE_DATABASE = "42P04";
    private static final int LOGIN_TIMEOUT_SECONDS = 5;

    private final PostgresServer server;

    public LocalPostgres(PostgresServer server) {
        this.server = server;
    }

    public PostgresServer server() {
        return server;
    }

    /** @throws PostgresUnavailable with a message that says what to do about it */
    public void checkReachable() {
        try (Connection ignored = connect()) {
            // connecting is the check
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** Creates those of the given databases that do not exist yet and returns their names. */
    public List<String> createMissingDatabases(List<String> databases) {
        List<String> created = new ArrayList<>();
        try (Connection connection = connect()) {
            for (String database : databases) {
                if (!exists(connection, database) && create(connection, database)) {
                    created.add(database);
                }
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
        return created;
    }

    private Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        return DriverManager.getConnection(server.adminUrl());
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static boolean create(Connection connection, String database) throws SQLException {
        // CREATE DATABASE takes no bind parameters, so only plain names are accepted
        if (!PLAIN_IDENTIFIER.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_DATABASE.equals(e.getSQLState())) {
                return false; // created meanwhile by someone else: fine
            }
            throw e;
        }
    }

    private PostgresUnavailable unavailable(SQLException e) {
        String sqlState = e.getSQLState() == null ? "" : e.getSQLState();
        // 08xxx: connection exceptions (refused, timed out, unknown host)
        if (sqlState.startsWith("08")) {
            return new PostgresUnavailable("""
                    PostgreSQL is unreachable at %s (%s).
                    Start the local server with:
                        %s
                    or point REDRESS_PG_URL at a running one, e.g. %s"""
                    .formatted(server.address(), rootCause(e), START_HINT, LauncherSettings.DEFAULT_PG_URL), e);
        }
        return new PostgresUnavailable("PostgreSQL at %s refused the launcher (%s, SQLState %s). Check the user and password in REDRESS_PG_URL."
                .formatted(server.address(), rootCause(e), sqlState), e);
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** The server cannot be used; the message tells the developer how to fix it. */
    public static final class PostgresUnavailable extends RuntimeException {
        public PostgresUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
