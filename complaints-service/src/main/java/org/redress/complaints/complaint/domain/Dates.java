package org.redress.complaints.complaint.domain;

import java.time.LocalDate;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/** Checks shared by the complaint's commands. */
final class Dates {

    private Dates() {
    }

    /** Something recorded as done cannot have been done after today. */
    static void notInFuture(LocalDate date, LocalDate today, String field) {
        if (date == null) {
            throw new RuleViolation("date.required", ProblemKind.UNPROCESSABLE, field, field + " is required");
        }
        if (date.isAfter(today)) {
            throw new RuleViolation("date.in-future", ProblemKind.UNPROCESSABLE, field,
                    field + " " + date + " is after today (" + today + ")");
        }
    }

    /** A review date must come after the day the hold or decline starts. */
    static void reviewAfter(LocalDate reviewOn, LocalDate startOn, String rule) {
        if (reviewOn == null || !reviewOn.isAfter(startOn)) {
            throw new RuleViolation(rule, ProblemKind.UNPROCESSABLE, "reviewOn",
                    "the review date must be after the day it starts (" + startOn + ")");
        }
    }

    static void requireReason(String reason, String field) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason.required", ProblemKind.UNPROCESSABLE, field, "a reason is required");
        }
    }
}
