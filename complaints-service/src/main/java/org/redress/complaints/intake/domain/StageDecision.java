package org.redress.complaints.intake.domain;

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
 */
public record StageDecision(LocalDate decidedOn, List<PointFinding> findings, List<AgreedActionTerm> actions,
        ClockState clockResult, List<RecommendationDecision> recommendations) {

    public StageDecision {
        findings = findings == null ? List.of() : List.copyOf(findings);
        actions = actions == null ? List.of() : List.copyOf(actions);
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
    }

    public StageDecision(LocalDate decidedOn, List<PointFinding> findings, List<AgreedActionTerm> actions,
            ClockState clockResult) {
        this(decidedOn, findings, actions, clockResult, List.of());
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
