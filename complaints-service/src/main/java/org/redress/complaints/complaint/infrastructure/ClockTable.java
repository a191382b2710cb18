package org.redress.complaints.complaint.infrastructure;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.redress.complaints.complaint.domain.ClockKind;
import org.redress.complaints.complaint.domain.ComplaintRepository.ClockRef;
import org.redress.servicekit.sweep.SkipLockedClaim;
import org.redress.statutorytime.ClockExtension;
import org.redress.statutorytime.StatutoryClock;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * The complaint_clock rows: one per clock, replayed through {@link StatutoryClock#restore} on
 * load, with the day its breach was announced (breach_reported_on) if it was. Saving never touches
 * breach_reported_on: it is set only by {@link #markBreachReported}, in the transaction that writes
 * the breach event to the outbox, whether the sweep or a step recorded late announced it.
 */
@ApplicationScoped
class ClockTable {

    /** Running clocks past their due date whose breach is not yet reported, earliest due first. */
    private static final SkipLockedClaim OVERDUE = new SkipLockedClaim("complaint_clock", "complaint_id, kind",
            "stopped_on IS NULL AND breach_reported_on IS NULL AND NOT paused AND due_date < :today", "due_date");

    private final EntityManager em;
    private final WorkingDayCalendar calendar;

    ClockTable(EntityManager em, WorkingDayCalendar calendar) {
        this.em = em;
        this.calendar = calendar;
    }

    /** A complaint's clocks, and the day each breach among them was announced. */
    record Clocks(Map<ClockKind, StatutoryClock> clocks, Map<ClockKind, LocalDate> breachesAnnounced) {
    }

    Clocks load(UUID complaintId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT kind, start_date, limit_days, maximum_days, extension_days, extension_reason, pauses::text,
                       stopped_on, breach_reported_on
                FROM complaint_clock WHERE complaint_id = :id""").setParameter("id", complaintId).getResultList();
        Map<ClockKind, StatutoryClock> clocks = new EnumMap<>(ClockKind.class);
        Map<ClockKind, LocalDate> breachesAnnounced = new EnumMap<>(ClockKind.class);
        for (Object[] row : rows) {
            ClockKind kind = ClockKind.valueOf((String) row[0]);
            ClockExtension extension = row[4] == null ? null
                    : new ClockExtension(((Number) row[4]).intValue(), (String) row[5]);
            clocks.put(kind, StatutoryClock.restore(calendar, date(row[1]),
                    ((Number) row[2]).intValue(), ((Number) row[3]).intValue(), extension,
                    StoredPause.toDomain(StoredDocuments.JSON.read((String) row[6], StoredPause.LIST)), row[7] == null ? null : date(row[7])));
            if (row[8] != null) {
                breachesAnnounced.put(kind, date(row[8]));
            }
        }
        return new Clocks(clocks, breachesAnnounced);
    }

    void save(UUID complaintId, Map<ClockKind, StatutoryClock> clocks, LocalDate today) {
        clocks.forEach((kind, clock) -> {
            LocalDate readOn = today.isBefore(clock.start()) ? clock.start() : today;
            em.createNativeQuery("""
                    INSERT INTO complaint_clock (complaint_id, kind, start_date, limit_days, maximum_days, extension_days,
                                                 extension_reason, pauses, paused, stopped_on, due_date, working_days_used)
                    VALUES (:id, :kind, :start, :limit, :maximum, :extension, :reason, CAST(:pauses AS jsonb), :paused,
                            :stopped, :due, :used)
                    ON CONFLICT (complaint_id, kind) DO UPDATE SET extension_days = EXCLUDED.extension_days,
                        extension_reason = EXCLUDED.extension_reason, pauses = EXCLUDED.pauses, paused = EXCLUDED.paused,
                        stopped_on = EXCLUDED.stopped_on, due_date = EXCLUDED.due_date,
                        working_days_used = EXCLUDED.working_days_used""")
                    .setParameter("id", complaintId)
                    .setParameter("kind", kind.name())
                    .setParameter("start", clock.start())
                    .setParameter("limit", clock.limit())
                    .setParameter("maximum", clock.maximumLimit())
                    .setParameter("extension", clock.extension().map(ClockExtension::limit).orElse(null))
                    .setParameter("reason", clock.extension().map(ClockExtension::reason).orElse(null))
                    .setParameter("pauses", StoredDocuments.JSON.write(StoredPause.from(clock.pauses())))
                    .setParameter("paused", clock.openPause().isPresent())
                    .setParameter("stopped", clock.stoppedOn().orElse(null))
                    .setParameter("due", clock.snapshotOn(readOn).effectiveDueDate())
                    .setParameter("used", clock.stoppedOn().map(on -> clock.snapshotOn(on).daysUsed()).orElse(null))
                    .executeUpdate();
        });
    }

    List<ClockRef> claimOverdue(LocalDate today, int limit) {
        List<Object[]> rows = OVERDUE.claim(em, today, limit);
        return rows.stream().map(r -> new ClockRef((UUID) r[0], ClockKind.valueOf((String) r[1]))).toList();
    }

    /** Marks the clock's breach announced on {@code on}; false when it was announced already. */
    boolean markBreachReported(ClockRef clock, LocalDate on) {
        return em.createNativeQuery("""
                UPDATE complaint_clock SET breach_reported_on = :on
                WHERE complaint_id = :id AND kind = :kind AND breach_reported_on IS NULL""")
                .setParameter("on", on).setParameter("id", clock.complaintId()).setParameter("kind", clock.kind().name())
                .executeUpdate() == 1;
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }
}
