package org.redress.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LauncherSettingsTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void defaultsToTheLocalServerPort9092AndSmallHeaps() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(ROOT, Map.of());

        assertThat(settings.postgresAdminUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
        assertThat(settings.kafkaPort()).isEqualTo(9092);
        assertThat(settings.serviceJavaOptions()).contains("-Xmx256m", "-XX:+UseSerialGC");
        assertThat(settings.startupTimeout()).isEqualTo(Duration.ofSeconds(180));
    }

    @Test
    void runsTheServicesWithTheFullJitUnlessAskedToStartFast() {
        assertThat(LauncherSettings.fromEnvironment(ROOT, Map.of()).serviceJavaOptions())
                .doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(LauncherSettings.fromEnvironment(ROOT, Map.of("REDRESS_FAST_START", "1")).serviceJavaOptions())
                .containsExactly("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        assertThat(LauncherSettings.fromEnvironment(ROOT, Map.of("REDRESS_FAST_START", "0")).serviceJavaOptions())
                .doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(LauncherSettings.fromEnvironment(ROOT, Map.of("REDRESS_FAST_START", "1",
                "REDRESS_SERVICE_JAVA_OPTS", "-Xmx512m")).serviceJavaOptions()).containsExactly("-Xmx512m");
    }

    @Test
    void keepsDataAndLogsUnderDotRedressInTheRepository() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(ROOT, Map.of());

        assertThat(settings.kafkaDataDirectory()).isEqualTo(Path.of("/repo/.redress/kafka"));
        assertThat(settings.logDirectory()).isEqualTo(Path.of("/repo/.redress/logs"));
    }

    @Test
    void takesOverridesFromTheEnvironment() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(ROOT, Map.of(
                "REDRESS_PG_URL", "jdbc:postgresql://db:6543/postgres?user=admin",
                "REDRESS_KAFKA_PORT", "19092",
                "REDRESS_SERVICE_JAVA_OPTS", "  -Xmx512m   -XX:+UseG1GC ",
                "REDRESS_STARTUP_TIMEOUT", "30"));

        assertThat(settings.postgresAdminUrl()).isEqualTo("jdbc:postgresql://db:6543/postgres?user=admin");
        assertThat(settings.kafkaPort()).isEqualTo(19092);
        assertThat(settings.serviceJavaOptions()).containsExactly("-Xmx512m", "-XX:+UseG1GC");
        assertThat(settings.startupTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void treatsBlankValuesAsUnset() {
        assertThat(LauncherSettings.fromEnvironment(ROOT, Map.of("REDRESS_KAFKA_PORT", " ")).kafkaPort()).isEqualTo(9092);
    }

    @Test
    void namesTheVariableThatIsNotANumber() {
        assertThatThrownBy(() -> LauncherSettings.fromEnvironment(ROOT, Map.of("REDRESS_KAFKA_PORT", "kafka")))
                .hasMessageContaining("REDRESS_KAFKA_PORT");
        assertThatThrownBy(() -> LauncherSettings.fromEnvironment(ROOT, Map.of("REDRESS_KAFKA_PORT", "70000")))
                .hasMessageContaining("port");
    }
}
