package org.redress.complaints.reading;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.Procedure;
import org.redress.complaints.complaint.domain.Routing;
import org.redress.complaints.complaint.domain.RoutingProposal;

/** The route as the API shows it: the policy's proposal, and a person's override when there was one. */
@Schema(name = "Routing")
public record RoutingView(
        RoutingProposal proposal,
        Procedure procedure,
        @Schema(description = "Why a person chose another procedure; absent unless the routing was overridden", nullable = true)
        String overrideReason,
        @Schema(description = "The day of the override; absent unless the routing was overridden", nullable = true)
        LocalDate overriddenOn) {

    static RoutingView of(Routing routing) {
        return new RoutingView(routing.proposal(), routing.procedure(), routing.overrideReason(), routing.overriddenOn());
    }
}
