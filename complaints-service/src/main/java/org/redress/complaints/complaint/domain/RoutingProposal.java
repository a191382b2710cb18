package org.redress.complaints.complaint.domain;

import java.util.List;

/**
 * The procedure the routing policy proposes, with its reasons.
 *
 * @param part3Matter whether a Part 3 Children Act 1989 matter from an eligible complainant made it statutory
 */
public record RoutingProposal(Procedure procedure, List<String> reasons, boolean part3Matter) {

    public RoutingProposal {
        reasons = List.copyOf(reasons);
    }
}
