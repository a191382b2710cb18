package org.redress.assessments.assessment.domain;

import java.time.LocalDate;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * What provision may be recorded against (DOMAIN §3): an eligible need of a completed assessment,
 * once the support has actually started. Support started later than it should have is missed
 * provision, which {@link Assessment#startProvision} flags and announces.
 */
final class ProvisionPolicy {

    private ProvisionPolicy() {
    }

    static void check(AssessmentWork work, Provision provision, LocalDate assessmentStarted, LocalDate today) {
        if (work.completedOn == null) {
            throw new RuleViolation("provision.assessment-not-completed", ProblemKind.CONFLICT, null,
                    "provision is recorded against the needs of a completed assessment");
        }
        Need need = work.needs.get(provision.needCode());
        if (need == null || !need.eligible()) {
            throw new RuleViolation("provision.need-not-eligible", ProblemKind.UNPROCESSABLE, "needCode",
                    "provision must meet an eligible need of this assessment");
        }
        if (provision.startedOn().isAfter(today)) {
            throw new RuleViolation("provision.start-in-future", ProblemKind.UNPROCESSABLE, "startedOn",
                    "provision is recorded once it has started");
        }
        // support for an assessed need cannot have started before the assessment that found the need
        if (provision.startedOn().isBefore(assessmentStarted)) {
            throw new RuleViolation("provision.start-before-assessment-started", ProblemKind.UNPROCESSABLE,
                    "startedOn", "startedOn " + provision.startedOn() + " is before the assessment started on "
                            + assessmentStarted);
        }
    }
}
