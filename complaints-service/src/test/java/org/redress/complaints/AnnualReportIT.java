package org.redress.complaints;

import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The annual report's figures for a seeded set of complaints, in a year no other test uses. */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class AnnualReportIT {

    /** Monday 1 March 2021: stage 1 due Monday 15 March. */
    private static final LocalDate RECEIVED = LocalDate.of(2021, 3, 1);

    private static void post(String id, String path, String body) {
        Tokens.as(Roles.COMPLAINTS_MANAGER).contentType(ContentType.JSON).body(body)
                .when().post("/complaints/{id}" + path, id).then().statusCode(200);
    }

    private static void respond(String id, String on, String secondFinding) {
        post(id, "/stage-1/response", """
                {"decidedOn":"%s","findings":[{"point":1,"finding":"UPHELD","faultAccepted":true},
                 {"point":2,"finding":"%s"}]}""".formatted(on, secondFinding));
    }

    @Test
    void countsReceiptsAnswersInTimeHoldsAndClosures() {
        String onTime = ComplaintRequests.registerAndGetId(RECEIVED);
        respond(onTime, "2021-03-08", "NOT_UPHELD"); // 5 working days: met
        String late = ComplaintRequests.registerAndGetId(RECEIVED);
        respond(late, "2021-03-29", "NO_FINDING"); // 20 working days: missed
        String extended = ComplaintRequests.registerAndGetId(RECEIVED);
        post(extended, "/stage-1/extension", "{\"workingDays\":20,\"reason\":\"advocate\",\"complainantToldOn\":\"2021-03-02\"}");
        respond(extended, "2021-03-22", "UPHELD"); // 15 working days, within the extension
        String withdrawn = ComplaintRequests.registerAndGetId(RECEIVED);
        post(withdrawn, "/holds", """
                {"reason":"COMPLAINANT_REQUEST","heldOn":"2021-03-03","complainantToldOn":"2021-03-03","reviewOn":"2021-04-01"}""");
        post(withdrawn, "/closure", "{\"reason\":\"WITHDRAWN_BY_COMPLAINANT\",\"closedOn\":\"2021-03-10\"}");

        Tokens.as(Roles.AUDITOR).queryParam("from", "2021-01-01").queryParam("to", "2021-12-31")
                .when().get("/reports/annual").then()
                .statusCode(200)
                .body("received", equalTo(4))
                .body("byState.STAGE_1_RESPONDED", equalTo(3))
                .body("byState.CLOSED", equalTo(1))
                .body("stages[0].stage", equalTo("STAGE_1"))
                .body("stages[0].answered", equalTo(3))
                .body("stages[0].withinTimescale", equalTo(2))
                .body("stages[0].withinTimescaleWithoutExtension", equalTo(1))
                .body("stages[0].withinTimescaleWithExtension", equalTo(1))
                .body("stages[0].percentWithinTimescale", equalTo(66.7f))
                .body("stages[0].extended", equalTo(1))
                .body("stages[0].averageWorkingDays", equalTo(13.3f))
                .body("stages[0].findings.UPHELD", equalTo(4))
                .body("stages[0].findings.NOT_UPHELD", equalTo(1))
                .body("stages[0].findings.NO_FINDING", equalTo(1))
                .body("stages[1].answered", equalTo(0))
                .body("holdsPlaced", equalTo(1))
                .body("closuresByReason.WITHDRAWN_BY_COMPLAINANT", equalTo(1));
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        Tokens.as(Roles.COMPLAINTS_MANAGER).queryParam("from", "2021-12-31").queryParam("to", "2021-01-01")
                .when().get("/reports/annual").then()
                .statusCode(422).body("type", equalTo("urn:redress:problem:report.period-backwards"));
    }
}
