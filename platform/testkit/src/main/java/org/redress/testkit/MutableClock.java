package org.redress.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that tests set and move forward, so that deadlines (10 working days, 25 working days)
 * can be reached without waiting. Thread-safe: services read it from request and scheduler threads while
 * the test moves it. Zone Europe/London unless another is given, because statutory time is English time.
 */
public final class MutableClock extends Clock {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    // shared with clocks made by withZone, so that moving one moves them all
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** A clock in Europe/London standing at {@code instant}. */
    public static MutableClock at(Instant instant) {
        return new MutableClock(new AtomicReference<>(Objects.requireNonNull(instant, "instant")), LONDON);
    }

    /** A clock in Europe/London standing at an ISO instant such as {@code 2026-01-05T09:00:00Z}. */
    public static MutableClock at(String isoInstant) {
        return at(Instant.parse(isoInstant));
    }

    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    /** Moves the clock forward (or back, for a negative duration) and returns the new instant. */
    public Instant advance(Duration duration) {
        return now.updateAndGet(current -> current.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving instant seen from another zone. */
    @Override
    public MutableClock withZone(ZoneId zone) {
        return new MutableClock(now, zone);
    }

    @Override
    public String toString() {
        return "MutableClock[" + now.get() + ", " + zone + "]";
    }
}
