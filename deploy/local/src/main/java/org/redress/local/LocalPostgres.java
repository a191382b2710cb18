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

/** The PostgreSQL server the suite uses ({@link SuitePostgres}): creates the services' databases in it. */
public final class LocalPostgres {

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
        return new PostgresUnavailable("PostgreSQL at %s did not let the launcher create the databases %s (%s, SQLState %s): check that the user in REDRESS_PG_URL may create databases."
                .formatted(server.address(), ServiceSpec.databases(), rootCause(e), e.getSQLState()), e);
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** The server cannot be used; the message tells the developer how to fix it. */
    public static final class PostgresUnavailable extends RuntimeException {
        public PostgresUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
