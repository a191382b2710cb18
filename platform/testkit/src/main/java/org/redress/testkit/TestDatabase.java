package org.redress.testkit;

import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.postgresql.util.PSQLState;
import org.redress.privatepostgres.PrivatePostgres;
import org.redress.privatepostgres.ServerAnswer;

/**
 * A fresh, empty PostgreSQL database for one Quarkus application start, created on the server named
 * by {@code REDRESS_TEST_PG_URL} (default: the local server, user postgres, trust auth).
 *
 * @param serverUrl the administrative JDBC URL used to create and drop the database
 * @param name      {@code t_<random>}
 * @param url       JDBC URL of the new database, without user and password
 * @param username  user for the new database
 * @param password  password, empty for trust auth
 */
record TestDatabase(String serverUrl, String name, String url, String username, String password) {

    static final String URL_VARIABLE = "REDRESS_TEST_PG_URL";
    static final String DEFAULT_SERVER_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
    static final String START_HINT = "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";

    /** Creates the database; fails with how to start PostgreSQL when the server cannot be reached. */
    static TestDatabase create() {
        String serverUrl = serverUrl(System.getenv().getOrDefault(URL_VARIABLE, DEFAULT_SERVER_URL));
        JdbcUrl server = JdbcUrl.parse(serverUrl);
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(serverUrl, "CREATE DATABASE " + name);
        return new TestDatabase(serverUrl, name, server.withDatabase(name), server.user(), server.password());
    }

    /** The configured server if it lets us in; the JVM's private server if nothing listens there. */
    static String serverUrl(String configured) {
        ServerAnswer answer = ServerAnswer.of(configured);
        if (answer instanceof ServerAnswer.NothingListening) {
            return PrivateServer.SERVER.adminUrl();
        }
        if (answer instanceof ServerAnswer.Refused refused) {
            throw new IllegalStateException("PostgreSQL at " + configured + " refused the tests (" + refused.reason()
                    + "). Fix the user or password in " + URL_VARIABLE + ", or unset it to use a server of the tests' own.");
        }
        return configured;
    }

    /** Started on first use, once per test JVM, and stopped when the JVM exits. */
    private static final class PrivateServer {
        static final PrivatePostgres SERVER = start();

        private static PrivatePostgres start() {
            Path folder = Files.isDirectory(Path.of("target")) ? Path.of("target", "private-postgres-" + ProcessHandle.current().pid())
                    : Path.of(System.getProperty("java.io.tmpdir"), "redress-test-postgres-" + ProcessHandle.current().pid());
            PrivatePostgres server = PrivatePostgres.throwaway(folder).stopOnExit();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-postgres-delete"));
            System.err.println("Nothing answers at " + System.getenv().getOrDefault(URL_VARIABLE, DEFAULT_SERVER_URL)
                    + ": the tests use a " + server.describe(Path.of("").toAbsolutePath()));
            return server;
        }
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
