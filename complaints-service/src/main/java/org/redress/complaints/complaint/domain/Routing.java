package org.redress.complaints.complaint.domain;

import java.time.LocalDate;

/**
 * The proposed route and, if a person overrode it, the route chosen with their reason.
 *
 * @param overrideReason null unless overridden
 */
public record Routing(RoutingProposal proposal, Procedure procedure, String overrideReason, LocalDate overriddenOn) {

    public static Routing proposed(RoutingProposal proposal) {
        return new Routing(proposal, proposal.procedure(), null, null);
    }

    public boolean overridden() {
        return overrideReason != null;
    }
}
