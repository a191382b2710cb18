package org.redress.complaints.complaint.domain;

import java.time.LocalDate;
import java.util.List;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * The Local Government and Social Care Ombudsman's decision on the complaint: its reference, how the
 * complaint came to the Ombudsman ({@link Route}), the decision date, the finding and the agreed actions
 * (which become remedies). After a formal report the council must tell the Ombudsman within 3 months
 * what it has done or will do (Local Government Act 1974 s31(2)).
 *
 * @param earlyReferral     whether the council referred the complaint early after stage 2: the route is
 *                          {@link Route#EARLY_REFERRAL}, kept beside it for callers that know only this
 * @param finding           e.g. {@code FAULT_CAUSING_INJUSTICE}, {@code FAULT_NO_INJUSTICE}, {@code NO_FAULT}
 * @param councilReplyDueOn for a formal report, 3 months after the decision; otherwise null
 */
public record OmbudsmanDecision(String reference, Route route, boolean earlyReferral, LocalDate decisionDate,
        Finding finding, boolean formalReport, List<AgreedActionTerm> actions, LocalDate councilReplyDueOn) {

    /** The Ombudsman's findings. */
    public enum Finding {
        FAULT_CAUSING_INJUSTICE, FAULT_NO_INJUSTICE, NO_FAULT, NOT_INVESTIGATED
    }

    /**
     * How the complaint came to the Ombudsman (DOMAIN §2). Normally after the council's procedure, or
     * as the council's early referral after stage 2; but the Ombudsman also takes a complaint early
     * because of the council's own failure: a stage never progressed or unreasonable delay, or a
     * complaint handled under the wrong (corporate) procedure.
     */
    public enum Route {
        AFTER_COUNCIL_PROCEDURE("after the council's procedure"),
        EARLY_REFERRAL("on the council's early referral after stage 2"),
        COUNCIL_DELAY("early, because of the council's delay"),
        WRONG_PROCEDURE("early, because the council used the wrong procedure");

        private final String words;

        Route(String words) {
            this.words = words;
        }

        /** How the Ombudsman came to the complaint, as a complaints manager writes it. */
        public String inWords() {
            return words;
        }

        /** Whether the Ombudsman took the complaint before the council's procedure was exhausted. */
        public boolean beforeProcedureExhausted() {
            return this != AFTER_COUNCIL_PROCEDURE;
        }

        /**
         * The route a request gives, or, when it gives none, the one its {@code earlyReferral} says
         * (absent: after the council's procedure), as callers sent it before routes existed. Both given,
         * they must agree: an early referral is the route {@link #EARLY_REFERRAL} and no other.
         */
        public static Route of(Route route, Boolean earlyReferral) {
            if (route == null) {
                return fromEarlyReferral(Boolean.TRUE.equals(earlyReferral));
            }
            if (earlyReferral != null && earlyReferral != (route == EARLY_REFERRAL)) {
                throw new RuleViolation("ombudsman.route-disagrees-with-early-referral", ProblemKind.UNPROCESSABLE,
                        "route", "route " + route + " disagrees with earlyReferral " + earlyReferral
                                + ": an early referral is the route EARLY_REFERRAL; give the route alone");
            }
            return route;
        }

        /** The route of a decision recorded when only early referrals were told apart. */
        public static Route fromEarlyReferral(boolean earlyReferral) {
            return earlyReferral ? EARLY_REFERRAL : AFTER_COUNCIL_PROCEDURE;
        }
    }

    public OmbudsmanDecision {
        if (route == null || earlyReferral != (route == Route.EARLY_REFERRAL)) {
            throw new IllegalArgumentException("an Ombudsman decision's earlyReferral follows its route " + route);
        }
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public OmbudsmanDecision(String reference, Route route, LocalDate decisionDate, Finding finding,
            boolean formalReport, List<AgreedActionTerm> actions, LocalDate councilReplyDueOn) {
        this(reference, route, route == Route.EARLY_REFERRAL, decisionDate, finding, formalReport, actions,
                councilReplyDueOn);
    }
}
