package org.redress.privatepostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

/** Real servers: the JVM's private server stands in where nothing listens; a refusing server is never replaced. */
class TestServerIT {

    @Test
    void whereNothingListensTheTestsGetTheJvmsPrivateServerOnceAndAServerThatRefusesFailsThem() throws IOException {
        String nothingThere = PrivatePostgres.jdbcUrl(freePort(), "postgres");

        String first = TestServer.adminUrl(nothingThere);
        String second = TestServer.adminUrl(PrivatePostgres.jdbcUrl(freePort(), "postgres"));

        assertThat(first).isNotEqualTo(nothingThere).isEqualTo(second);
        assertThat(ServerAnswer.of(first)).isInstanceOf(ServerAnswer.Accepted.class);
        assertThat(TestServer.adminUrl(first)).isEqualTo(first);

        String refusing = first.replace("user=" + PrivatePostgres.SUPERUSER, "user=no_such_role");
        assertThatThrownBy(() -> TestServer.adminUrl(refusing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refused the tests")
                .hasMessageContaining("no_such_role")
                .hasMessageContaining(TestServer.URL_VARIABLE);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
