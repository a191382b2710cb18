package org.redress.complaints.reporting;

import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.redress.complaints.intake.IntakeRequests;
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
        String onTime = IntakeRequests.registerAndGetId(RECEIVED);
        respond(onTime, "2021-03-08", "NOT_UPHELD"); // 5 working days: met
        String late = IntakeRequests.registerAndGetId(RECEIVED);
        respond(late, "2021-03-29", "NO_FINDING"); // 20 working days: missed
        String extended = IntakeRequests.registerAndGetId(RECEIVED);
        post(extended, "/stage-1/extension", "{\"workingDays\":20,\"reason\":\"advocate\",\"complainantToldOn\":\"2021-03-02\"}");
        respond(extended, "2021-03-22", "UPHELD"); // 15 working days, within the extension
        String withdrawn = IntakeRequests.registerAndGetId(RECEIVED);
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

    /** Received Mon 4 March 2019, answered Fri 8 March, stage 2 asked for Mon 11 March and its statement agreed on {@code agreedOn}. */
    private static String stageTwoAgreedOn(String agreedOn, String stageOneActions) {
        String id = IntakeRequests.registerAndGetId(LocalDate.of(2019, 3, 4));
        post(id, "/stage-1/response", """
                {"decidedOn":"2019-03-08","findings":[{"point":1,"finding":"UPHELD","faultAccepted":true},
                 {"point":2,"finding":"NOT_UPHELD"}],"actions":%s}""".formatted(stageOneActions));
        post(id, "/stage-2/request", "{\"requestedOn\":\"2019-03-11\"}");
        Tokens.as(Roles.COMPLAINTS_MANAGER).contentType(ContentType.JSON)
                .body("{\"agreedOn\":\"%s\",\"agreedBy\":\"IO-77\"}".formatted(agreedOn))
                .when().put("/complaints/{id}/stage-2/statement", id).then().statusCode(200);
        return id;
    }

    /** Investigated and adjudicated on {@code decidedOn}, then decided by the Ombudsman as an early referral. */
    private static void adjudicatedThenOmbudsman(String id, String decidedOn, String actions, String ombudsman) {
        post(id, "/stage-2/appointments/investigating-officer", "{\"reference\":\"IO-77\",\"appointedOn\":\"2019-03-12\"}");
        post(id, "/stage-2/appointments/independent-person", """
                {"reference":"IP-9","appointedOn":"2019-03-12",
                 "declaration":{"declaredOn":"2019-03-12","notMemberOrOfficer":true,"notSpouseOrPartnerOfMemberOrOfficer":true}}""");
        post(id, "/stage-2/appointments/adjudicating-officer", "{\"reference\":\"AO-12\",\"appointedOn\":\"2019-03-12\"}");
        // the officers appointed, as the staff reference the appointment names
        Tokens.asStaff(Roles.INVESTIGATING_OFFICER, "IO-77").contentType(ContentType.JSON).body("{\"reportedOn\":\"2019-04-16\"}")
                .when().post("/complaints/{id}/stage-2/investigating-officer-report", id).then().statusCode(200);
        Tokens.asStaff(Roles.INVESTIGATING_OFFICER, "IO-77").contentType(ContentType.JSON).body("{\"reportedOn\":\"2019-04-17\"}")
                .when().post("/complaints/{id}/stage-2/independent-person-report", id).then().statusCode(200);
        Tokens.asStaff(Roles.ADJUDICATING_OFFICER, "AO-12").contentType(ContentType.JSON).body("""
                {"decidedOn":"%s","findings":[{"point":1,"finding":"UPHELD","faultAccepted":true},
                 {"point":2,"finding":"PARTLY_UPHELD"}],"actions":%s}""".formatted(decidedOn, actions))
                .when().post("/complaints/{id}/stage-2/adjudication", id).then().statusCode(200);
        post(id, "/ombudsman", ombudsman);
    }

    private static String registerFromSufficientInterest() {
        return IntakeRequests.registerFromSufficientInterest(LocalDate.of(2019, 3, 4));
    }

    @Test
    void countsStandingDeclinesStageTwoProgressionTheOmbudsmanAndTheActionsAgreedByKind() {
        post(registerFromSufficientInterest(), "/standing-decision", """
                {"decision":"ACCEPTED","decidedOn":"2019-03-06","childViewsTakenIntoAccount":true,"childViewsTakenIntoAccountOn":"2019-03-05"}""");
        post(registerFromSufficientInterest(), "/standing-decision", """
                {"decision":"REFUSED","decidedOn":"2019-03-07","childViewsTakenIntoAccount":false,"reason":"No part in the child's care","personToldOn":"2019-03-07"}""");
        post(IntakeRequests.registerAndGetId(LocalDate.of(2019, 3, 4)), "/declines", """
                {"scope":"WHOLE","proceedings":"CRIMINAL","declinedOn":"2019-03-05","complainantToldInWritingOn":"2019-03-05","reviewOn":"2019-06-03"}""");
        post(IntakeRequests.registerAndGetId(LocalDate.of(2019, 3, 4)), "/declines", """
                {"scope":"PART","points":[2],"proceedings":"DISCIPLINARY","declinedOn":"2019-03-05","complainantToldInWritingOn":"2019-03-06","reviewOn":"2019-06-03"}""");
        // progression clock: 10 working days from Mon 11 March, due Mon 25 March 2019
        String prompt = stageTwoAgreedOn("2019-03-18", "[{\"actionRef\":\"A1\",\"type\":\"APOLOGY\",\"period\":\"P4W\"}]"); // 5 working days
        String slow = stageTwoAgreedOn("2019-04-01", "[]"); // 15 working days: breached
        adjudicatedThenOmbudsman(prompt, "2019-04-26", """
                [{"actionRef":"A2","type":"PAYMENT","period":"P1M","amountPence":10000},
                 {"actionRef":"A3","type":"SERVICE_IMPROVEMENT","period":"P3M","theme":"CARER_ASSESSMENTS"}]""", """
                {"reference":"19 000 111","earlyReferral":true,"decisionDate":"2019-09-02","finding":"FAULT_CAUSING_INJUSTICE",
                 "actions":[{"actionRef":"O1","type":"APOLOGY","period":"P4W"},{"actionRef":"O2","type":"PAYMENT","period":"P1M","amountPence":50000}]}""");
        // decided by the Ombudsman after the period: neither the referral nor its action counts in 2019
        adjudicatedThenOmbudsman(slow, "2019-05-01", "[]", """
                {"reference":"19 000 222","earlyReferral":true,"decisionDate":"2020-01-15","finding":"NO_FAULT",
                 "actions":[{"actionRef":"O1","type":"EVIDENCE_TO_OMBUDSMAN","period":"P1M"}]}""");

        Tokens.as(Roles.AUDITOR).queryParam("from", "2019-01-01").queryParam("to", "2019-12-31")
                .when().get("/reports/annual").then()
                .statusCode(200)
                .body("received", equalTo(6))
                .body("standingDecisions.accepted", equalTo(1))
                .body("standingDecisions.refused", equalTo(1))
                .body("declinedForProceedings", equalTo(2))
                // (5 + 15) / 2 working days from request to agreed statement
                .body("stageTwoProgression.averageWorkingDaysToAgreedStatement", equalTo(10.0f))
                .body("stageTwoProgression.progressionClocksBreached", equalTo(1))
                .body("ombudsman.referrals", equalTo(1))
                .body("ombudsman.earlyReferrals", equalTo(1))
                .body("ombudsman.byFinding.FAULT_CAUSING_INJUSTICE", equalTo(1))
                .body("ombudsman.byFinding.NO_FAULT", equalTo(null))
                .body("ombudsman.agreedActions", equalTo(2))
                // stage 1 apology; stage 2 payment and service improvement; the Ombudsman's apology and payment
                .body("agreedActionsByKind.APOLOGY", equalTo(2))
                .body("agreedActionsByKind.PAYMENT", equalTo(2))
                .body("agreedActionsByKind.SERVICE_IMPROVEMENT", equalTo(1))
                .body("agreedActionsByKind.EVIDENCE_TO_OMBUDSMAN", equalTo(null));
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        Tokens.as(Roles.COMPLAINTS_MANAGER).queryParam("from", "2021-12-31").queryParam("to", "2021-01-01")
                .when().get("/reports/annual").then()
                .statusCode(422).body("type", equalTo("urn:redress:problem:report.period-backwards"));
    }
}
