package org.redress.privatepostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A PostgreSQL server of Redress's own, on 127.0.0.1 with trust authentication for the superuser
 * {@value #SUPERUSER} and no Unix socket (so nothing is written beside a machine server's socket). Two
 * kinds:
 * <ul>
 * <li>{@link #throwaway(Path)}: a fresh cluster in an emptied folder on a free port, deleted on
 * {@link #close()} — for tests, which may also stop and start it to play a database outage;</li>
 * <li>{@link #persistent(Path, int)}: a cluster kept in its folder across runs and started on the port
 * given — for {@code ./redress up}, whose data stays in {@code .redress/postgres}.</li>
 * </ul>
 * The programs come from {@link PostgresBinaries} and run as the {@link ServerUser}.
 */
public final class PrivatePostgres implements AutoCloseable {

    public static final String SUPERUSER = "postgres";

    private final PostgresBinaries binaries;
    private final Path folder;
    private final Path data;
    private final int port;
    private final boolean throwaway;
    private final ServerUser user;
    private final ServerCommands commands;
    private Thread stopOnExit;

    private PrivatePostgres(PostgresBinaries binaries, ServerUser user, Path folder, int port, boolean throwaway) {
        this.binaries = binaries;
        this.folder = folder.toAbsolutePath().normalize();
        this.data = this.folder.resolve("data");
        this.port = port;
        this.throwaway = throwaway;
        this.user = user;
        this.commands = new ServerCommands(binaries, user, this.folder, this.folder.resolve("postgres.log"));
    }

    /** A new cluster in {@code folder} (emptied first), started on a free port. */
    public static PrivatePostgres throwaway(Path folder) {
        return throwaway(folder, PostgresBinaries.locate());
    }

    public static PrivatePostgres throwaway(Path folder, PostgresBinaries binaries) {
        try {
            FileTree.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + folder + " for a private PostgreSQL", e);
        }
        PrivatePostgres server = new PrivatePostgres(binaries, ServerUser.forThisProcess(), folder, freePort(), true);
        server.initialiseIfNeeded();
        server.start();
        return server;
    }

    /** The cluster in {@code folder}, created on first use, started on {@code port}. */
    public static PrivatePostgres persistent(Path folder, int port) {
        return persistent(folder, port, PostgresBinaries.locate());
    }

    public static PrivatePostgres persistent(Path folder, int port, PostgresBinaries binaries) {
        PrivatePostgres server = new PrivatePostgres(binaries, ServerUser.forThisProcess(), folder, port, false);
        server.initialiseIfNeeded();
        if (server.isRunning()) {
            server.stop(); // left running by a run that was killed: start it again on this run's port
        }
        server.start();
        return server;
    }

    /** Stops the server when the JVM exits, unless {@link #close()} did so first. */
    public synchronized PrivatePostgres stopOnExit() {
        if (stopOnExit == null) {
            stopOnExit = new Thread(this::stopIfRunning, "private-postgres-stop");
            Runtime.getRuntime().addShutdownHook(stopOnExit);
        }
        return this;
    }

    /** Starts the server (again) on its port and data; returns once it accepts connections. */
    public void start() {
        List<String> options = new ArrayList<>(List.of("-p", String.valueOf(port), "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=''", "-c", "max_connections=200", "-c", "shared_buffers=64MB"));
        if (throwaway) {
            // nothing to keep if the machine crashes: trade durability for speed
            options.addAll(List.of("-c", "fsync=off", "-c", "full_page_writes=off"));
        }
        commands.run("pg_ctl", List.of("start", "-D", data.toString(), "-w", "-t", "60", "-l",
                folder.resolve("postgres.log").toString(), "-o", String.join(" ", options)));
    }

    /** Stops the server the fast way: open sessions are cut off, committed work is kept. */
    public void stop() {
        commands.run("pg_ctl", List.of("stop", "-D", data.toString(), "-m", "fast", "-w", "-t", "60"));
    }

    public boolean isRunning() {
        // pg_ctl status: 0 running, 3 not running, 4 no data folder
        return Files.exists(data.resolve("postmaster.pid")) && commands.exitCodeOf("pg_ctl", List.of("status", "-D", data.toString())) == 0;
    }

    public int port() {
        return port;
    }

    public Path folder() {
        return folder;
    }

    public PostgresBinaries binaries() {
        return binaries;
    }

    /** JDBC URL of the {@code postgres} database as the superuser, for creating databases. */
    public String adminUrl() {
        return jdbcUrl(port, "postgres");
    }

    /** E.g. {@code jdbc:postgresql://127.0.0.1:5432/complaints?user=postgres}. */
    public static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + SUPERUSER;
    }

    /** E.g. "private PostgreSQL 15 in .redress/postgres on port 5432, from the machine's PostgreSQL binaries (...)". */
    public String describe(Path relativeTo) {
        Path shown = folder.startsWith(relativeTo) ? relativeTo.relativize(folder) : folder;
        return "private PostgreSQL " + binaries.version() + " in " + shown + " on 127.0.0.1:" + port + ", from "
                + binaries.describe();
    }

    /** Stops the server; a throwaway cluster's folder is deleted too. */
    @Override
    public synchronized void close() {
        try {
            stopIfRunning();
        } finally {
            if (stopOnExit != null && !Thread.currentThread().equals(stopOnExit)) {
                try {
                    Runtime.getRuntime().removeShutdownHook(stopOnExit);
                } catch (IllegalStateException e) {
                    // the JVM is already exiting: the hook runs and finds the server stopped
                }
            }
            if (throwaway) {
                try {
                    FileTree.delete(folder);
                } catch (IOException e) {
                    System.err.println("could not delete " + folder + ": " + e.getMessage());
                }
            }
        }
    }

    private void stopIfRunning() {
        if (isRunning()) {
            stop();
        }
    }

    private void initialiseIfNeeded() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder + " for a private PostgreSQL", e);
        }
        user.checkCanReach(folder);
        commands.handOver();
        Path versionFile = data.resolve("PG_VERSION");
        if (Files.exists(versionFile)) {
            checkVersion(versionFile);
            return;
        }
        commands.run("initdb", List.of("-D", data.toString(), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
                "--no-locale", "--no-sync"));
    }

    private void checkVersion(Path versionFile) {
        String clusterVersion;
        try {
            clusterVersion = Files.readString(versionFile).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + versionFile, e);
        }
        if (!clusterVersion.equals(binaries.version())) {
            throw new IllegalStateException("the PostgreSQL cluster in " + folder + " was made by PostgreSQL " + clusterVersion
                    + ", but the binaries found are " + binaries.describe() + ". Delete " + folder
                    + " to start afresh (its data is lost), or install PostgreSQL " + clusterVersion + ".");
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for a private PostgreSQL", e);
        }
    }
}
