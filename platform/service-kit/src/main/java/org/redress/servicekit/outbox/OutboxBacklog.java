package org.redress.servicekit.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.redress.servicekit.metrics.DatabaseGauges;
import org.redress.servicekit.metrics.GaugeFamily;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * How far the relay is behind: the unsent outbox rows ({@value #UNSENT}) and the age of the oldest
 * ({@value #OLDEST_AGE}, seconds; 0 when none waits). A backlog that keeps growing, or an oldest row
 * minutes old, means events are not reaching the broker and the other services do not hear of
 * decisions. Both read only the unsent rows, through the relay's partial index.
 */
@ApplicationScoped
public class OutboxBacklog implements DatabaseGauges {

    /** Prometheus: {@code redress_outbox_unsent_events}. */
    public static final String UNSENT = "redress.outbox.unsent.events";
    /** Prometheus: {@code redress_outbox_oldest_unsent_age_seconds}. */
    public static final String OLDEST_AGE = "redress.outbox.oldest.unsent.age.seconds";

    private final EntityManager em;
    private final Clock clock;
    private final GaugeFamily unsent;
    private final GaugeFamily oldestAge;

    public OutboxBacklog(EntityManager em, Clock clock, MeterRegistry meters) {
        this.em = em;
        this.clock = clock;
        this.unsent = new GaugeFamily(meters, UNSENT, "Outbox rows not yet acknowledged by the broker");
        this.oldestAge = new GaugeFamily(meters, OLDEST_AGE, "Age in seconds of the oldest unsent outbox row");
        unsent.register(List.of());
        oldestAge.register(List.of());
    }

    @Override
    public String name() {
        return "outbox-backlog";
    }

    @Override
    public void refresh(LocalDate today) {
        Object[] row = (Object[]) em.createNativeQuery(
                "SELECT count(*), min(occurred_at) FROM outbox WHERE sent_at IS NULL").getSingleResult();
        long age = row[1] == null ? 0 : Math.max(0, Duration.between(instant(row[1]), clock.instant()).toSeconds());
        unsent.publish(Map.of(List.of(), ((Number) row[0]).longValue()));
        oldestAge.publish(Map.of(List.of(), age));
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant()
                : value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }
}
