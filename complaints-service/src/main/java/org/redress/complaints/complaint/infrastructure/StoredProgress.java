package org.redress.complaints.complaint.infrastructure;

import java.util.List;
import java.util.Map;

import org.redress.complaints.complaint.domain.ClockKind;
import org.redress.complaints.complaint.domain.Closure;
import org.redress.complaints.complaint.domain.ComplaintState;
import org.redress.complaints.complaint.domain.Decline;
import org.redress.complaints.complaint.domain.Flag;
import org.redress.complaints.complaint.domain.Hold;
import org.redress.complaints.complaint.domain.OmbudsmanDecision;
import org.redress.complaints.complaint.domain.OutOfTimeDecision;
import org.redress.complaints.complaint.domain.Procedure;
import org.redress.complaints.complaint.domain.Progress;
import org.redress.complaints.complaint.domain.Routing;
import org.redress.complaints.complaint.domain.RoutingProposal;
import org.redress.complaints.complaint.domain.StageDecision;
import org.redress.complaints.complaint.domain.StageOneExtension;
import org.redress.complaints.complaint.domain.StandingDecision;
import org.redress.complaints.complaint.domain.StageThree;
import org.redress.complaints.complaint.domain.StageTwo;
import org.redress.statutorytime.StatutoryClock;

import com.fasterxml.jackson.core.type.TypeReference;

/** Reads a complaint's stored progress from its row and clock rows. */
final class StoredProgress {

    private StoredProgress() {
    }

    static Progress read(ComplaintEntity entity, Map<ClockKind, StatutoryClock> clocks) {
        Routing routing = ProgressJson.read(entity.routing, Routing.class);
        if (routing == null) { // rows from before routing was recorded
            Procedure procedure = Procedure.valueOf(entity.procedure);
            routing = Routing.proposed(new RoutingProposal(procedure, List.of("recorded before routing"), false));
        }
        return new Progress(ComplaintState.valueOf(entity.state), routing,
                ProgressJson.read(entity.outOfTime, OutOfTimeDecision.class),
                ProgressJson.read(entity.standing, StandingDecision.class),
                ProgressJson.read(entity.stageOneExtension, StageOneExtension.class),
                ProgressJson.read(entity.stageOneResponse, StageDecision.class),
                ProgressJson.read(entity.stageTwo, StageTwo.class),
                ProgressJson.read(entity.stageThree, StageThree.class),
                ProgressJson.read(entity.ombudsman, OmbudsmanDecision.class),
                ProgressJson.readList(entity.holds, new TypeReference<List<Hold>>() {
                }),
                ProgressJson.readList(entity.declines, new TypeReference<List<Decline>>() {
                }),
                ProgressJson.readList(entity.flags, new TypeReference<List<Flag>>() {
                }),
                ProgressJson.read(entity.closure, Closure.class), clocks, entity.version);
    }
}
