package org.redress.privatepostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ServerUserTest {

    @Test
    void anOrdinaryUserRunsTheServerThemselves() {
        ServerUser user = ServerUser.choose("alice", Set.of("alice", "postgres", "nobody"));

        assertThat(user.name()).isEmpty();
        assertThat(user.commandPrefix()).isEmpty();
    }

    @Test
    void rootHandsTheServerToThePostgresUser() {
        ServerUser user = ServerUser.choose("root", Set.of("root", "postgres", "nobody"));

        assertThat(user.name()).contains("postgres");
        assertThat(user.commandPrefix()).isEqualTo(List.of("runuser", "-u", "postgres", "--"));
    }

    @Test
    void rootUsesNobodyOnAMachineWithoutAPostgresUser() {
        assertThat(ServerUser.choose("root", Set.of("root", "nobody")).name()).contains("nobody");
    }

    @Test
    void rootWithNoUnprivilegedUserIsToldToAddOne() {
        assertThatThrownBy(() -> ServerUser.choose("root", Set.of("root")))
                .hasMessageContaining("cannot run as root").hasMessageContaining("useradd");
    }
}
