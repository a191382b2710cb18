package org.redress.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class MutableClockTest {

    @Test
    void standsStillUntilMovedAndShowsLondonTime() {
        MutableClock clock = MutableClock.at("2026-07-01T08:00:00Z");

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-07-01T08:00:00Z"));
        assertThat(LocalDateTime.now(clock)).isEqualTo(LocalDateTime.parse("2026-07-01T09:00:00")); // BST

        clock.advance(Duration.ofDays(1));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-07-02T08:00:00Z"));

        clock.set(Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(LocalDateTime.now(clock)).isEqualTo(LocalDateTime.parse("2026-12-01T08:00:00")); // GMT
    }

    @Test
    void aClockInAnotherZoneMovesWithTheOriginal() {
        MutableClock clock = MutableClock.at("2026-01-05T09:00:00Z");
        MutableClock utc = clock.withZone(ZoneOffset.UTC);

        clock.advance(Duration.ofHours(2));

        assertThat(utc.instant()).isEqualTo(Instant.parse("2026-01-05T11:00:00Z"));
        assertThat(utc.getZone()).isEqualTo(ZoneOffset.UTC);
    }
}
