package org.redress.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ServiceLaunchTest {

    private static final Path ROOT = Path.of("/repo");
    private static final PostgresServer POSTGRES = PostgresServer.fromJdbcUrl("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");

    @Test
    void passesTheServiceContractsEnvironment() {
        ServiceLaunch launch = ServiceLaunch.of(ServiceSpec.ASSESSMENTS, ROOT, POSTGRES, "127.0.0.1:9092", List.of(), ROOT.resolve("logs"));

        assertThat(launch.environment()).containsExactly(
                entry("HTTP_PORT", "8082"),
                entry("DB_URL", "jdbc:postgresql://127.0.0.1:5432/assessments"),
                entry("DB_USERNAME", "postgres"),
                entry("DB_PASSWORD", ""),
                entry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
                entry("REDRESS_JWT_PUBLIC_KEY_LOCATION", "file:///repo/.redress/dev-identity/dev-public.pem"),
                entry("REDRESS_JWT_ISSUER", "https://dev-identity.redress.local"),
                entry("REDRESS_JWT_AUDIENCE", "redress"));
    }

    @Test
    void runsTheFastJarWithTheJvmOptionsFromTheModuleDirectory() {
        ServiceLaunch launch = ServiceLaunch.of(ServiceSpec.REMEDIES, ROOT, POSTGRES, "127.0.0.1:9092",
                List.of("-Xmx256m", "-XX:+UseSerialGC"), ROOT.resolve(".redress/logs"));

        assertThat(launch.command(Path.of("/jdk/bin/java"))).containsExactly(
                "/jdk/bin/java", "-Xmx256m", "-XX:+UseSerialGC", "-jar", "/repo/remedy-service/target/quarkus-app/quarkus-run.jar");
        assertThat(launch.workingDirectory()).isEqualTo(Path.of("/repo/remedy-service"));
        assertThat(launch.logFile()).isEqualTo(Path.of("/repo/.redress/logs/remedy-service.log"));
        assertThat(launch.baseUrl()).isEqualTo("http://localhost:8083");
    }

    @Test
    void aServiceCanMoveToAnotherPortForATestRun() {
        ServiceLaunch launch = ServiceLaunch.of(ServiceSpec.COMPLAINTS.withPort(18081), ROOT, POSTGRES, "b:1", List.of(), ROOT);

        assertThat(launch.environment()).containsEntry("HTTP_PORT", "18081").containsEntry("DB_URL", "jdbc:postgresql://127.0.0.1:5432/complaints");
    }

    private static java.util.Map.Entry<String, String> entry(String key, String value) {
        return java.util.Map.entry(key, value);
    }
}
