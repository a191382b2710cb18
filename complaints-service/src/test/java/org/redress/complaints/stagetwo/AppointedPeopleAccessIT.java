package org.redress.complaints.stagetwo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.redress.complaints.ComplaintRequests.post;
import static org.redress.complaints.ComplaintRequests.postAsStaff;
import static org.redress.complaints.intake.IntakeRequests.registerAbout;
import static org.redress.complaints.stageone.StageOneRequests.FINDINGS_UPHELD;
import static org.redress.complaints.stageone.StageOneRequests.respond;
import static org.redress.complaints.stagetwo.StageTwoRequests.agreedWith;
import static org.redress.complaints.stagetwo.StageTwoRequests.investigatedBy;
import static org.redress.complaints.stagetwo.StageTwoRequests.requestedStageTwo;
import static org.redress.complaints.stagetwo.StageTwoRequests.reviewedBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.complaints.stagetwo.StageTwoRequests.Appointed;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.AuditEntries;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The independent person, the adjudicating officer and the members of a review panel see and act on the
 * complaints that appoint them, and nothing else: another complaint is answered as an id that does not exist
 * (404, so existence does not leak) and is left out of their work queue.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class AppointedPeopleAccessIT {

    private static final String NOT_FOUND = "urn:redress:problem:not-found";

    @Test
    void anIndependentPersonSeesAndReportsOnTheInvestigationTheyOverseeOnly() {
        Appointed people = Appointed.unique();
        String id = agreed(people);
        String other = Appointed.unique().independentPerson();

        Tokens.asStaff(Roles.INDEPENDENT_PERSON, other).when().get("/complaints/{id}", id).then().statusCode(404)
                .body("type", equalTo(NOT_FOUND));
        postAsStaff(Roles.INDEPENDENT_PERSON, other, "/stage-2/independent-person-report", id, "{\"reportedOn\":\"2026-02-23\"}")
                .statusCode(404).body("type", equalTo(NOT_FOUND));
        Tokens.as(Roles.COMPLAINTS_MANAGER).when().get("/complaints/{id}", id).then().statusCode(200)
                .body("stageTwo.independentPersonReportOn", org.hamcrest.Matchers.nullValue());

        Tokens.asStaff(Roles.INDEPENDENT_PERSON, people.independentPerson()).when().get("/complaints/{id}", id).then()
                .statusCode(200).body("stageTwo.independentPerson.reference", equalTo(people.independentPerson()));
        Tokens.asStaff(Roles.INDEPENDENT_PERSON, people.independentPerson()).when().get("/complaints/{id}/timeline", id)
                .then().statusCode(200);
        postAsStaff(Roles.INDEPENDENT_PERSON, people.independentPerson(), "/stage-2/independent-person-report", id,
                "{\"reportedOn\":\"2026-02-23\"}").statusCode(200).body("stageTwo.independentPersonReportOn", equalTo("2026-02-23"));

        assertThat(queue(Roles.INDEPENDENT_PERSON, people.independentPerson())).containsExactly(id);
        assertThat(queue(Roles.INDEPENDENT_PERSON, other)).isEmpty();
        assertThat(AuditEntries.actors("complaint", id, "complaint.read"))
                .containsOnly("test-" + Roles.COMPLAINTS_MANAGER, "test-" + Roles.INDEPENDENT_PERSON + "-" + people.independentPerson());
    }

    @Test
    void anAdjudicatingOfficerAdjudicatesOnlyTheComplaintTheyAreAppointedTo() {
        Appointed people = Appointed.unique();
        String id = registered();
        investigatedBy(id, people);
        String other = Appointed.unique().adjudicatingOfficer();
        String adjudication = "{\"decidedOn\":\"2026-02-27\",\"findings\":%s}".formatted(FINDINGS_UPHELD);

        postAsStaff(Roles.ADJUDICATING_OFFICER, other, "/stage-2/adjudication", id, adjudication).statusCode(404)
                .body("type", equalTo(NOT_FOUND));
        Tokens.asStaff(Roles.ADJUDICATING_OFFICER, other).when().get("/complaints/{id}", id).then().statusCode(404);
        Tokens.as(Roles.COMPLAINTS_MANAGER).when().get("/complaints/{id}", id).then().statusCode(200)
                .body("state", equalTo("STAGE_2_INVESTIGATING"));

        assertThat(queue(Roles.ADJUDICATING_OFFICER, people.adjudicatingOfficer())).containsExactly(id);
        assertThat(queue(Roles.ADJUDICATING_OFFICER, other)).isEmpty();
        postAsStaff(Roles.ADJUDICATING_OFFICER, people.adjudicatingOfficer(), "/stage-2/adjudication", id, adjudication)
                .statusCode(200).body("state", equalTo("STAGE_2_ADJUDICATED"))
                .body("stageTwo.adjudicatingOfficer.reference", equalTo(people.adjudicatingOfficer()));
        // an adjudicating officer without a staff reference sees no complaint
        Tokens.as(Roles.ADJUDICATING_OFFICER).when().get("/complaints/{id}", id).then().statusCode(404);
    }

    @Test
    void theInvestigatingOfficerMayNotBeAppointedToAdjudicateTheirOwnInvestigation() {
        String id = requestedStageTwo();
        String officer = Appointed.unique().investigatingOfficer();
        post(Roles.COMPLAINTS_MANAGER, "/stage-2/appointments/investigating-officer", id,
                "{\"reference\":\"%s\",\"appointedOn\":\"2026-01-21\"}".formatted(officer)).statusCode(200);

        post(Roles.COMPLAINTS_MANAGER, "/stage-2/appointments/adjudicating-officer", id,
                "{\"reference\":\"%s\",\"appointedOn\":\"2026-01-21\"}".formatted(officer)).statusCode(422)
                .body("type", equalTo("urn:redress:problem:stage-two.investigator-adjudicating"))
                .body("field", equalTo("reference"));
        Tokens.as(Roles.COMPLAINTS_MANAGER).when().get("/complaints/{id}", id).then().statusCode(200)
                .body("stageTwo.adjudicatingOfficer", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aReviewPanelMemberSeesTheComplaintTheirPanelReviewsOnly() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String chair = "PM-A" + suffix;
        String member = "PM-B" + suffix;
        String id = reviewedBy(Appointed.unique(), chair, member, "PM-C" + suffix);
        String notOnThePanel = "PM-D" + suffix;

        Tokens.asStaff(Roles.REVIEW_PANEL_MEMBER, member).when().get("/complaints/{id}", id).then().statusCode(200)
                .body("state", equalTo("STAGE_3_PANEL_HELD"));
        Tokens.asStaff(Roles.REVIEW_PANEL_MEMBER, chair).when().get("/complaints/{id}/timeline", id).then().statusCode(200);
        Tokens.asStaff(Roles.REVIEW_PANEL_MEMBER, notOnThePanel).when().get("/complaints/{id}", id).then().statusCode(404)
                .body("type", equalTo(NOT_FOUND));
        Tokens.asStaff(Roles.REVIEW_PANEL_MEMBER, notOnThePanel).when().get("/complaints/{id}/timeline", id).then()
                .statusCode(404);

        assertThat(queue(Roles.REVIEW_PANEL_MEMBER, member)).containsExactly(id);
        assertThat(queue(Roles.REVIEW_PANEL_MEMBER, notOnThePanel)).isEmpty();
    }

    private static String registered() {
        String id = registerAbout("[\"ASSESSMENT\"]");
        respond(id, FINDINGS_UPHELD, "[]").statusCode(200);
        return id;
    }

    private static String agreed(Appointed people) {
        String id = registered();
        agreedWith(id, people);
        return id;
    }

    /** The ids of every complaint in this person's work queue (their references are unique to the test). */
    private static List<String> queue(String role, String staffReference) {
        return Tokens.asStaff(role, staffReference).queryParam("size", 100).when().get("/complaints").then().statusCode(200)
                .extract().path("items.id");
    }
}
