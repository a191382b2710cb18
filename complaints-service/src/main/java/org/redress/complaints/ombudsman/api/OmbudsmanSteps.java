package org.redress.complaints.ombudsman.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.complaints.complaint.api.ReplayableStep;
import org.redress.complaints.complaint.api.ReplayableSteps;
import org.redress.complaints.ombudsman.application.RecordingOmbudsmanDecision;

/** The Ombudsman decision operation as an import replays it (see {@link ReplayableStep}). */
@ApplicationScoped
class OmbudsmanSteps implements ReplayableSteps {

    private final RecordingOmbudsmanDecision recording;

    OmbudsmanSteps(RecordingOmbudsmanDecision recording) {
        this.recording = recording;
    }

    @Override
    public List<ReplayableStep<?>> steps() {
        return List.of(
                new ReplayableStep<>("ombudsman", OmbudsmanDecisionRequest.class,
                        (id, request) -> recording.record(id, request.command(), null)));
    }
}
