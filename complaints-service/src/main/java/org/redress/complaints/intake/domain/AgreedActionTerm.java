package org.redress.complaints.intake.domain;

import org.redress.contracts.events.ActionsAgreed.AgreedAction;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.CalendarPeriod;

/**
 * One action the council agreed, with the calendar period it has to do it in ("within one month"
 * is {@code P1M}), counted from the decision date. A payment has an amount and nothing else does;
 * a service improvement has a learning theme and nothing else does.
 */
public record AgreedActionTerm(String actionRef, ActionType type, String period, Long amountPence, String theme) {

    /** The kinds of agreed action remedy-service knows. */
    public enum ActionType {
        APOLOGY, PAYMENT, REASSESSMENT, NAMED_CONTACT, SHARE_DOCUMENT, SERVICE_IMPROVEMENT, EVIDENCE_TO_OMBUDSMAN
    }

    public AgreedActionTerm {
        period = CalendarPeriod.parse(period).code(); // rejects an unrecognised period with its rule
        if ((type == ActionType.PAYMENT) != (amountPence != null && amountPence > 0)) {
            throw new RuleViolation("action.payment-amount", ProblemKind.UNPROCESSABLE, "actions",
                    "action " + actionRef + ": a payment needs a positive amountPence and nothing else has one");
        }
        if ((type == ActionType.SERVICE_IMPROVEMENT) != (theme != null && !theme.isBlank())) {
            throw new RuleViolation("action.service-improvement-theme", ProblemKind.UNPROCESSABLE, "actions",
                    "action " + actionRef + ": a service improvement needs a theme and nothing else has one");
        }
    }

    AgreedAction toEvent() {
        return new AgreedAction(actionRef, type.name(), period, amountPence, theme);
    }
}
