package org.redress.testkit;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.postgresql.util.PSQLState;
import org.redress.privatepostgres.TestServer;

/**
 * A fresh, empty PostgreSQL database for one Quarkus application start, created on the
 * {@link TestServer}: the server named by {@code REDRESS_TEST_PG_URL} (default: the local server,
 * user postgres, trust auth), or a private one when nothing listens there.
 *
 * @param serverUrl the administrative JDBC URL used to create and drop the database
 * @param name      {@code t_<random>}
 * @param url       JDBC URL of the new database, without user and password
 * @param username  user for the new database
 * @param password  password, empty for trust auth
 */
record TestDatabase(String serverUrl, String name, String url, String username, String password) {

    static final String URL_VARIABLE = TestServer.URL_VARIABLE;
    static final String DEFAULT_SERVER_URL = TestServer.DEFAULT_URL;
    static final String START_HINT = "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";

    /** Creates the database; fails with how to start PostgreSQL when the server cannot be reached. */
    static TestDatabase create() {
        String serverUrl = TestServer.adminUrl();
        JdbcUrl server = JdbcUrl.parse(serverUrl);
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(serverUrl, "CREATE DATABASE " + name);
        return new TestDatabase(serverUrl, name, server.withDatabase(name), server.user(), server.password());
    }

    /** FORCE ends the connections the application may still hold (PostgreSQL 13+). */
    void drop() {
        execute(serverUrl, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    boolean exists() {
        try (Connection connection = connect(serverUrl);
             var statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up database " + name + ": " + e.getMessage(), e);
        }
    }

    private static void execute(String serverUrl, String sql) {
        try (Connection connection = connect(serverUrl); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("`" + sql + "` failed on " + serverUrl + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(String serverUrl) throws SQLException {
        try {
            return DriverManager.getConnection(serverUrl);
        } catch (SQLException e) {
            if (PSQLState.CONNECTION_UNABLE_TO_CONNECT.getState().equals(e.getSQLState())
                    || e.getCause() instanceof ConnectException) {
                throw new IllegalStateException("PostgreSQL is not reachable at " + serverUrl + " (" + e.getMessage()
                        + "). Start the local server with `" + START_HINT + "`, or set " + URL_VARIABLE
                        + " to a JDBC URL such as " + DEFAULT_SERVER_URL, e);
            }
            throw e;
        }
    }
}
