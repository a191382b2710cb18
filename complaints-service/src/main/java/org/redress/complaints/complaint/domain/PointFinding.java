package org.redress.complaints.complaint.domain;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * The finding on one numbered point, and whether the council accepts fault on it. A point where
 * the council accepts fault cannot be recorded as not upheld (Ombudsman: a council accepted it
 * should have assessed sooner, yet did not uphold the complaint).
 */
public record PointFinding(int point, Finding finding, boolean faultAccepted) {

    public PointFinding {
        if (faultAccepted && finding == Finding.NOT_UPHELD) {
            throw new RuleViolation("finding.fault-accepted-not-upheld", ProblemKind.UNPROCESSABLE, "findings",
                    "point " + point + ": fault is accepted, so it cannot be NOT_UPHELD");
        }
    }
}
