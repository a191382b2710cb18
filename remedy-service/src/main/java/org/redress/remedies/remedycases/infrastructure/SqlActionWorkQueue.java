package org.redress.remedies.remedycases.infrastructure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.redress.remedies.remedycases.domain.ActionStatus;
import org.redress.remedies.remedycases.domain.ActionType;
import org.redress.remedies.remedycases.domain.ActionWorkQueue;
import org.redress.servicekit.storage.NativeSql;
import org.redress.servicekit.storage.StoredTexts;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * The work queue in SQL. Every query starts from {@code remedy_action_open_due_idx} (V004), which
 * holds only actions not completed, in (due date, id) order: a page reads its own rows and the
 * cases they belong to, however many completed actions the council has behind it. The condition
 * {@code status <> 'COMPLETED'} is written exactly as the index's, so the planner can use it.
 */
@ApplicationScoped
public class SqlActionWorkQueue implements ActionWorkQueue {

    private static final String OPEN = "a.status <> 'COMPLETED'";
    /** Conditions are read as the entity reads them: strictly, as the stored plain JSON array of texts (V005). */
    private static final StoredTexts.Column CONDITIONS = new StoredTexts.Column();

    private final EntityManager em;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public SqlActionWorkQueue(EntityManager em, WorkingDayCalendar calendar, Clock clock) {
        this.em = em;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public List<QueuedAction> page(Due due, LocalDate day, int page, int size) {
        boolean past = isPast(day);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = pageSql(due, day, page, size, past).bind(em, "").getResultList();
        List<QueuedAction> queued = rows.stream().map(SqlActionWorkQueue::queued).toList();
        return past ? new QueueHistory(em).asItStood(queued, rows.stream().map(r -> (String) r[11]).toList(), day)
                : queued;
    }

    @Override
    public long total(Due due, LocalDate day) {
        return ((Number) totalSql(due, day, isPast(day)).bind(em, "").getSingleResult()).longValue();
    }

    private boolean isPast(LocalDate day) {
        return day.isBefore(LocalDate.now(clock));
    }

    /** Today's page as it is run, for {@link #page} and for the plan test. */
    NativeSql pageSql(Due due, LocalDate today, int page, int size) {
        return pageSql(due, today, page, size, false);
    }

    /**
     * A page's query. Read as of a past day, the actions open that day are those agreed by then and either still
     * open or completed after it (through {@code remedy_action_completed_on_idx}, V007); today, only the open ones.
     */
    NativeSql pageSql(Due due, LocalDate day, int page, int size, boolean past) {
        Map<String, Object> parameters = parameters(due, day, past);
        parameters.put("size", size);
        parameters.put("offset", (long) page * size);
        return new NativeSql("""
                SELECT a.id, a.action_ref, a.type, a.description, a.due_date, a.status,
                       c.id AS case_id, c.reference, c.complaint_id, c.complaint_reference,
                       CAST(a.conditions AS text) AS conditions, c.source
                FROM remedy_action a JOIN remedy_case c ON c.id = a.remedy_case_id
                WHERE %s%s
                ORDER BY a.due_date, a.id
                LIMIT :size OFFSET :offset""".formatted(openOn(past), dueCondition(due)), parameters);
    }

    /** Today's total as it is run. */
    NativeSql totalSql(Due due, LocalDate today) {
        return totalSql(due, today, false);
    }

    NativeSql totalSql(Due due, LocalDate day, boolean past) {
        return new NativeSql("SELECT count(*) FROM remedy_action a WHERE " + openOn(past) + dueCondition(due),
                parameters(due, day, past));
    }

    private static String openOn(boolean past) {
        return past ? "(" + OPEN + " OR (a.status = 'COMPLETED' AND a.completed_on > :day)) AND a.agreed_on <= :day"
                : OPEN;
    }

    private Map<String, Object> parameters(Due due, LocalDate day, boolean past) {
        Map<String, Object> parameters = dueParameters(due, day);
        if (past) {
            parameters.put("day", day);
        }
        return parameters;
    }

    private static String dueCondition(Due due) {
        if (due == null) {
            return "";
        }
        return switch (due) {
            case OVERDUE -> " AND a.due_date < :today";
            case DUE_SOON -> " AND a.due_date BETWEEN :today AND :soon";
            case ON_TRACK -> " AND a.due_date > :soon";
        };
    }

    private Map<String, Object> dueParameters(Due due, LocalDate today) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (due != null && due != Due.ON_TRACK) {
            parameters.put("today", today);
        }
        if (due == Due.DUE_SOON || due == Due.ON_TRACK) {
            parameters.put("soon", ActionWorkQueue.dueSoonUntil(calendar, today));
        }
        return parameters;
    }

    private static QueuedAction queued(Object[] row) {
        return new QueuedAction((UUID) row[0], (String) row[1], ActionType.valueOf((String) row[2]), (String) row[3],
                CONDITIONS.convertToEntityAttribute((String) row[10]).values(), localDate(row[4]),
                ActionStatus.valueOf((String) row[5]), (UUID) row[6], (String) row[7], (UUID) row[8], (String) row[9]);
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
