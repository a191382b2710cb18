package org.redress.assessments.assessment.domain;

import java.time.LocalDate;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * The day something recorded on an assessment happened (DOMAIN §5, the record is the evidence): it is
 * recorded with that day, not with the day someone got round to recording it, so that a completion
 * recorded the next morning or a case brought across from a council's old system gives the clock result
 * it would have given on the day. The day is neither after today, nor before the assessment started, nor
 * before the earlier fact it follows (a completion follows the work recorded in the assessment, a change
 * of assessor the assignment before it). Each refusal is a rule named after the fact:
 * {@code <fact>-in-future}, {@code <fact>-before-started} and {@code <fact>-out-of-order}.
 */
final class HappenedOnPolicy {

    private HappenedOnPolicy() {
    }

    /** An earlier fact the one recorded follows, said in words for the refusal, and its day. */
    record Earlier(String what, LocalDate on) {
    }

    /**
     * Checks that {@code fact} (e.g. {@code assessment.completed}), given in request field {@code field}, can have
     * happened {@code on}, recorded {@code today} on an assessment started on {@code started}, after
     * {@code earlier} (or {@code null} when it follows nothing but the start).
     */
    static void check(String fact, String field, LocalDate on, LocalDate today, LocalDate started, Earlier earlier) {
        if (on.isAfter(today)) {
            throw new RuleViolation(fact + "-in-future", ProblemKind.UNPROCESSABLE, field,
                    field + " " + on + " is after today (" + today + "): only what has happened is recorded");
        }
        if (on.isBefore(started)) {
            throw new RuleViolation(fact + "-before-started", ProblemKind.UNPROCESSABLE, field,
                    field + " " + on + " is before the assessment started on " + started);
        }
        if (earlier != null && on.isBefore(earlier.on())) {
            throw new RuleViolation(fact + "-out-of-order", ProblemKind.UNPROCESSABLE, field,
                    field + " " + on + " is before " + earlier.what() + " on " + earlier.on());
        }
    }
}
