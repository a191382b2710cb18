package org.redress.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresServerTest {

    @Test
    void readsHostPortAndUserFromTheAdminUrl() {
        PostgresServer server = PostgresServer.fromJdbcUrl("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");

        assertThat(server.address()).isEqualTo("127.0.0.1:5432");
        assertThat(server.user()).isEqualTo("postgres");
        assertThat(server.password()).isEmpty();
    }

    @Test
    void givesEachServiceItsOwnDatabaseOnTheSameServer() {
        PostgresServer server = PostgresServer.fromJdbcUrl("jdbc:postgresql://db.local:6543/postgres?user=admin&password=s3cret");

        assertThat(server.jdbcUrl("complaints")).isEqualTo("jdbc:postgresql://db.local:6543/complaints");
        assertThat(server.user()).isEqualTo("admin");
        assertThat(server.password()).isEqualTo("s3cret");
    }

    @Test
    void defaultsThePortTo5432() {
        assertThat(PostgresServer.fromJdbcUrl("jdbc:postgresql://localhost/postgres").port()).isEqualTo(5432);
    }

    @Test
    void refusesAnUrlForAnotherDatabase() {
        assertThatThrownBy(() -> PostgresServer.fromJdbcUrl("jdbc:mysql://localhost/x")).isInstanceOf(IllegalArgumentException.class);
    }
}
