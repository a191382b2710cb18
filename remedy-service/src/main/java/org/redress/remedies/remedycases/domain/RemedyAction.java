package org.redress.remedies.remedycases.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.CalendarPeriod;
import org.redress.statutorytime.StatutoryTimeException;

/**
 * One action the council agreed, with its due date.
 *
 * @param id          the action's id
 * @param actionRef   the decision's own number for it, e.g. {@code A1}
 * @param type        what kind of action
 * @param period      the agreed calendar period
 * @param dueDate     the last day of the period counted from the decision date
 * @param amountPence for a payment, the agreed amount in pence (exact, never floating point)
 * @param theme       for a service improvement, its learning theme code
 * @param status      where the action stands
 */
public record RemedyAction(UUID id, String actionRef, ActionType type, CalendarPeriod period, LocalDate dueDate,
        Long amountPence, String theme, ActionStatus status) {

    /**
     * Turns agreed terms into an open action. Remedy deadlines are calendar periods ("within four
     * weeks", "within one month"), month ends clamped (DOMAIN §1): 31 Jan + P1M is 28/29 Feb.
     */
    static RemedyAction agree(UUID id, AgreedActionTerms terms, LocalDate decisionDate, String field) {
        CalendarPeriod period = parsePeriod(terms.period(), field + ".period");
        return new RemedyAction(id, terms.actionRef(), terms.type(), period, period.dueFrom(decisionDate),
                terms.amountPence(), terms.theme(), ActionStatus.OPEN);
    }

    /**
     * Overdue from the day after its due date while not complete (DOMAIN §1 and §4): an action
     * due today is not yet overdue.
     */
    public boolean overdueOn(LocalDate today) {
        return status != ActionStatus.COMPLETED && today.isAfter(dueDate);
    }

    private static CalendarPeriod parsePeriod(String code, String field) {
        try {
            return CalendarPeriod.parse(code);
        } catch (StatutoryTimeException e) {
            // named here, with the field, so that an event consumer rejects rather than retries it
            throw new RuleViolation(e.ruleCode(), ProblemKind.UNPROCESSABLE, field, e.getMessage());
        }
    }
}
