package org.redress.assessments.assessment.infrastructure;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.redress.servicekit.metrics.DatabaseGauges;
import org.redress.servicekit.metrics.GaugeFamily;
import org.redress.statutorytime.StatutoryClock;
import org.redress.statutorytime.WorkingDayCalendar;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The open assessments by the state of their clock ({@value #OPEN}): OVERDUE past the due date,
 * DUE_SOON within 3 working days of it, ON_TRACK otherwise. Read through the open assessments'
 * partial index; the label is the clock state only, never a child or a case.
 */
@ApplicationScoped
class AssessmentGauges implements DatabaseGauges {

    /** Prometheus: {@code redress_assessments_open{clock}}. */
    static final String OPEN = "redress.assessments.open";

    private static final String BY_CLOCK = """
            SELECT CASE WHEN due_date < :today THEN 'OVERDUE' WHEN due_date <= :soon THEN 'DUE_SOON'
                        ELSE 'ON_TRACK' END, count(*)
              FROM assessment WHERE completed_on IS NULL GROUP BY 1""";

    private final EntityManager em;
    private final WorkingDayCalendar calendar;
    private final GaugeFamily open;

    AssessmentGauges(EntityManager em, WorkingDayCalendar calendar, MeterRegistry meters) {
        this.em = em;
        this.calendar = calendar;
        this.open = new GaugeFamily(meters, OPEN, "Open assessments by the state of their clock", "clock");
        List.of("OVERDUE", "DUE_SOON", "ON_TRACK").forEach(state -> open.register(List.of(state)));
    }

    @Override
    public String name() {
        return "assessments";
    }

    @Override
    public void refresh(LocalDate today) {
        LocalDate soon = calendar.nthWorkingDayAfter(today, StatutoryClock.DUE_SOON_WORKING_DAYS);
        open.publishRows(em.createNativeQuery(BY_CLOCK).setParameter("today", today).setParameter("soon", soon)
                .getResultList());
    }
}
