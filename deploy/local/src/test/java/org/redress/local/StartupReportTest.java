package org.redress.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class StartupReportTest {

    @Test
    void listsEachServiceWithItsUrlsReadinessAndStartUpTime() {
        String table = StartupReport.table(List.of(
                new StartupReport.Row("complaints-service", "http://localhost:8081", Readiness.UP, Duration.ofMillis(4_230)),
                new StartupReport.Row("remedy-service", "http://localhost:8083", Readiness.UP, Duration.ofMillis(12_050))));

        assertThat(table.lines()).containsExactly(
                "SERVICE             URL                    SWAGGER UI                          READINESS  START-UP",
                "complaints-service  http://localhost:8081  http://localhost:8081/q/swagger-ui  UP         4.2 s",
                "remedy-service      http://localhost:8083  http://localhost:8083/q/swagger-ui  UP         12.1 s");
    }

    @Test
    void summarisesTheWholeSuitesTimeToReadiness() {
        assertThat(StartupReport.summary(Duration.ofMillis(3_100), Duration.ofMillis(8_400), Duration.ofMillis(11_900)))
                .isEqualTo("Suite ready in 11.9 s (Kafka 3.1 s, services 8.4 s).");
    }
}
