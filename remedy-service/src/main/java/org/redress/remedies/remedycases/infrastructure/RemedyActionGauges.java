package org.redress.remedies.remedycases.infrastructure;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.redress.remedies.remedycases.domain.ActionWorkQueue;
import org.redress.servicekit.metrics.DatabaseGauges;
import org.redress.servicekit.metrics.GaugeFamily;
import org.redress.statutorytime.WorkingDayCalendar;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The agreed remedy actions not yet completed by how they stand against their due date
 * ({@value #OPEN}), as the remedy officer's work queue counts them: OVERDUE past the due date,
 * DUE_SOON due today or within {@value ActionWorkQueue#DUE_SOON_WORKING_DAYS} working days, ON_TRACK
 * later. An overdue action is a remedy the council promised and has not delivered. Read through the
 * open actions' partial index (V004), whose condition the query repeats exactly.
 */
@ApplicationScoped
class RemedyActionGauges implements DatabaseGauges {

    /** Prometheus: {@code redress_remedy_actions_open{state}}. */
    static final String OPEN = "redress.remedy.actions.open";

    private static final String BY_STATE = """
            SELECT CASE WHEN due_date < :today THEN 'OVERDUE' WHEN due_date <= :soon THEN 'DUE_SOON'
                        ELSE 'ON_TRACK' END, count(*)
              FROM remedy_action WHERE status <> 'COMPLETED' GROUP BY 1""";

    private final EntityManager em;
    private final WorkingDayCalendar calendar;
    private final GaugeFamily open;

    RemedyActionGauges(EntityManager em, WorkingDayCalendar calendar, MeterRegistry meters) {
        this.em = em;
        this.calendar = calendar;
        this.open = new GaugeFamily(meters, OPEN, "Agreed remedy actions not yet completed, by due date", "state");
        List.of("OVERDUE", "DUE_SOON", "ON_TRACK").forEach(state -> open.register(List.of(state)));
    }

    @Override
    public String name() {
        return "remedy-actions";
    }

    @Override
    public void refresh(LocalDate today) {
        LocalDate soon = ActionWorkQueue.dueSoonUntil(calendar, today);
        open.publishRows(em.createNativeQuery(BY_STATE).setParameter("today", today).setParameter("soon", soon)
                .getResultList());
    }
}
