package org.redress.assessments.unmetneeds.infrastructure;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.redress.servicekit.metrics.DatabaseGauges;
import org.redress.servicekit.metrics.GaugeFamily;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The assessed needs the council has not met: how many are open ({@value #OPEN}) and how many
 * days the oldest has waited ({@value #OLDEST_AGE}; 0 when none is open). Read through the open
 * needs' partial index, so the cost is what is open.
 */
@ApplicationScoped
class UnmetNeedGauges implements DatabaseGauges {

    /** Prometheus: {@code redress_unmet_needs_open}. */
    static final String OPEN = "redress.unmet.needs.open";
    /** Prometheus: {@code redress_unmet_need_oldest_age_days}. */
    static final String OLDEST_AGE = "redress.unmet.need.oldest.age.days";

    private final EntityManager em;
    private final GaugeFamily open;
    private final GaugeFamily oldestAge;

    UnmetNeedGauges(EntityManager em, MeterRegistry meters) {
        this.em = em;
        this.open = new GaugeFamily(meters, OPEN, "Assessed needs not yet met");
        this.oldestAge = new GaugeFamily(meters, OLDEST_AGE, "Days since the oldest unmet need was recorded");
        open.register(List.of());
        oldestAge.register(List.of());
    }

    @Override
    public String name() {
        return "unmet-needs";
    }

    @Override
    public void refresh(LocalDate today) {
        Object[] row = (Object[]) em.createNativeQuery(
                "SELECT count(*), min(opened_on) FROM unmet_need WHERE closed_on IS NULL").getSingleResult();
        LocalDate oldest = row[1] == null ? null : row[1] instanceof Date date ? date.toLocalDate() : (LocalDate) row[1];
        open.publish(Map.of(List.of(), ((Number) row[0]).longValue()));
        oldestAge.publish(Map.of(List.of(), oldest == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(oldest, today))));
    }
}
