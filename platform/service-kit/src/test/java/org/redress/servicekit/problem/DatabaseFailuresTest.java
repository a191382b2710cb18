package org.redress.servicekit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    private static RuntimeException wrapped(String sqlState) {
        return new PersistenceException("could not execute statement", new SQLException("from the server", sqlState));
    }

    @Test
    void aRefusedOrLostConnectionIsUnavailability() {
        assertThat(DatabaseFailures.isUnavailable(wrapped("08001"))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(wrapped("08006"))).isTrue();
    }

    @Test
    void aServerShuttingDownOrStillStartingIsUnavailability() {
        // pg_ctl stop -m fast ends open sessions with 57P01; a starting server refuses with 57P03
        assertThat(DatabaseFailures.isUnavailable(wrapped("57P01"))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(wrapped("57P03"))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(DatabaseFailures.isUnavailable(wrapped("23505"))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(wrapped(null))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("a bug"))).isFalse();
    }
}
