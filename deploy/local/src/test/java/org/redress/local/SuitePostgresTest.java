package org.redress.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.privatepostgres.ServerAnswer;

/** Which server the suite uses for each answer the configured address gives; no server is started here. */
class SuitePostgresTest {

    private static final String DEFAULT_URL = LauncherSettings.DEFAULT_PG_URL;

    @TempDir
    Path root;

    @Test
    void usesTheConfiguredServerWhenItLetsTheLauncherIn() {
        SuitePostgres chosen = SuitePostgres.choose(DEFAULT_URL, false, folder(), root, url -> new ServerAnswer.Accepted());

        assertThat(chosen.isPrivate()).isFalse();
        assertThat(chosen.server().address()).isEqualTo("127.0.0.1:5432");
        assertThat(folder()).doesNotExist();
    }

    @Test
    void aServerThatRefusesIsNeverReplacedAndTheMessageSaysWhatToSet() {
        ServerAnswer refused = new ServerAnswer.Refused("password authentication failed for user \"postgres\"", "28P01");

        assertThatThrownBy(() -> SuitePostgres.choose(DEFAULT_URL, false, folder(), root, url -> refused))
                .isInstanceOf(LocalPostgres.PostgresUnavailable.class)
                .hasMessageContaining("127.0.0.1:5432 refused the launcher")
                .hasMessageContaining("28P01")
                .hasMessageContaining("set REDRESS_PG_URL")
                .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1));
        assertThat(folder()).doesNotExist();
    }

    @Test
    void anAddressTheDeveloperChoseIsNeverReplacedWhenNothingListensThere() {
        String chosenUrl = "jdbc:postgresql://127.0.0.1:6543/postgres?user=postgres";
        ServerAnswer nothing = new ServerAnswer.NothingListening("Connection refused");

        assertThatThrownBy(() -> SuitePostgres.choose(chosenUrl, true, folder(), root, url -> nothing))
                .isInstanceOf(LocalPostgres.PostgresUnavailable.class)
                .hasMessageContaining("Nothing answers at 127.0.0.1:6543")
                .hasMessageContaining("unset REDRESS_PG_URL")
                .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1));
        assertThat(folder()).doesNotExist();
    }

    @Test
    void anUnreachableHostIsExplainedInOneLine() {
        ServerAnswer unreachable = new ServerAnswer.Unreachable("db.example: Name or service not known");

        assertThatThrownBy(() -> SuitePostgres.choose("jdbc:postgresql://db.example:5432/postgres", true, folder(), root,
                url -> unreachable))
                .hasMessageContaining("db.example:5432 cannot be reached")
                .hasMessageContaining("REDRESS_PG_URL")
                .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1));
    }

    @Test
    void aBrokenPrivateClusterIsReportedInOneLineWithItsLog() throws Exception {
        // under target/: when run as root the server's user must be able to reach the folder
        Path root = Files.createDirectories(Path.of("target", "suite-postgres-broken").toAbsolutePath());
        Path folder = root.resolve(".redress/postgres");
        Files.createDirectories(folder.resolve("data"));
        Files.writeString(folder.resolve("data/PG_VERSION"), "9\n"); // made by a PostgreSQL no machine carries

        assertThatThrownBy(() -> SuitePostgres.choose(DEFAULT_URL, false, folder, root,
                url -> new ServerAnswer.NothingListening("Connection refused")))
                .isInstanceOf(LocalPostgres.PostgresUnavailable.class)
                .hasMessageContaining("No PostgreSQL answers at 127.0.0.1:5432 and a private one could not start in .redress/postgres")
                .hasMessageContaining("made by PostgreSQL 9")
                .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1));
    }

    @Test
    void readsWhetherTheDeveloperChoseTheServer() {
        assertThat(LauncherSettings.fromEnvironment(root, java.util.Map.of()).postgresUrlGiven()).isFalse();
        assertThat(LauncherSettings.fromEnvironment(root, java.util.Map.of("REDRESS_PG_URL", " ")).postgresUrlGiven()).isFalse();
        assertThat(LauncherSettings.fromEnvironment(root, java.util.Map.of("REDRESS_PG_URL", DEFAULT_URL)).postgresUrlGiven()).isTrue();
        assertThat(LauncherSettings.fromEnvironment(root, java.util.Map.of()).privatePostgresDirectory())
                .isEqualTo(root.resolve(".redress/postgres"));
    }

    private Path folder() {
        return root.resolve(".redress/postgres");
    }
}
