package org.redress.remedies.remedycases.domain;

import java.time.LocalDate;

import org.redress.contracts.Bounds;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * The decision that agreed the actions has been made: its date is today or earlier. Every due
 * date runs from it, so a future date would push every deadline out unnoticed. Nor is it before
 * {@link Bounds#EARLIEST_CASE_DATE}: no decision Redress follows up is that old, and a year such as
 * 0001 is a keying slip that would make every action overdue for two thousand years.
 */
public final class DecisionDatePolicy {

    public static final String RULE = "remedy.decision-date-in-future";
    public static final String TOO_EARLY = "remedy.decision-date-too-early";

    private DecisionDatePolicy() {
    }

    public static void check(LocalDate decisionDate, LocalDate today) {
        if (decisionDate.isBefore(Bounds.EARLIEST_CASE_DATE)) {
            throw new RuleViolation(TOO_EARLY, ProblemKind.UNPROCESSABLE, "decisionDate",
                    "decisionDate " + decisionDate + " is before " + Bounds.EARLIEST_CASE_DATE);
        }
        if (decisionDate.isAfter(today)) {
            throw new RuleViolation(RULE, ProblemKind.UNPROCESSABLE, "decisionDate",
                    "decisionDate " + decisionDate + " is after today (" + today + ")");
        }
    }
}
