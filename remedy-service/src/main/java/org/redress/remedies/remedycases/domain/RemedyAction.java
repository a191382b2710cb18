package org.redress.remedies.remedycases.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.redress.contracts.Bounds;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.CalendarPeriod;
import org.redress.statutorytime.StatutoryTimeException;

/**
 * One action the council agreed, with its due date and how far it has got.
 *
 * @param id          the action's id
 * @param actionRef   the decision's own number for it, e.g. {@code A1}
 * @param type        what kind of action
 * @param period      the agreed calendar period
 * @param dueDate     the last day of the period counted from the decision date
 * @param amountPence for a payment, the amount due in pence (exact, never floating point)
 * @param theme       for a service improvement, its learning theme code
 * @param status      where the action stands
 * @param description what exactly is to be done, or {@code null}
 * @param owner       who owns it (a team or officer), or {@code null}
 * @param conditions  what it is to be carried out under, in the words agreed; empty when none
 * @param paidPence   for a payment, everything paid so far
 * @param completedOn the day it was completed, or {@code null}
 * @param personRef   for a carer's assessment the carer, for a service to put in place the child; otherwise {@code null}
 * @param carerType   for a carer's assessment, the kind of carer; otherwise {@code null}
 * @param agreedOn    the day it was agreed: the decision date, or the later day an action added after it was agreed
 * @param financialRemedy for a financial remedy considered, the decision once recorded; otherwise {@code null}
 */
public record RemedyAction(UUID id, String actionRef, ActionType type, CalendarPeriod period, LocalDate dueDate,
        Long amountPence, String theme, ActionStatus status, String description, String owner, List<String> conditions,
        long paidPence, LocalDate completedOn, String personRef, CarerType carerType, LocalDate agreedOn,
        FinancialRemedyDecision financialRemedy) {

    public RemedyAction {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    /** An action as first agreed: nothing done yet. */
    public RemedyAction(UUID id, String actionRef, ActionType type, CalendarPeriod period, LocalDate dueDate,
            Long amountPence, String theme, ActionStatus status) {
        this(id, actionRef, type, period, dueDate, amountPence, theme, status, null, null, List.of(), 0, null);
    }

    /** An action for no one person, without a financial remedy decision, agreed on the day it is due from. */
    public RemedyAction(UUID id, String actionRef, ActionType type, CalendarPeriod period, LocalDate dueDate,
            Long amountPence, String theme, ActionStatus status, String description, String owner, List<String> conditions,
            long paidPence, LocalDate completedOn) {
        this(id, actionRef, type, period, dueDate, amountPence, theme, status, description, owner, conditions,
                paidPence, completedOn, null, null, null, null);
    }

    /**
     * Turns agreed terms into an open action. Remedy deadlines are calendar periods ("within four
     * weeks", "within one month"), month ends clamped (DOMAIN §1): 31 Jan + P1M is 28/29 Feb.
     */
    static RemedyAction agree(UUID id, AgreedActionTerms terms, NewRemedyCase details, String field,
            LocalDate agreedOn) {
        CalendarPeriod period = parsePeriod(terms.period(), field + ".period");
        LocalDate dueDate = period.dueFrom(details.decisionDate());
        if (dueDate.isAfter(details.decisionDate().plusMonths(Bounds.MAX_PERIOD_MONTHS))) {
            // the Ombudsman's remedies run weeks or months, never past ten years: P9999M is a slip, not a promise
            throw new RuleViolation("remedy.period-too-long", ProblemKind.UNPROCESSABLE, field + ".period",
                    "period " + period + " runs past " + Bounds.MAX_PERIOD_MONTHS + " months from the decision");
        }
        return new RemedyAction(id, terms.actionRef(), terms.type(), period, dueDate,
                terms.amountPence(), terms.theme(), initialStatus(terms, details.source()), terms.description(),
                terms.owner(), terms.conditions(), 0, null, terms.personRef(), terms.carerType(), agreedOn, null);
    }

    /**
     * A payment on a missed provision case was computed by the service from an assessment, not
     * agreed by anyone: a person confirms the amount before it is paid or chased as overdue.
     */
    private static ActionStatus initialStatus(AgreedActionTerms terms, RemedySource source) {
        return initialStatus(terms.type(), source);
    }

    static ActionStatus initialStatus(ActionType type, RemedySource source) {
        return source == RemedySource.MISSED_PROVISION && type == ActionType.PAYMENT
                ? ActionStatus.AWAITING_CONFIRMATION : ActionStatus.OPEN;
    }

    /**
     * Overdue from the day after its due date while not complete (DOMAIN §1 and §4): an action
     * due today is not yet overdue.
     */
    public boolean overdueOn(LocalDate today) {
        return !status.isComplete() && today.isAfter(dueDate);
    }

    /** Where it stands on {@code today}, as every read reports it (see {@link ActionStatus#on}). */
    public ActionStatus statusOn(LocalDate today) {
        return status.on(dueDate, today);
    }

    /** Whether it was completed on or before its due date. */
    public boolean completedOnTime() {
        return completedOn != null && !completedOn.isAfter(dueDate);
    }

    /** For a payment, what is still owed; an underpayment leaves this open (DOMAIN §4). */
    public long shortfallPence() {
        return amountPence == null ? 0 : amountPence - paidPence;
    }

    RemedyAction withStatus(ActionStatus newStatus) {
        return new RemedyAction(id, actionRef, type, period, dueDate, amountPence, theme, newStatus, description, owner,
                conditions, paidPence, completedOn, personRef, carerType, agreedOn, financialRemedy);
    }

    RemedyAction completed(LocalDate on) {
        return new RemedyAction(id, actionRef, type, period, dueDate, amountPence, theme, ActionStatus.COMPLETED,
                description, owner, conditions, paidPence, on, personRef, carerType, agreedOn, financialRemedy);
    }

    RemedyAction paid(long totalPaid) {
        return new RemedyAction(id, actionRef, type, period, dueDate, amountPence, theme, status, description, owner,
                conditions, totalPaid, completedOn, personRef, carerType, agreedOn, financialRemedy);
    }

    RemedyAction withAmountDue(long pence) {
        return new RemedyAction(id, actionRef, type, period, dueDate, pence, theme, status, description, owner,
                conditions, paidPence, completedOn, personRef, carerType, agreedOn, financialRemedy);
    }

    RemedyAction decided(FinancialRemedyDecision decision) {
        return new RemedyAction(id, actionRef, type, period, dueDate, amountPence, theme, ActionStatus.COMPLETED,
                description, owner, conditions, paidPence, decision.decidedOn(), personRef, carerType, agreedOn, decision);
    }

    /**
     * The action as it stood at the end of {@code day}, rebuilt from what the record says happened to it: completed
     * only if completed by then, paid what had been paid by then, in progress if progress was recorded by then
     * ({@code history} is its own timeline, oldest first). Its status is the stored one otherwise, so an overdue
     * state is judged on {@code day} by {@link #statusOn}.
     */
    public RemedyAction asOf(LocalDate day, List<TimelineEntry> history, RemedySource source) {
        if (completedOn != null && !completedOn.isAfter(day)) {
            return paid(paidBy(day, history));
        }
        Long amount = amountPence;
        for (TimelineEntry entry : history) {
            if (entry.kind() == TimelineEntry.Kind.AMOUNT_DUE && !entry.on().isAfter(day)) {
                amount = entry.amountPence(); // the latest calculation by then
            }
        }
        ActionStatus then = ActionHistory.statusOn(initialStatus(type, source), history, day);
        return new RemedyAction(id, actionRef, type, period, dueDate, amount, theme, then, description, owner,
                conditions, paidBy(day, history), null, personRef, carerType, agreedOn, null);
    }

    private static long paidBy(LocalDate day, List<TimelineEntry> history) {
        return history.stream().filter(e -> e.kind() == TimelineEntry.Kind.PAYMENT && !e.on().isAfter(day))
                .mapToLong(e -> e.amountPence() == null ? 0 : e.amountPence()).sum();
    }

    void requireNotComplete() {
        if (status.isComplete()) {
            throw new RuleViolation("remedy.action-already-completed", ProblemKind.CONFLICT, "actionId",
                    "action " + actionRef + " was completed on " + completedOn);
        }
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
