package org.redress.complaints.holds.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.complaints.complaint.api.ReplayableStep;
import org.redress.complaints.complaint.api.ReplayableSteps;
import org.redress.complaints.holds.application.DecliningComplaint;
import org.redress.complaints.holds.application.PlacingHold;
import org.redress.complaints.holds.application.ReleasingHold;
import org.redress.complaints.holds.application.ReviewingHold;

/** The hold and decline operations, as an import replays them (see {@link ReplayableStep}). */
@ApplicationScoped
class HoldSteps implements ReplayableSteps {

    private final PlacingHold placing;
    private final ReleasingHold releasing;
    private final ReviewingHold reviewing;
    private final DecliningComplaint declining;

    HoldSteps(PlacingHold placing, ReleasingHold releasing, ReviewingHold reviewing, DecliningComplaint declining) {
        this.placing = placing;
        this.releasing = releasing;
        this.reviewing = reviewing;
        this.declining = declining;
    }

    @Override
    public List<ReplayableStep<?>> steps() {
        return List.of(
                new ReplayableStep<>("holds", HoldRequest.class, (id, request) -> placing.hold(id, request.command(), null)),
                new ReplayableStep<>("holds.release", HoldReleaseRequest.class,
                        (id, request) -> releasing.release(id, request.command(), null)),
                new ReplayableStep<>("holds.review", HoldReviewRequest.class,
                        (id, request) -> reviewing.review(id, request.command(), null)),
                new ReplayableStep<>("declines", DeclineRequest.class,
                        (id, request) -> declining.decline(id, request.command(), null)),
                new ReplayableStep<>("declines.end", DeclineEndRequest.class,
                        (id, request) -> declining.end(id, request.command(), null)));
    }
}
