package org.redress.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class LauncherCommandTest {

    @Test
    void upStartsEverything() {
        assertThat(LauncherCommand.parse(List.of("up"))).isEqualTo(LauncherCommand.UP);
    }

    @Test
    void infraOnlyStartsKafkaAndTheDatabasesOnly() {
        assertThat(LauncherCommand.parse(List.of("up", "--infra-only"))).isEqualTo(LauncherCommand.INFRA_ONLY);
    }

    @Test
    void noArgumentsOrHelpShowTheUsage() {
        assertThat(LauncherCommand.parse(List.of())).isEqualTo(LauncherCommand.HELP);
        assertThat(LauncherCommand.parse(List.of("help"))).isEqualTo(LauncherCommand.HELP);
        assertThat(LauncherCommand.parse(List.of("--help"))).isEqualTo(LauncherCommand.HELP);
        assertThat(LauncherCommand.parse(List.of("up", "-h"))).isEqualTo(LauncherCommand.HELP);
    }

    @Test
    void refusesWhatItDoesNotKnowByName() {
        assertThatThrownBy(() -> LauncherCommand.parse(List.of("down"))).hasMessageContaining("'down'");
        assertThatThrownBy(() -> LauncherCommand.parse(List.of("up", "--infra"))).hasMessageContaining("'--infra'");
    }

    @Test
    void usageNamesEveryCommandAndVariable() {
        assertThat(LauncherCommand.USAGE).contains("up --infra-only", "REDRESS_PG_URL", "REDRESS_KAFKA_PORT",
                "REDRESS_SERVICE_JAVA_OPTS", "REDRESS_STARTUP_TIMEOUT");
    }
}
