package org.redress.local;

import java.nio.file.Path;
import java.util.function.Function;

import org.redress.privatepostgres.PrivatePostgres;
import org.redress.privatepostgres.ServerAnswer;

/**
 * The PostgreSQL server {@code ./redress up} puts the services' databases in. The developer's server at
 * REDRESS_PG_URL (by default 127.0.0.1:5432) whenever it lets the launcher in. When REDRESS_PG_URL is not
 * set and nothing listens at the default address, a private server of the suite's own on that port, its
 * cluster kept in {@code .redress/postgres} across runs and stopped with the suite, so that a machine with
 * only a JDK runs the suite. Anything else is the developer's to fix: a server that refuses the launcher,
 * an address they chose where nothing answers, or a private server that cannot start each end the run
 * with one line saying what to do.
 */
final class SuitePostgres implements AutoCloseable {

    private final PostgresServer server;
    private final PrivatePostgres privateServer;
    private final String description;

    private SuitePostgres(PostgresServer server, PrivatePostgres privateServer, String description) {
        this.server = server;
        this.privateServer = privateServer;
        this.description = description;
    }

    static SuitePostgres choose(LauncherSettings settings) {
        return choose(settings.postgresAdminUrl(), settings.postgresUrlGiven(), settings.privatePostgresDirectory(),
                settings.repositoryRoot(), ServerAnswer::of);
    }

    /**
     * @param adminUrl       where the developer's server is expected
     * @param urlGiven       whether the developer set that address (then no private server replaces it)
     * @param privateFolder  where a private server keeps its cluster
     * @param root           what the description shows paths relative to
     * @param ask            asks a server at a JDBC URL whether it lets us in
     * @throws LocalPostgres.PostgresUnavailable with one line saying what to do
     */
    static SuitePostgres choose(String adminUrl, boolean urlGiven, Path privateFolder, Path root,
                                Function<String, ServerAnswer> ask) {
        PostgresServer configured = PostgresServer.fromJdbcUrl(adminUrl);
        ServerAnswer answer = ask.apply(adminUrl);
        if (answer instanceof ServerAnswer.Accepted) {
            return new SuitePostgres(configured, null, "PostgreSQL at " + configured.address());
        }
        if (answer instanceof ServerAnswer.NothingListening nothing && !urlGiven) {
            return startPrivate(configured, privateFolder, root);
        }
        throw new LocalPostgres.PostgresUnavailable(explain(answer, configured, urlGiven), null);
    }

    private static SuitePostgres startPrivate(PostgresServer configured, Path folder, Path root) {
        PrivatePostgres started;
        try {
            started = PrivatePostgres.persistent(folder, configured.port());
        } catch (RuntimeException e) {
            String firstLine = String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName());
            throw new LocalPostgres.PostgresUnavailable("No PostgreSQL answers at " + configured.address()
                    + " and a private one could not start in " + shown(folder, root) + " (" + firstLine + "; its log is "
                    + shown(folder.resolve("postgres.log"), root) + "): install PostgreSQL, or set REDRESS_PG_URL to a running server.", e);
        }
        PostgresServer server = PostgresServer.fromJdbcUrl(started.adminUrl());
        return new SuitePostgres(server, started, "No PostgreSQL answered at " + configured.address() + ", so the suite runs its own: "
                + started.describe(root));
    }

    static String explain(ServerAnswer answer, PostgresServer server, boolean urlGiven) {
        String where = server.address();
        if (answer instanceof ServerAnswer.Refused refused) {
            return "PostgreSQL at " + where + " refused the launcher (" + refused.reason() + ", SQLState " + refused.sqlState() + "): "
                    + (urlGiven ? "check the user, password and database in REDRESS_PG_URL."
                            : "set REDRESS_PG_URL to a user it accepts, e.g. jdbc:postgresql://" + where + "/postgres?user=me&password=secret.");
        }
        if (answer instanceof ServerAnswer.NothingListening nothing) {
            return "Nothing answers at " + where + ", the address in REDRESS_PG_URL (" + nothing.reason()
                    + "): start PostgreSQL there, or unset REDRESS_PG_URL to let ./redress run a private server in .redress/postgres.";
        }
        if (answer instanceof ServerAnswer.Unreachable unreachable) {
            return "PostgreSQL at " + where + " cannot be reached (" + unreachable.reason() + "): check the host and port"
                    + (urlGiven ? " in REDRESS_PG_URL." : ", or set REDRESS_PG_URL to a server that answers.");
        }
        throw new IllegalArgumentException("nothing to explain about " + answer);
    }

    PostgresServer server() {
        return server;
    }

    boolean isPrivate() {
        return privateServer != null;
    }

    /** Which server it is, for the launcher's first lines. */
    String description() {
        return description;
    }

    /** Stops the private server, if this run started one; the developer's own server is left alone. */
    @Override
    public void close() {
        if (privateServer != null) {
            privateServer.close();
        }
    }

    private static String shown(Path path, Path root) {
        return path.startsWith(root) ? root.relativize(path).toString() : path.toString();
    }
}
