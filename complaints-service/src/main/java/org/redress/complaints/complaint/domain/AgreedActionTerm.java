package org.redress.complaints.complaint.domain;

import java.util.List;

import org.redress.contracts.Bounds;
import org.redress.contracts.events.ActionsAgreed.AgreedAction;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.CalendarPeriod;

/**
 * One action the council agreed, with the calendar period it has to do it in ("within one month"
 * is {@code P1M}), counted from the decision date. A payment has an amount and nothing else does;
 * a service improvement has a learning theme and nothing else does. An action agreed now
 * ({@link #agreed}) has a period of at most {@link Bounds#MAX_PERIOD_MONTHS} months (or as many weeks
 * or days): the Ombudsman and the law give councils weeks or months, so a longer period is a mistake
 * that would put the remedy out of sight.
 *
 * <p>The action is kept in the decision's own words: what exactly is to be done ({@code description}), who
 * is to do it ({@code owner}, a team or a role) and the conditions it is to be done under (for a
 * reassessment, e.g. keeping the children's contact with professionals to a minimum). Each may be absent:
 * a blank description or owner is none, and no conditions is an empty list.
 *
 * <p>Some actions are for one person, named by the council's record reference ({@code personRef}): a carer's
 * assessment names the carer to assess and the kind of carer ({@code carerType}); a service to put in place
 * names the child it is for. No other action names a person or a kind of carer ({@link PersonNamedPolicy}).
 */
public record AgreedActionTerm(String actionRef, ActionType type, String period, Long amountPence, String theme,
        String description, String owner, List<String> conditions, String personRef, CarerType carerType) {

    /** {@link Bounds#MAX_PERIOD_MONTHS} in whole weeks: 52 to a year. */
    private static final int MAX_WEEKS = Bounds.MAX_PERIOD_MONTHS / 12 * 52;

    /** The kinds of agreed action remedy-service knows. */
    public enum ActionType {
        APOLOGY, PAYMENT, REASSESSMENT,
        /** An assessment of a named carer in the child's family: a parent carer or a young carer. */
        CARERS_ASSESSMENT,
        /** A decision whether to make a financial remedy, not yet a payment of an amount. */
        CONSIDER_FINANCIAL_REMEDY,
        /** A service to put in place for a named child. */
        PUT_SERVICE_IN_PLACE,
        NAMED_CONTACT, SHARE_DOCUMENT, SERVICE_IMPROVEMENT, EVIDENCE_TO_OMBUDSMAN
    }

    /** The kind of carer a carer's assessment is of. */
    public enum CarerType {
        /** Children Act 1989 s17ZD: a parent carer of a disabled child. */
        PARENT_CARER,
        /** Children Act 1989 s17ZA: a young carer. */
        YOUNG_CARER
    }

    public AgreedActionTerm {
        period = CalendarPeriod.parse(period).code(); // rejects an unrecognised period with its rule
        description = description == null || description.isBlank() ? null : description;
        owner = owner == null || owner.isBlank() ? null : owner;
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        personRef = personRef == null || personRef.isBlank() ? null : personRef;
        if ((type == ActionType.PAYMENT) != (amountPence != null && amountPence > 0)) {
            throw new RuleViolation("action.payment-amount", ProblemKind.UNPROCESSABLE, "actions",
                    "action " + actionRef + ": a payment needs a positive amountPence and nothing else has one");
        }
        if ((type == ActionType.SERVICE_IMPROVEMENT) != (theme != null && !theme.isBlank())) {
            throw new RuleViolation("action.service-improvement-theme", ProblemKind.UNPROCESSABLE, "actions",
                    "action " + actionRef + ": a service improvement needs a theme and nothing else has one");
        }
        PersonNamedPolicy.check(actionRef, type, personRef, carerType);
    }

    /** An action stored before actions named a person: for no one. */
    public AgreedActionTerm(String actionRef, ActionType type, String period, Long amountPence, String theme,
            String description, String owner, List<String> conditions) {
        this(actionRef, type, period, amountPence, theme, description, owner, conditions, null, null);
    }

    /** An action with no words of its own beyond its type: no description, owner or conditions. */
    public AgreedActionTerm(String actionRef, ActionType type, String period, Long amountPence, String theme) {
        this(actionRef, type, period, amountPence, theme, null, null, List.of(), null, null);
    }

    /**
     * An action agreed now: as the constructor, and its period within the bound. Stored actions are
     * read through the constructor alone, so one recorded before the bound existed stays readable.
     */
    public static AgreedActionTerm agreed(String actionRef, ActionType type, String period, Long amountPence,
            String theme, String description, String owner, List<String> conditions, String personRef,
            CarerType carerType) {
        AgreedActionTerm action = new AgreedActionTerm(actionRef, type, period, amountPence, theme, description, owner,
                conditions, personRef, carerType);
        if (!withinBound(CalendarPeriod.parse(action.period()))) {
            throw new RuleViolation("action.period-too-long", ProblemKind.UNPROCESSABLE, "actions",
                    "action " + actionRef + ": " + action.period() + " is longer than " + Bounds.MAX_PERIOD_MONTHS
                            + " months");
        }
        return action;
    }

    /** An action agreed now that is for no one person. */
    public static AgreedActionTerm agreed(String actionRef, ActionType type, String period, Long amountPence,
            String theme, String description, String owner, List<String> conditions) {
        return agreed(actionRef, type, period, amountPence, theme, description, owner, conditions, null, null);
    }

    private static boolean withinBound(CalendarPeriod period) {
        return switch (period.unit()) {
            case DAYS -> period.amount() <= Bounds.MAX_DAYS;
            case WEEKS -> period.amount() <= MAX_WEEKS;
            case MONTHS -> period.amount() <= Bounds.MAX_PERIOD_MONTHS;
        };
    }

    AgreedAction toEvent() {
        return new AgreedAction(actionRef, type.name(), period, amountPence, theme, description, owner, conditions,
                personRef, carerType == null ? null : carerType.name());
    }
}
