package org.redress.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.redress.local.PostgresServer;

/**
 * A PostgreSQL server of the end-to-end run's own: {@code initdb} into a fresh data folder, then
 * {@code pg_ctl start} on a free port on 127.0.0.1 with trust authentication, using the machine's
 * PostgreSQL binaries. The machine's own server is shared with other test runs and must never be
 * stopped; this one can be, which is what the database-restart fault needs.
 *
 * <p>initdb and postgres refuse to run as root. When this JVM runs as root (as in CI), they run as
 * the {@code postgres} user through {@code runuser}, and the data folder is handed to that user.
 * Unix sockets are switched off, so nothing is written next to the machine server's socket.
 */
public final class PrivatePostgres implements AutoCloseable {

    private static final Path BINARIES = Path.of("/usr/lib/postgresql");
    private static final String SYSTEM_USER = "postgres";
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

    private final Path bin;
    private final Path folder;
    private final Path data;
    private final Path log;
    private final int port;
    private final boolean asRoot;

    private PrivatePostgres(Path bin, Path folder, int port, boolean asRoot) {
        this.bin = bin;
        this.folder = folder;
        this.data = folder.resolve("data");
        this.log = folder.resolve("postgres.log");
        this.port = port;
        this.asRoot = asRoot;
    }

    /** Creates a cluster in {@code folder} (emptied first) and starts it on a free port. */
    public static PrivatePostgres start(Path folder) {
        PrivatePostgres server;
        try {
            deleteRecursively(folder);
            Files.createDirectories(folder);
            server = new PrivatePostgres(binaries(), folder, RunningSuite.freePort(), "root".equals(System.getProperty("user.name")));
            if (server.asRoot) {
                server.run(List.of("chown", "-R", SYSTEM_USER + ":", folder.toString()), false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + folder + " for a private PostgreSQL", e);
        }
        server.run(List.of(server.tool("initdb"), "-D", server.data.toString(), "-U", SYSTEM_USER, "-A", "trust",
                "-E", "UTF8", "--no-locale", "--no-sync"), true);
        server.start();
        return server;
    }

    /** The highest PostgreSQL version installed, e.g. {@code /usr/lib/postgresql/15/bin}. */
    private static Path binaries() throws IOException {
        try (Stream<Path> versions = Files.list(BINARIES)) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/pg_ctl")))
                    .max(Comparator.comparingInt(v -> versionNumber(v.getFileName().toString())))
                    .map(v -> v.resolve("bin"))
                    .orElseThrow(() -> new IOException("no PostgreSQL binaries under " + BINARIES));
        }
    }

    private static int versionNumber(String folderName) {
        try {
            return Integer.parseInt(folderName.replaceAll("\\..*", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Starts the server (again) on the same port and data; returns once it accepts connections. */
    public void start() {
        String options = String.join(" ", "-p", String.valueOf(port), "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=''", "-c", "max_connections=200", "-c", "shared_buffers=64MB",
                "-c", "fsync=off", "-c", "full_page_writes=off");
        run(List.of(tool("pg_ctl"), "start", "-D", data.toString(), "-w", "-t", "60", "-l", log.toString(),
                "-o", options), true);
    }

    /** Stops the server the fast way: open sessions are cut off, committed work is kept. */
    public void stop() {
        run(List.of(tool("pg_ctl"), "stop", "-D", data.toString(), "-m", "fast", "-w", "-t", "60"), true);
    }

    public boolean isRunning() {
        return Files.exists(data.resolve("postmaster.pid"));
    }

    public PostgresServer server() {
        return PostgresServer.fromJdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=" + SYSTEM_USER);
    }

    public int port() {
        return port;
    }

    /** Stops the server if it runs and deletes its folder. */
    @Override
    public void close() {
        try {
            if (isRunning()) {
                run(List.of(tool("pg_ctl"), "stop", "-D", data.toString(), "-m", "immediate", "-w", "-t", "30"), true);
            }
        } finally {
            try {
                deleteRecursively(folder);
            } catch (IOException e) {
                System.err.println("could not delete " + folder + ": " + e.getMessage());
            }
        }
    }

    private String tool(String name) {
        return bin.resolve(name).toString();
    }

    private void run(List<String> command, boolean asSystemUser) {
        List<String> full = new ArrayList<>();
        if (asSystemUser && asRoot) {
            full.addAll(List.of("runuser", "-u", SYSTEM_USER, "--"));
        }
        full.addAll(command);
        Path output = folder.resolve("command.log");
        try {
            // pg_ctl's server keeps running after pg_ctl exits: its output goes to a file, never to a pipe
            Process process = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
            process.getOutputStream().close();
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", full) + " did not finish within "
                        + COMMAND_TIMEOUT.toSeconds() + " s; see " + output + " and " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed with exit code " + process.exitValue()
                        + ": " + tail(output) + "\n" + tail(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", full), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", full), e);
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(" + file + " not readable)";
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
