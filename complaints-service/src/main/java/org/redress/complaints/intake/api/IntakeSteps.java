package org.redress.complaints.intake.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.complaints.complaint.api.ReplayableStep;
import org.redress.complaints.complaint.api.ReplayableSteps;
import org.redress.complaints.intake.application.DecidingOutOfTime;
import org.redress.complaints.intake.application.DecidingStanding;
import org.redress.complaints.intake.application.OverridingRouting;

/** The intake decisions on a registered complaint (routing override, out of time, standing), as an import replays them (see {@link ReplayableStep}). */
@ApplicationScoped
class IntakeSteps implements ReplayableSteps {

    private final OverridingRouting overriding;
    private final DecidingOutOfTime outOfTime;
    private final DecidingStanding standing;

    IntakeSteps(OverridingRouting overriding, DecidingOutOfTime outOfTime, DecidingStanding standing) {
        this.overriding = overriding;
        this.outOfTime = outOfTime;
        this.standing = standing;
    }

    @Override
    public List<ReplayableStep<?>> steps() {
        return List.of(
                new ReplayableStep<>("routing-override", RoutingOverrideRequest.class,
                        (id, request) -> overriding.override(id, request.command(), null)),
                new ReplayableStep<>("out-of-time-decision", OutOfTimeDecisionRequest.class,
                        (id, request) -> outOfTime.decide(id, request.command(), null)),
                new ReplayableStep<>("standing-decision", StandingDecisionRequest.class,
                        (id, request) -> standing.decide(id, request.command(), null)));
    }
}
