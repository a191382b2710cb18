package org.redress.complaints.complaint.infrastructure;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.redress.complaints.complaint.domain.ClockKind;
import org.redress.complaints.complaint.domain.ComplaintState;
import org.redress.servicekit.metrics.DatabaseGauges;
import org.redress.servicekit.metrics.GaugeFamily;
import org.redress.statutorytime.StatutoryClock;
import org.redress.statutorytime.WorkingDayCalendar;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * What a complaints manager watches, as gauges: the open complaints by stage and by the state of
 * their most pressing running clock ({@value #OPEN}), the running clocks by kind and state
 * ({@value #CLOCKS}) and the breaches the sweep announced today ({@value #BREACHES_TODAY}). Each
 * query reads only what is open, through the state index and the running clocks' partial index
 * (V011), and today's breaches through V012's index; labels are a stage, a clock kind or a clock
 * state, never a case.
 */
@ApplicationScoped
class ComplaintGauges implements DatabaseGauges {

    /** Prometheus: {@code redress_complaints_open{stage,clock}}. */
    static final String OPEN = "redress.complaints.open";
    /** Prometheus: {@code redress_complaint_clocks_running{kind,state}}. */
    static final String CLOCKS = "redress.complaint.clocks.running";
    /** Prometheus: {@code redress_complaint_clock_breaches_today{kind}}. */
    static final String BREACHES_TODAY = "redress.complaint.clock.breaches.today";

    /** Before stage 1 opens a complaint is at intake (its complainant's standing undecided). */
    private static final String INTAKE = "INTAKE";
    /** The label of a complaint with no running clock (a stage answered, nothing asked for since). */
    private static final String NO_CLOCK = "NONE";
    private static final List<String> CLOCK_STATES = List.of("OVERDUE", "DUE_SOON", "ON_TRACK", "PAUSED");

    private static final String OPEN_BY_STATE_AND_CLOCK = """
            SELECT state, clock, count(*) FROM (
                SELECT c.state,
                       CASE WHEN bool_or(NOT k.paused AND k.due_date < :today) THEN 'OVERDUE'
                            WHEN bool_or(NOT k.paused AND k.due_date <= :soon) THEN 'DUE_SOON'
                            WHEN bool_or(NOT k.paused) THEN 'ON_TRACK'
                            WHEN count(k.kind) > 0 THEN 'PAUSED'
                            ELSE 'NONE' END AS clock
                  FROM complaint c
                  LEFT JOIN complaint_clock k ON k.complaint_id = c.id AND k.stopped_on IS NULL
                 WHERE c.state IN (:open)
                 GROUP BY c.id, c.state) per_complaint
             GROUP BY state, clock""";

    private static final String RUNNING_CLOCKS = """
            SELECT kind, CASE WHEN paused THEN 'PAUSED' WHEN due_date < :today THEN 'OVERDUE'
                              WHEN due_date <= :soon THEN 'DUE_SOON' ELSE 'ON_TRACK' END, count(*)
              FROM complaint_clock WHERE stopped_on IS NULL GROUP BY 1, 2""";

    private static final String BREACHED_ON = """
            SELECT kind, count(*) FROM complaint_clock WHERE breach_reported_on = :today GROUP BY kind""";

    private final EntityManager em;
    private final WorkingDayCalendar calendar;
    private final GaugeFamily open;
    private final GaugeFamily clocks;
    private final GaugeFamily breachesToday;

    ComplaintGauges(EntityManager em, WorkingDayCalendar calendar, MeterRegistry meters) {
        this.em = em;
        this.calendar = calendar;
        this.open = new GaugeFamily(meters, OPEN,
                "Open complaints by stage and the state of their most pressing running clock", "stage", "clock");
        this.clocks = new GaugeFamily(meters, CLOCKS, "Running statutory clocks by kind and state", "kind", "state");
        this.breachesToday = new GaugeFamily(meters, BREACHES_TODAY,
                "Statutory clocks whose breach was announced today", "kind");
        for (String stage : List.of(INTAKE, "STAGE_1", "STAGE_2", "STAGE_3")) {
            CLOCK_STATES.forEach(state -> open.register(List.of(stage, state)));
            open.register(List.of(stage, NO_CLOCK));
        }
        for (ClockKind kind : ClockKind.values()) {
            CLOCK_STATES.forEach(state -> clocks.register(List.of(kind.name(), state)));
            breachesToday.register(List.of(kind.name()));
        }
    }

    @Override
    public String name() {
        return "complaints";
    }

    @Override
    public void refresh(LocalDate today) {
        // DOMAIN §1: DUE_SOON within 3 working days of the due date, the due date included
        LocalDate soon = calendar.nthWorkingDayAfter(today, StatutoryClock.DUE_SOON_WORKING_DAYS);
        Map<List<String>, Long> openByStage = new HashMap<>();
        for (Object[] row : rows(em.createNativeQuery(OPEN_BY_STATE_AND_CLOCK).setParameter("today", today)
                .setParameter("soon", soon).setParameter("open", openStates()).getResultList())) {
            ComplaintState.Stage stage = ComplaintState.valueOf((String) row[0]).stage();
            openByStage.merge(List.of(stage == null ? INTAKE : stage.name(), (String) row[1]),
                    ((Number) row[2]).longValue(), Long::sum);
        }
        open.publish(openByStage);
        clocks.publishRows(em.createNativeQuery(RUNNING_CLOCKS).setParameter("today", today)
                .setParameter("soon", soon).getResultList());
        breachesToday.publishRows(em.createNativeQuery(BREACHED_ON).setParameter("today", today).getResultList());
    }

    private static List<String> openStates() {
        return Arrays.stream(ComplaintState.values()).filter(state -> !state.isFinished()).map(Enum::name).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }
}
