package org.redress.complaints.ombudsman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.redress.complaints.ComplaintRequests.post;
import static org.redress.complaints.ComplaintRequests.timeline;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redress.complaints.intake.IntakeRequests;
import org.redress.contracts.Topics;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The Ombudsman's decision is recorded on the complaint however the Ombudsman came to it: after the
 * council's procedure, as the council's early referral, or taken early because of the council's delay
 * or its wrong procedure. The decisions are dated in 2017, a year no other test uses, so the annual
 * report's figures are this test's own.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class OmbudsmanRouteIT {

    private static final String RECORDED = "org.redress.complaint.ombudsman-decision-recorded.v1";
    private static final String ACTIONS_AGREED = "org.redress.complaint.actions-agreed.v1";

    /** Monday 6 March 2017. */
    private static final LocalDate RECEIVED = LocalDate.of(2017, 3, 6);

    private static String decision(String reference, String route, String decisionDate) {
        return """
                {"reference":"%s",%s"decisionDate":"%s","finding":"FAULT_CAUSING_INJUSTICE",
                 "actions":[{"actionRef":"O1","type":"APOLOGY","period":"P4W"}]}"""
                .formatted(reference, route == null ? "" : "\"route\":\"" + route + "\",", decisionDate);
    }

    @Test
    void aDecisionTakenEarlyForTheCouncilsDelayIsRecordedOnAComplaintStillAtStageOne() {
        String id = IntakeRequests.registerAndGetId(RECEIVED);

        post(Roles.COMPLAINTS_MANAGER, "/ombudsman", id, decision("17 000 101", "COUNCIL_DELAY", "2017-09-04"))
                .statusCode(200)
                .body("state", equalTo("STAGE_1_OPEN"))
                .body("ombudsman.reference", equalTo("17 000 101"))
                .body("ombudsman.route", equalTo("COUNCIL_DELAY"))
                .body("ombudsman.earlyReferral", equalTo(false));

        // registered, routed, stage 1 opened, then the Ombudsman's decision and its agreed action
        List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.COMPLAINTS, id, 5, Duration.ofSeconds(20));
        JsonNode recorded = events.stream().filter(e -> e.type().equals(RECORDED)).findFirst().orElseThrow().dataJson();
        assertThat(recorded.path("route").asText()).isEqualTo("COUNCIL_DELAY");
        assertThat(recorded.path("decisionDate").asText()).isEqualTo("2017-09-04");
        // the contract: whether the Ombudsman took the complaint before the council's procedure ended
        assertThat(recorded.path("earlyReferral").asBoolean()).isTrue();
        assertThat(events).filteredOn(e -> e.type().equals(ACTIONS_AGREED))
                .extracting(e -> e.dataJson().path("source").asText()).containsExactly("OMBUDSMAN");

        List<String> details = timeline(id).extract().jsonPath().getList("findAll { it.what == 'ombudsman.decided' }.detail",
                String.class);
        assertThat(details).singleElement().asString()
                .contains("17 000 101", "2017-09-04", "because of the council's delay", "fault causing injustice");

        Tokens.as(Roles.AUDITOR).queryParam("from", "2017-01-01").queryParam("to", "2017-12-31")
                .when().get("/reports/annual").then().statusCode(200)
                .body("ombudsman.referrals", equalTo(1))
                .body("ombudsman.earlyReferrals", equalTo(0))
                .body("ombudsman.byRoute.COUNCIL_DELAY", equalTo(1))
                .body("ombudsman.agreedActions", equalTo(1));
    }

    @Test
    void aDecisionTakenEarlyForTheWrongProcedureIsRecordedOnAClosedComplaint() {
        String id = IntakeRequests.registerAndGetId(RECEIVED);
        post(Roles.COMPLAINTS_MANAGER, "/routing-override", id,
                "{\"procedure\":\"CORPORATE\",\"reason\":\"Handled as a corporate complaint\"}").statusCode(200);
        post(Roles.COMPLAINTS_MANAGER, "/closure", id, "{\"reason\":\"RESOLVED\",\"closedOn\":\"2017-03-20\"}")
                .statusCode(200);

        post(Roles.COMPLAINTS_MANAGER, "/ombudsman", id, decision("18 000 102", "WRONG_PROCEDURE", "2018-02-01"))
                .statusCode(200)
                .body("state", equalTo("CLOSED"))
                .body("ombudsman.route", equalTo("WRONG_PROCEDURE"));
    }

    @Test
    void afterTheCouncilsProcedureStillNeedsTheProcedureExhausted() {
        String id = IntakeRequests.registerAndGetId(RECEIVED);
        post(Roles.COMPLAINTS_MANAGER, "/ombudsman", id, decision("18 000 103", "AFTER_COUNCIL_PROCEDURE", "2018-02-01"))
                .statusCode(409).body("type", equalTo("urn:redress:problem:ombudsman.procedure-not-exhausted"));
        // without a route, earlyReferral false means after the council's procedure, as before
        post(Roles.COMPLAINTS_MANAGER, "/ombudsman", id, decision("18 000 104", null, "2018-02-01")
                .replace("\"decisionDate\"", "\"earlyReferral\":false,\"decisionDate\""))
                .statusCode(409).body("type", equalTo("urn:redress:problem:ombudsman.procedure-not-exhausted"));
    }

    @Test
    void anEarlyReferralThatDisagreesWithTheRouteIsRefusedNamingTheRoute() {
        String id = IntakeRequests.registerAndGetId(RECEIVED);
        post(Roles.COMPLAINTS_MANAGER, "/ombudsman", id, decision("18 000 105", "COUNCIL_DELAY", "2018-02-01")
                .replace("\"decisionDate\"", "\"earlyReferral\":true,\"decisionDate\""))
                .statusCode(422)
                .body("type", equalTo("urn:redress:problem:ombudsman.route-disagrees-with-early-referral"))
                .body("field", equalTo("route"));
        // earlyReferral false agrees with a route that is not the council's early referral
        post(Roles.COMPLAINTS_MANAGER, "/ombudsman", id, decision("18 000 106", "COUNCIL_DELAY", "2018-02-01")
                .replace("\"decisionDate\"", "\"earlyReferral\":false,\"decisionDate\""))
                .statusCode(200).body("ombudsman.route", equalTo("COUNCIL_DELAY"));
    }

    @Test
    void aDecisionBeforeTheComplaintWasReceivedIsRefused() {
        String id = IntakeRequests.registerAndGetId(RECEIVED);
        post(Roles.COMPLAINTS_MANAGER, "/ombudsman", id, decision("17 000 107", "COUNCIL_DELAY", "2017-03-03"))
                .statusCode(422)
                .body("type", equalTo("urn:redress:problem:date.before-receipt"))
                .body("field", equalTo("decisionDate"))
                .body("detail", containsString("2017-03-06"));
    }
}
