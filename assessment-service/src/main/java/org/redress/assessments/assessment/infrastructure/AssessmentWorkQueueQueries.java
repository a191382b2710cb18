package org.redress.assessments.assessment.infrastructure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.redress.assessments.assessment.domain.AssessmentScope;
import org.redress.servicekit.storage.NativeSql;

/**
 * The SQL of the lists of GET /assessments: one page of assessments, and how many there are.
 *
 * <p>Each list is read from an index in its own order (V007 for the overdue ones), so a page reads
 * {@code offset + size} index entries and the page's rows, in one query, not the years of completed
 * assessments behind them: overdue assessments from the open assessments' index, overdue plan
 * reviews from the plans' index, all assessments from the start-date index. The overdue assessments as of
 * a past day add those completed after it, from the completed assessments' index (V010), and are sorted:
 * what a page costs is what was open then, not the history. Each condition is
 * written so that it implies its index's (an open assessment has {@code completed_on IS NULL}; a
 * review due before today has a plan), so the planner can use it. The total of an overdue list
 * counts the same index entries; the total of every assessment counts the whole table, as it says
 * it does. Every list keeps to the caller's scope (AssessmentScopeSql), in the same query.
 */
@ApplicationScoped
class AssessmentWorkQueueQueries {

    /** The lists GET /assessments shows, with what each keeps and its order. */
    enum Queue {
        /** clock=OVERDUE: open assessments past their 45-working-day due date, most overdue first. */
        OVERDUE_CLOCKS("a.completed_on IS NULL AND a.due_date < :today", "a.due_date, a.id"),
        /**
         * clock=OVERDUE with asOf (bound as {@code today}): the assessments open and past their due date at the end
         * of that day, whether still open or completed after it, most overdue first.
         */
        OVERDUE_CLOCKS_AS_OF("a.due_date < :today AND (a.completed_on IS NULL OR a.completed_on > :today)",
                "a.due_date, a.id"),
        /** planReview=OVERDUE: assessments whose child in need plan review is past due, most overdue first. */
        OVERDUE_PLAN_REVIEWS("a.cin_plan_review_due < :today", "a.cin_plan_review_due, a.id"),
        /** No filter: every assessment, newest started first. */
        EVERY_ASSESSMENT("true", "a.start_date DESC, a.id");

        private final String condition;
        private final String order;

        Queue(String condition, String order) {
            this.condition = condition;
            this.order = order;
        }
    }

    /** Page {@code page} of {@code queue} as {@code scope} shows it: {@code size} assessment rows in the list's order. */
    NativeSql page(Queue queue, AssessmentScope scope, LocalDate today, int page, int size) {
        Map<String, Object> parameters = parameters(queue, today);
        String where = where(queue, scope, parameters);
        parameters.put("size", size);
        // in long: an int product overflows for a far page and PostgreSQL refuses a negative offset
        parameters.put("offset", (long) page * size);
        return new NativeSql("SELECT a.* FROM assessment a" + where + " ORDER BY " + queue.order
                + " LIMIT :size OFFSET :offset", parameters);
    }

    /** The number of assessments in {@code queue} as {@code scope} shows it, over all pages. */
    NativeSql total(Queue queue, AssessmentScope scope, LocalDate today) {
        Map<String, Object> parameters = parameters(queue, today);
        return new NativeSql("SELECT count(*) FROM assessment a" + where(queue, scope, parameters), parameters);
    }

    /** The list's own condition and the caller's scope (AssessmentScopeSql), which keeps to the rule of a read. */
    private static String where(Queue queue, AssessmentScope scope, Map<String, Object> parameters) {
        return " WHERE " + queue.condition + AssessmentScopeSql.condition(scope, "a", parameters);
    }

    private static Map<String, Object> parameters(Queue queue, LocalDate today) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (queue != Queue.EVERY_ASSESSMENT) {
            parameters.put("today", today);
        }
        return parameters;
    }
}
