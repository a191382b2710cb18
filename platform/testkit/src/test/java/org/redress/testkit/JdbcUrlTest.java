package org.redress.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcUrlTest {

    @Test
    void swapsTheDatabaseAndTakesOutUserAndPassword() {
        JdbcUrl url = JdbcUrl.parse("jdbc:postgresql://db.local:5433/postgres?user=app&password=s%3Dcret&sslmode=disable");

        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("s=cret");
        assertThat(url.withDatabase("t_1")).isEqualTo("jdbc:postgresql://db.local:5433/t_1?sslmode=disable");
    }

    @Test
    void defaultsToUserPostgresWithoutPassword() {
        JdbcUrl url = JdbcUrl.parse("jdbc:postgresql://127.0.0.1:5432/postgres");

        assertThat(url.user()).isEqualTo("postgres");
        assertThat(url.password()).isEmpty();
        assertThat(url.withDatabase("t_2")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/t_2");
    }
}
