package org.redress.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadinessTest {

    @Test
    void readyIs200WithStatusUp() {
        assertThat(Readiness.fromResponse(200, """
                {"status": "UP", "checks": [{"name": "Database connections health check", "status": "UP"}]}"""))
                .isEqualTo(Readiness.UP);
    }

    @Test
    void aFailingCheckAnswers503Down() {
        assertThat(Readiness.fromResponse(503, """
                {"status": "DOWN", "checks": [{"name": "Kafka", "status": "DOWN"}]}"""))
                .isEqualTo(Readiness.DOWN);
    }

    @Test
    void theOverallStatusDecidesNotTheChecks() {
        assertThat(Readiness.fromResponse(200, "{\"status\":\"DOWN\",\"checks\":[{\"status\":\"UP\"}]}")).isEqualTo(Readiness.DOWN);
    }

    @Test
    void a200WithoutAJsonBodyIsReady() {
        assertThat(Readiness.fromResponse(200, "")).isEqualTo(Readiness.UP);
    }

    @Test
    void anotherStatusCodeIsNotReady() {
        assertThat(Readiness.fromResponse(404, "Not Found")).isEqualTo(Readiness.DOWN);
    }
}
