package org.redress.complaints.stagethree.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.complaints.complaint.api.ReplayableStep;
import org.redress.complaints.complaint.api.ReplayableSteps;
import org.redress.complaints.stagethree.application.RecordingPanelReport;
import org.redress.complaints.stagethree.application.RecordingReviewPanel;
import org.redress.complaints.stagethree.application.RequestingStageThree;
import org.redress.complaints.stagethree.application.RespondingAtStageThree;

/** Stage 3's operations as an import replays them (see {@link ReplayableStep}). */
@ApplicationScoped
class StageThreeSteps implements ReplayableSteps {

    private final RequestingStageThree requesting;
    private final RecordingReviewPanel panel;
    private final RecordingPanelReport report;
    private final RespondingAtStageThree responding;

    StageThreeSteps(RequestingStageThree requesting, RecordingReviewPanel panel, RecordingPanelReport report,
            RespondingAtStageThree responding) {
        this.requesting = requesting;
        this.panel = panel;
        this.report = report;
        this.responding = responding;
    }

    @Override
    public List<ReplayableStep<?>> steps() {
        return List.of(
                new ReplayableStep<>("stage-3.request", StageThreeRequest.class,
                        (id, request) -> requesting.request(id, request.command(), null)),
                new ReplayableStep<>("stage-3.panel", PanelRequest.class,
                        (id, request) -> panel.record(id, request.command(), null)),
                new ReplayableStep<>("stage-3.report", PanelReportRequest.class,
                        (id, request) -> report.record(id, request.command(), null)),
                new ReplayableStep<>("stage-3.response", StageThreeResponseRequest.class,
                        (id, request) -> responding.respond(id, request.command(), null)));
    }
}
