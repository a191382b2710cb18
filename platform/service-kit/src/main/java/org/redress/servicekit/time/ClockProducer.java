package org.redress.servicekit.time;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/**
 * The one source of "now" for a service. Statutory days are days in England, so the zone is
 * Europe/London; tests replace the bean with a clock they can move.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ENGLAND);
    }
}
