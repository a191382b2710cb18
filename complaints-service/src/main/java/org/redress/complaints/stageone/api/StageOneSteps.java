package org.redress.complaints.stageone.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.complaints.complaint.api.ReplayableStep;
import org.redress.complaints.complaint.api.ReplayableSteps;
import org.redress.complaints.complaint.api.StageDecisionRequest;
import org.redress.complaints.stageone.application.ExtendingStageOne;
import org.redress.complaints.stageone.application.RespondingAtStageOne;

/** Stage 1's operations as an import replays them (see {@link ReplayableStep}). */
@ApplicationScoped
class StageOneSteps implements ReplayableSteps {

    private final ExtendingStageOne extending;
    private final RespondingAtStageOne responding;

    StageOneSteps(ExtendingStageOne extending, RespondingAtStageOne responding) {
        this.extending = extending;
        this.responding = responding;
    }

    @Override
    public List<ReplayableStep<?>> steps() {
        return List.of(
                new ReplayableStep<>("stage-1.extension", StageOneExtensionRequest.class,
                        (id, request) -> extending.extend(id, request.command(), null)),
                new ReplayableStep<>("stage-1.response", StageDecisionRequest.class,
                        (id, request) -> responding.respond(id, request.command(), null)));
    }
}
