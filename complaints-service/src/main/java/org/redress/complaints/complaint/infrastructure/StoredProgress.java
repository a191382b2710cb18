package org.redress.complaints.complaint.infrastructure;

import java.util.List;

import org.redress.complaints.complaint.domain.ComplaintState;
import org.redress.complaints.complaint.domain.Procedure;
import org.redress.complaints.complaint.domain.Progress;
import org.redress.complaints.complaint.domain.Routing;
import org.redress.complaints.complaint.domain.RoutingProposal;

/** Reads a complaint's stored progress from its row and clock rows. */
final class StoredProgress {

    private StoredProgress() {
    }

    static Progress read(ComplaintEntity entity, ClockTable.Clocks clocks) {
        Routing routing = entity.routing == null ? null : entity.routing.toDomain();
        if (routing == null) { // rows from before routing was recorded
            Procedure procedure = Procedure.valueOf(entity.procedure);
            routing = Routing.proposed(new RoutingProposal(procedure, List.of("recorded before routing"), false));
        }
        return new Progress(ComplaintState.valueOf(entity.state), routing,
                entity.outOfTime == null ? null : entity.outOfTime.toDomain(),
                entity.standing == null ? null : entity.standing.toDomain(),
                entity.stageOneExtension == null ? null : entity.stageOneExtension.toDomain(),
                StoredStageDecision.domainOf(entity.stageOneResponse),
                entity.stageTwo == null ? null : entity.stageTwo.toDomain(),
                entity.stageThree == null ? null : entity.stageThree.toDomain(),
                entity.ombudsman == null ? null : entity.ombudsman.toDomain(),
                StoredHold.toDomain(entity.holds), StoredDecline.toDomain(entity.declines),
                StoredFlag.toDomain(entity.flags), entity.closure == null ? null : entity.closure.toDomain(),
                clocks.clocks(), clocks.breachesAnnounced(), entity.version);
    }
}
