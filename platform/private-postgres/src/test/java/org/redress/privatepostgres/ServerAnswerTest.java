package org.redress.privatepostgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ServerAnswerTest {

    @Test
    void aPortNobodyListensOnIsNothingListening() throws IOException {
        int unused;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            unused = socket.getLocalPort();
        }

        assertThat(ServerAnswer.of(PrivatePostgres.jdbcUrl(unused, "postgres"))).isInstanceOf(ServerAnswer.NothingListening.class);
    }

    @Test
    void aServerThatDoesNotKnowTheRoleRefuses() {
        String machineServer = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
        Assumptions.assumeTrue(ServerAnswer.of(machineServer) instanceof ServerAnswer.Accepted, "no PostgreSQL on 127.0.0.1:5432");

        ServerAnswer answer = ServerAnswer.of("jdbc:postgresql://127.0.0.1:5432/postgres?user=no_such_role_redress");

        assertThat(answer).isInstanceOfSatisfying(ServerAnswer.Refused.class,
                refused -> assertThat(refused.reason()).contains("no_such_role_redress"));
    }

    @Test
    void buildsTheUrlOfADatabaseOnThePrivateServer() {
        assertThat(PrivatePostgres.jdbcUrl(5433, "complaints")).isEqualTo("jdbc:postgresql://127.0.0.1:5433/complaints?user=postgres");
    }
}
