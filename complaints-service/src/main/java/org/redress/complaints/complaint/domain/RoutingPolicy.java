package org.redress.complaints.complaint.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Proposes the procedure for a complaint from its subject matter and the complainant's standing.
 * A Part 3 Children Act 1989 matter (assessments, eligibility, services and direct payments,
 * short breaks, carer assessments, child in need plans) from a person the statutory procedure is
 * open to goes to the statutory children's procedure, never the corporate one (s26(3); Regs
 * 2006; Ombudsman: a council used its corporate procedure for two children's assessments).
 */
public final class RoutingPolicy {

    private RoutingPolicy() {
    }

    public static RoutingProposal propose(List<SubjectMatter> subjects, ComplainantRole role) {
        List<String> reasons = new ArrayList<>();
        List<SubjectMatter> part3 = subjects.stream().filter(s -> s.kind() == SubjectMatter.Kind.PART_3).toList();
        if (!part3.isEmpty()) {
            reasons.add("Part 3 Children Act 1989 matter: " + part3);
            reasons.add(role == ComplainantRole.SUFFICIENT_INTEREST
                    ? "complainant's standing rests on sufficient interest, to be decided by the council"
                    : "complainant is eligible for the statutory procedure as " + role);
            return new RoutingProposal(Procedure.STATUTORY_CHILDREN, reasons, true);
        }
        if (subjects.stream().anyMatch(s -> s.kind() == SubjectMatter.Kind.ADULT)) {
            reasons.add("adult social care matter with no Part 3 children's matter");
            return new RoutingProposal(Procedure.ADULT_SOCIAL_CARE, reasons, false);
        }
        if (subjects.isEmpty()) {
            // until the subject matter is coded, the safer route is the statutory one
            reasons.add("no subject matter recorded: handled under the statutory children's procedure until routed");
            return new RoutingProposal(Procedure.STATUTORY_CHILDREN, reasons, false);
        }
        reasons.add("no Part 3 Children Act 1989 matter: " + subjects);
        return new RoutingProposal(Procedure.CORPORATE, reasons, false);
    }
}
