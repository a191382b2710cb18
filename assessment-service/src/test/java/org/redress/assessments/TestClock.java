package org.redress.assessments;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Replaces the service kit's system clock in every @QuarkusTest with one that stands still on a
 * known Wednesday, so that "today" (the start of a reassessment, the future-date rule, clock
 * states) is the same on every run and due dates can be checked against hand-computed dates.
 */
public class TestClock {

    /** Wednesday 25 November 2026. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.fixed(TODAY.atTime(10, 0).atZone(LONDON).toInstant(), LONDON);
    }
}
