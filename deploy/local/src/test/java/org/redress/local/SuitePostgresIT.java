package org.redress.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redress.privatepostgres.PrivatePostgres;
import org.redress.privatepostgres.ServerAnswer;

/**
 * Real PostgreSQL servers: with nothing listening at the default address the suite runs its own, keeps
 * its cluster across runs and stops it; a real server that refuses the launcher ends the run with exit
 * code 2. Folders live under target/ (a server run as an unprivileged user must be able to reach them).
 */
class SuitePostgresIT {

    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @Test
    void runsAPrivateServerWhenNothingListensKeepsItsDatabasesAcrossRunsAndStopsIt() throws Exception {
        Path root = Files.createDirectories(TARGET.resolve("it-suite-postgres"));
        Path folder = root.resolve(".redress/postgres");
        deleteTree(folder);
        String defaultAddress = PrivatePostgres.jdbcUrl(freePort(), "postgres");

        try (SuitePostgres first = SuitePostgres.choose(defaultAddress, false, folder, root, ServerAnswer::of)) {
            assertThat(first.isPrivate()).isTrue();
            assertThat(first.description()).contains("runs its own: private PostgreSQL").contains("in .redress/postgres");
            assertThat(new LocalPostgres(first.server()).createMissingDatabases(List.of("complaints"))).containsExactly("complaints");
        }
        assertThat(ServerAnswer.of(defaultAddress)).isInstanceOf(ServerAnswer.NothingListening.class);

        try (SuitePostgres second = SuitePostgres.choose(defaultAddress, false, folder, root, ServerAnswer::of)) {
            assertThat(new LocalPostgres(second.server()).createMissingDatabases(List.of("complaints"))).isEmpty();
            try (Connection connection = DriverManager.getConnection(second.server().jdbcUrl("complaints") + "?user=postgres")) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
        assertThat(ServerAnswer.of(defaultAddress)).isInstanceOf(ServerAnswer.NothingListening.class);
        deleteTree(folder);
    }

    @Test
    void aServerThatRefusesTheLauncherEndsTheRunWithExitCode2AndOneLine() throws Exception {
        try (PrivatePostgres server = PrivatePostgres.throwaway(TARGET.resolve("it-refusing-postgres"))) {
            String unknownRole = "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres?user=no_such_role";
            LauncherSettings settings = new LauncherSettings(TARGET, unknownRole, true, freePort(), List.of(), Duration.ofSeconds(5));
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            PrintStream errors = System.err;
            ByteArrayOutputStream errorBytes = new ByteArrayOutputStream();
            System.setErr(new PrintStream(errorBytes, true, StandardCharsets.UTF_8));
            int exitCode;
            try {
                exitCode = new RedressLauncher(settings, new PrintStream(printed, true, StandardCharsets.UTF_8)).up(LauncherCommand.UP);
            } finally {
                System.setErr(errors);
            }

            assertThat(exitCode).isEqualTo(2);
            String error = errorBytes.toString(StandardCharsets.UTF_8);
            assertThat(error.lines()).hasSize(1);
            assertThat(error).contains("refused the launcher").contains("no_such_role").contains("REDRESS_PG_URL");
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
