package org.redress.complaints.closure.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.complaints.complaint.api.ReplayableStep;
import org.redress.complaints.complaint.api.ReplayableSteps;
import org.redress.complaints.closure.application.ClosingComplaint;

/** The closure operation as an import replays it (see {@link ReplayableStep}). */
@ApplicationScoped
class ClosureSteps implements ReplayableSteps {

    private final ClosingComplaint closing;

    ClosureSteps(ClosingComplaint closing) {
        this.closing = closing;
    }

    @Override
    public List<ReplayableStep<?>> steps() {
        return List.of(
                new ReplayableStep<>("closure", ClosureRequest.class, (id, request) -> closing.close(id, request.command(), null)));
    }
}
