package org.redress.complaints.stageone;

import static org.redress.complaints.ComplaintRequests.post;

import org.redress.servicekit.security.Roles;

import io.restassured.response.ValidatableResponse;

/** Stage 1 requests for the HTTP tests. */
public final class StageOneRequests {

    /** Point 1 upheld with fault accepted, point 2 without a finding. */
    public static final String FINDINGS_UPHELD = """
            [{"point":1,"finding":"UPHELD","faultAccepted":true},{"point":2,"finding":"NO_FINDING"}]""";

    /** A stage 1 response on Friday 16 January 2026 with one apology agreed. */
    public static final String STAGE_ONE_RESPONSE = """
            {"decidedOn":"2026-01-16",
             "findings":[{"point":1,"finding":"UPHELD","faultAccepted":true},{"point":2,"finding":"NOT_UPHELD"}],
             "actions":[{"actionRef":"A1","type":"APOLOGY","period":"P4W"}]}""";

    private StageOneRequests() {
    }

    /** Responds at stage 1 on 16 January 2026 with {@code findings} and {@code actions} (JSON arrays). */
    public static ValidatableResponse respond(String id, String findings, String actions) {
        return post(Roles.COMPLAINTS_OFFICER, "/stage-1/response", id, """
                {"decidedOn":"2026-01-16","findings":%s,"actions":%s}""".formatted(findings, actions));
    }
}
