package org.redress.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DevModeInstructionsTest {

    @Test
    void givesACommandPerServiceWithItsEnvironment() {
        String text = DevModeInstructions.forServices(List.of(ServiceSpec.COMPLAINTS),
                PostgresServer.fromJdbcUrl("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"), "127.0.0.1:9092");

        assertThat(text).contains("(cd complaints-service && HTTP_PORT=8081 DB_URL=jdbc:postgresql://127.0.0.1:5432/complaints"
                + " DB_USERNAME=postgres DB_PASSWORD='' KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092 mvn quarkus:dev)");
    }

    @Test
    void quotesValuesTheShellWouldSplitOrExpand() {
        assertThat(DevModeInstructions.shellQuote("plain-value:1")).isEqualTo("plain-value:1");
        assertThat(DevModeInstructions.shellQuote("it's $secret")).isEqualTo("'it'\\''s $secret'");
    }
}
