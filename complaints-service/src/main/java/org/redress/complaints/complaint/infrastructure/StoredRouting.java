package org.redress.complaints.complaint.infrastructure;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Converter;

import org.redress.complaints.complaint.domain.Procedure;
import org.redress.complaints.complaint.domain.Routing;
import org.redress.complaints.complaint.domain.RoutingProposal;

/** The stored shape of {@code complaint.routing}: the proposed procedure and, if overridden, the chosen one. */
public record StoredRouting(Proposal proposal, String procedure, String overrideReason, LocalDate overriddenOn) {

    /** The routing policy's proposal, with its reasons. */
    public record Proposal(String procedure, List<String> reasons, boolean part3Matter) {
    }

    static StoredRouting from(Routing routing) {
        RoutingProposal proposal = routing.proposal();
        return new StoredRouting(new Proposal(proposal.procedure().name(), proposal.reasons(), proposal.part3Matter()),
                routing.procedure().name(), routing.overrideReason(), routing.overriddenOn());
    }

    Routing toDomain() {
        return new Routing(new RoutingProposal(Procedure.valueOf(proposal.procedure), proposal.reasons, proposal.part3Matter),
                Procedure.valueOf(procedure), overrideReason, overriddenOn);
    }

    /** Writes the column from this shape and reads it back strictly. */
    @Converter
    public static final class Column extends StoredDocuments.Column<StoredRouting> {

        public Column() {
            super(StoredRouting.class);
        }
    }
}
