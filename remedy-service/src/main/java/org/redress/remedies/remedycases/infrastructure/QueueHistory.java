package org.redress.remedies.remedycases.infrastructure;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.redress.remedies.remedycases.domain.ActionHistory;
import org.redress.remedies.remedycases.domain.ActionWorkQueue.QueuedAction;
import org.redress.remedies.remedycases.domain.RemedySource;
import org.redress.remedies.remedycases.domain.TimelineEntry;

/**
 * The statuses of one page of the work queue as they stood at the end of a past day, replayed by
 * {@link ActionHistory} from the progress the page's actions had on the timeline by then: one query through
 * {@code remedy_timeline_action_idx} (V007) for the page, never the whole timeline.
 */
final class QueueHistory {

    private final EntityManager em;

    QueueHistory(EntityManager em) {
        this.em = em;
    }

    /** {@code actions} as they stood on {@code day}; {@code sources} are their cases' sources, in the same order. */
    List<QueuedAction> asItStood(List<QueuedAction> actions, List<String> sources, LocalDate day) {
        if (actions.isEmpty()) {
            return actions;
        }
        Map<UUID, List<TimelineEntry>> progress = progressBy(actions.stream().map(QueuedAction::actionId).toList(), day);
        List<QueuedAction> then = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            QueuedAction a = actions.get(i);
            var status = ActionHistory.statusOn(ActionHistory.initial(a.type(), RemedySource.valueOf(sources.get(i))),
                    progress.getOrDefault(a.actionId(), List.of()), day);
            then.add(new QueuedAction(a.actionId(), a.actionRef(), a.type(), a.description(), a.conditions(),
                    a.dueDate(), status, a.remedyCaseId(), a.caseReference(), a.complaintId(), a.complaintReference()));
        }
        return then;
    }

    private Map<UUID, List<TimelineEntry>> progressBy(List<UUID> actionIds, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT action_id, occurred_on, amount_pence FROM remedy_timeline
                WHERE action_id IN (:ids) AND kind = 'PROGRESS' AND occurred_on <= :day
                ORDER BY action_id, seq""").setParameter("ids", actionIds).setParameter("day", day).getResultList();
        Map<UUID, List<TimelineEntry>> byAction = new HashMap<>();
        for (Object[] row : rows) {
            LocalDate on = row[1] instanceof Date date ? date.toLocalDate() : (LocalDate) row[1];
            Long amount = row[2] == null ? null : ((Number) row[2]).longValue();
            byAction.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add(new TimelineEntry((UUID) row[0],
                    TimelineEntry.Kind.PROGRESS, on, null, List.of(), amount, null));
        }
        return byAction;
    }
}
