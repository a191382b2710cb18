package org.redress.complaints.complaint.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.ClockState;

/**
 * A stage's answer: the finding on every point, the actions agreed and whether it met its clock.
 *
 * @param decidedOn   the date of the response or adjudication; agreed periods run from it
 * @param clockResult MET or MISSED
 * @param recommendations the investigator's or panel's recommendations, each accepted or rejected with reasons
 * @param nextStepToldOn  when the complainant was told of the next step open to them: stage 3 after the
 *                        adjudication, the Ombudsman after the stage 3 response; null if not recorded
 */
public record StageDecision(LocalDate decidedOn, List<PointFinding> findings, List<AgreedActionTerm> actions,
        ClockState clockResult, List<RecommendationDecision> recommendations, LocalDate nextStepToldOn) {

    public StageDecision {
        findings = findings == null ? List.of() : List.copyOf(findings);
        actions = actions == null ? List.of() : List.copyOf(actions);
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
    }

    public StageDecision(LocalDate decidedOn, List<PointFinding> findings, List<AgreedActionTerm> actions,
            ClockState clockResult) {
        this(decidedOn, findings, actions, clockResult, List.of(), null);
    }

    /**
     * Raises {@code flag} unless the complainant was told of the next step (Regs 2006: the
     * adjudication tells them of their right to a review panel, the stage 3 response of their right
     * to go to the Ombudsman). A flag, not a refusal: the decision still stands and must be recorded.
     */
    Change flagUnlessNextStepTold(Complaint complaint, Change change, String flag, String nextStep, LocalDate today) {
        if (nextStepToldOn != null) {
            Dates.notInFuture(nextStepToldOn, today, "nextStepToldOn");
            if (nextStepToldOn.isBefore(decidedOn)) {
                // the right to the next step is told in (or after) the decision that opens it
                throw new RuleViolation("decision.told-before-decision", ProblemKind.UNPROCESSABLE, "nextStepToldOn",
                        "the decision was made on " + decidedOn);
            }
            return change;
        }
        return complaint.raise(change, flag, today, "no record that the complainant was told of " + nextStep);
    }

    /** Every numbered point needs exactly one finding (Regs 2006: a response on each point). */
    static void requireEveryPoint(List<PointFinding> findings, int points) {
        Set<Integer> numbers = findings.stream().map(PointFinding::point).collect(Collectors.toSet());
        boolean everyOnce = numbers.size() == findings.size() && numbers.size() == points
                && numbers.stream().allMatch(n -> n >= 1 && n <= points);
        if (!everyOnce) {
            throw new RuleViolation("finding.one-per-point", ProblemKind.UNPROCESSABLE, "findings",
                    "give exactly one finding for each of the " + points + " points");
        }
    }
}
