package org.redress.complaints.stagetwo;

import static org.hamcrest.Matchers.equalTo;
import static org.redress.complaints.ComplaintRequests.post;
import static org.redress.complaints.ComplaintRequests.postAsStaff;
import static org.redress.complaints.intake.IntakeRequests.registerAbout;
import static org.redress.complaints.stageone.StageOneRequests.FINDINGS_UPHELD;
import static org.redress.complaints.stageone.StageOneRequests.respond;

import org.redress.servicekit.security.Roles;
import org.redress.testkit.Tokens;

import io.restassured.http.ContentType;

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

    /**
     * Stage 2 of a complaint answered at stage 1 on 16 January 2026, up to its adjudication: requested on
     * 20 January, investigating officer IO-2231 and independent person IP-0042 appointed on 21 January,
     * statement agreed on 27 January, reports on 20 and 23 February.
     */
    public static void investigated(String id) {
        post(Roles.COMPLAINTS_OFFICER, "/stage-2/request", id, "{\"requestedOn\":\"2026-01-20\"}").statusCode(200);
        post(Roles.COMPLAINTS_MANAGER, "/stage-2/appointments/investigating-officer", id,
                "{\"reference\":\"IO-2231\",\"appointedOn\":\"2026-01-21\"}").statusCode(200);
        post(Roles.COMPLAINTS_MANAGER, "/stage-2/appointments/independent-person", id, """
                {"reference":"IP-0042","appointedOn":"2026-01-21",
                 "declaration":{"declaredOn":"2026-01-21","notMemberOrOfficer":true,"notSpouseOrPartnerOfMemberOrOfficer":true}}""")
                .statusCode(200);
        Tokens.asStaff(Roles.INVESTIGATING_OFFICER, "IO-2231").contentType(ContentType.JSON)
                .body("{\"agreedOn\":\"2026-01-27\",\"agreedBy\":\"IO-2231\"}")
                .when().put("/complaints/{id}/stage-2/statement", id).then().statusCode(200);
        postAsStaff(Roles.INVESTIGATING_OFFICER, "IO-2231", "/stage-2/investigating-officer-report", id, "{\"reportedOn\":\"2026-02-20\"}")
                .statusCode(200);
        postAsStaff(Roles.INVESTIGATING_OFFICER, "IO-2231", "/stage-2/independent-person-report", id, "{\"reportedOn\":\"2026-02-23\"}")
                .statusCode(200);
    }
}
