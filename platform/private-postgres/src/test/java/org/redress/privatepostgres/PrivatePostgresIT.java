package org.redress.privatepostgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Real servers from real binaries, in folders under target/. */
class PrivatePostgresIT {

    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @Test
    void startsAThrowawayServerFromTheMachinesBinariesAndDeletesItOnClose() throws SQLException {
        Assumptions.assumeTrue(PostgresBinaries.onMachine().isPresent(), "this machine has no PostgreSQL binaries");
        Path folder = TARGET.resolve("it-throwaway");
        try (PrivatePostgres server = PrivatePostgres.throwaway(folder, PostgresBinaries.onMachine().orElseThrow())) {
            assertThat(server.binaries().origin()).isEqualTo(PostgresBinaries.Origin.MACHINE);
            assertThat(query(server.adminUrl(), "SELECT current_user")).isEqualTo("postgres");

            server.stop();
            assertThat(server.isRunning()).isFalse();
            assertThat(ServerAnswer.of(server.adminUrl())).isInstanceOf(ServerAnswer.NothingListening.class);

            server.start();
            assertThat(query(server.adminUrl(), "SELECT 1")).isEqualTo("1");
        }
        assertThat(folder).doesNotExist();
    }

    @Test
    void aPersistentServerKeepsItsDataAcrossRuns() throws Exception {
        Path folder = TARGET.resolve("it-persistent");
        org.redress.privatepostgres.FileTree.delete(folder);
        PostgresBinaries binaries = PostgresBinaries.locate();
        int port = freePort();
        try (PrivatePostgres first = PrivatePostgres.persistent(folder, port, binaries)) {
            execute(first.adminUrl(), "CREATE TABLE kept (note text)");
            execute(first.adminUrl(), "INSERT INTO kept VALUES ('still here')");
        }
        assertThat(Files.exists(folder.resolve("data/PG_VERSION"))).isTrue();

        try (PrivatePostgres second = PrivatePostgres.persistent(folder, freePort(), binaries)) {
            assertThat(query(second.adminUrl(), "SELECT note FROM kept")).isEqualTo("still here");
        }
        FileTree.delete(folder);
    }

    @Test
    void runsFromTheMavenArtifactsBinariesWhenTheMachineHasNone() throws SQLException {
        PostgresBinaries binaries = PostgresBinaries.fromMaven(TARGET.resolve("it-binaries"));
        assertThat(binaries.origin()).isEqualTo(PostgresBinaries.Origin.MAVEN);

        try (PrivatePostgres server = PrivatePostgres.throwaway(TARGET.resolve("it-maven"), binaries)) {
            assertThat(query(server.adminUrl(), "SHOW server_version")).startsWith(binaries.version() + ".");
            assertThat(server.describe(TARGET)).contains("it-maven").contains("Maven");
        }
    }

    private static int freePort() throws java.io.IOException {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
