package org.redress.complaints.stagetwo;

import static org.hamcrest.Matchers.equalTo;
import static org.redress.complaints.ComplaintRequests.post;
import static org.redress.complaints.intake.IntakeRequests.registerAbout;
import static org.redress.complaints.stageone.StageOneRequests.FINDINGS_UPHELD;
import static org.redress.complaints.stageone.StageOneRequests.respond;

import org.redress.servicekit.security.Roles;

/** Stage 2 requests for the HTTP tests. */
public final class StageTwoRequests {

    private StageTwoRequests() {
    }

    /** A complaint answered at stage 1 whose stage 2 was requested on 20 January 2026; its id. */
    public static String requestedStageTwo() {
        String id = registerAbout("[\"ASSESSMENT\"]");
        respond(id, FINDINGS_UPHELD, "[]").statusCode(200);
        post(Roles.COMPLAINTS_OFFICER, "/stage-2/request", id, "{\"requestedOn\":\"2026-01-20\"}").statusCode(200)
                .body("state", equalTo("STAGE_2_REQUESTED"));
        return id;
    }
}
