package org.redress.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class DevModeInstructionsTest {

    @Test
    void givesACommandPerServiceWithItsEnvironment() {
        String text = DevModeInstructions.forServices(List.of(ServiceSpec.COMPLAINTS),
                PostgresServer.fromJdbcUrl("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"), "127.0.0.1:9092",
                "io.quarkus:quarkus-maven-plugin:3.33.2:dev");

        assertThat(text).contains("  HTTP_PORT=8081 DB_URL=jdbc:postgresql://127.0.0.1:5432/complaints"
                + " DB_USERNAME=postgres DB_PASSWORD='' KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092"
                + " ./mvnw -pl complaints-service -am compile io.quarkus:quarkus-maven-plugin:3.33.2:dev\n");
    }

    @Test
    void namesTheQuarkusPluginWithTheVersionTheBuildUses() {
        assertThat(DevModeInstructions.devGoal(RepositoryRoot.findFrom(Path.of(""))))
                .matches("io\\.quarkus:quarkus-maven-plugin:3\\.[0-9.]+(\\.Final)?:dev");
    }

    @Test
    void quotesValuesTheShellWouldSplitOrExpand() {
        assertThat(DevModeInstructions.shellQuote("plain-value:1")).isEqualTo("plain-value:1");
        assertThat(DevModeInstructions.shellQuote("it's $secret")).isEqualTo("'it'\\''s $secret'");
    }
}
