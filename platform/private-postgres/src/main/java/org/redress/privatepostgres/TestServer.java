package org.redress.privatepostgres;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The PostgreSQL server a test JVM creates its throwaway databases on: the one at
 * {@value #URL_VARIABLE} (default: the local server, user postgres, trust auth) when it lets the tests
 * in; when nothing listens there, one private server for the whole JVM, started on first use and
 * deleted when the JVM exits. A server that answers but refuses the tests fails them with what to fix:
 * only the developer can mend a password.
 */
public final class TestServer {

    public static final String URL_VARIABLE = "REDRESS_TEST_PG_URL";
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

    private TestServer() {
    }

    /** The administrative JDBC URL of the server to create test databases on. */
    public static String adminUrl() {
        return adminUrl(System.getenv().getOrDefault(URL_VARIABLE, DEFAULT_URL));
    }

    static String adminUrl(String configured) {
        ServerAnswer answer = ServerAnswer.of(configured);
        if (answer instanceof ServerAnswer.NothingListening) {
            return privateServer(configured).adminUrl();
        }
        if (answer instanceof ServerAnswer.Refused refused) {
            throw new IllegalStateException("PostgreSQL at " + configured + " refused the tests (" + refused.reason()
                    + "). Fix the user or password in " + URL_VARIABLE + ", or unset it to use a server of the tests' own.");
        }
        return configured;
    }

    private static PrivatePostgres privateServer;

    /** Started on first use, once per test JVM, and stopped and deleted when the JVM exits. */
    private static synchronized PrivatePostgres privateServer(String configured) {
        if (privateServer == null) {
            String pid = String.valueOf(ProcessHandle.current().pid());
            Path folder = Files.isDirectory(Path.of("target")) ? Path.of("target", "private-postgres-" + pid)
                    : Path.of(System.getProperty("java.io.tmpdir"), "redress-test-postgres-" + pid);
            PrivatePostgres server = PrivatePostgres.throwaway(folder).stopOnExit();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-postgres-delete"));
            System.err.println("Nothing answers at " + configured + ": the tests use a " + server.describe(Path.of("").toAbsolutePath()));
            privateServer = server;
        }
        return privateServer;
    }
}
