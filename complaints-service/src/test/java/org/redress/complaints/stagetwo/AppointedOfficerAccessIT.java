package org.redress.complaints.stagetwo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.redress.complaints.ComplaintRequests.post;
import static org.redress.complaints.ComplaintRequests.postAsStaff;
import static org.redress.complaints.stagetwo.StageTwoRequests.requestedStageTwo;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.AuditEntries;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * An investigating officer sees and acts on the complaints they are appointed to, and nothing else: another
 * family's complaint is answered exactly as an id that does not exist (404, so existence does not leak) and
 * is left out of their work queue. Whoever runs the procedure keeps the whole view.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class AppointedOfficerAccessIT {

    private static final String NOT_FOUND = "urn:redress:problem:not-found";

    @Test
    void anOfficerReadsAndActsOnTheComplaintTheyAreAppointedTo() {
        String officer = staffReference();
        String id = appointed(officer);

        Tokens.asStaff(Roles.INVESTIGATING_OFFICER, officer).when().get("/complaints/{id}", id).then().statusCode(200)
                .body("stageTwo.investigatingOfficer.reference", equalTo(officer));
        Tokens.asStaff(Roles.INVESTIGATING_OFFICER, officer).when().get("/complaints/{id}/timeline", id).then().statusCode(200);
        agreeStatement(officer, id).statusCode(200).body("state", equalTo("STAGE_2_INVESTIGATING"));
        postAsStaff(Roles.INVESTIGATING_OFFICER, officer, "/stage-2/investigating-officer-report", id,
                "{\"reportedOn\":\"2026-02-20\"}").statusCode(200);
    }

    @Test
    void anOfficerNotAppointedIsAnsweredAsIfTheComplaintDidNotExist() {
        String appointedOfficer = staffReference();
        String otherOfficer = staffReference();
        String id = appointed(appointedOfficer);
        String unknown = UUID.randomUUID().toString();

        String unknownType = Tokens.asStaff(Roles.INVESTIGATING_OFFICER, otherOfficer)
                .when().get("/complaints/{id}", unknown).then().statusCode(404).extract().path("type");
        Tokens.asStaff(Roles.INVESTIGATING_OFFICER, otherOfficer).when().get("/complaints/{id}", id).then()
                .statusCode(404).body("type", equalTo(unknownType)).body("type", equalTo(NOT_FOUND));
        Tokens.asStaff(Roles.INVESTIGATING_OFFICER, otherOfficer).when().get("/complaints/{id}/timeline", id).then()
                .statusCode(404).body("type", equalTo(NOT_FOUND));
        agreeStatement(otherOfficer, id).statusCode(404).body("type", equalTo(NOT_FOUND));
        Tokens.as(Roles.INVESTIGATING_OFFICER).when().get("/complaints/{id}", id).then()
                .statusCode(404).body("type", equalTo(NOT_FOUND));

        // nothing was changed, and nothing was recorded as read by the officers turned away
        Tokens.as(Roles.COMPLAINTS_MANAGER).when().get("/complaints/{id}", id).then().statusCode(200)
                .body("state", equalTo("STAGE_2_REQUESTED"));
        assertThat(AuditEntries.actors("complaint", id, "complaint.read")).containsExactly("test-" + Roles.COMPLAINTS_MANAGER);
    }

    @Test
    void anOfficersWorkQueueHoldsOnlyTheComplaintsTheyAreAppointedTo() {
        String officer = staffReference();
        String mine = appointed(officer);
        String alsoMine = appointed(officer);
        String someoneElses = appointed(staffReference());

        for (String clock : new String[] { null, "OVERDUE" }) {
            var queue = Tokens.asStaff(Roles.INVESTIGATING_OFFICER, officer).queryParam("size", 100);
            if (clock != null) {
                queue = queue.queryParam("clock", clock);
            }
            List<String> shown = queue.when().get("/complaints").then().statusCode(200)
                    .body("total", equalTo(2)).extract().path("items.id");
            assertThat(shown).as("queue, clock %s", clock).containsExactlyInAnyOrder(mine, alsoMine);
        }
        // the queue as it stood on a past day: the stage 2 progression clocks (due 3 February) were overdue then
        List<String> then = Tokens.asStaff(Roles.INVESTIGATING_OFFICER, officer).queryParam("clock", "OVERDUE")
                .queryParam("asOf", "2026-02-10").queryParam("size", 100).when().get("/complaints").then().statusCode(200)
                .extract().path("items.id");
        assertThat(then).containsExactlyInAnyOrder(mine, alsoMine);
        Tokens.as(Roles.INVESTIGATING_OFFICER).when().get("/complaints").then().statusCode(200)
                .body("total", equalTo(0)).body("items", org.hamcrest.Matchers.empty());
        Tokens.as(Roles.COMPLAINTS_MANAGER).when().get("/complaints/{id}", someoneElses).then().statusCode(200);
    }

    /** A complaint at stage 2 with this investigating officer appointed; its id. */
    private static String appointed(String officer) {
        String id = requestedStageTwo();
        post(Roles.COMPLAINTS_MANAGER, "/stage-2/appointments/investigating-officer", id,
                "{\"reference\":\"%s\",\"appointedOn\":\"2026-01-21\"}".formatted(officer)).statusCode(200);
        return id;
    }

    private static ValidatableResponse agreeStatement(String officer, String id) {
        return Tokens.asStaff(Roles.INVESTIGATING_OFFICER, officer).contentType(ContentType.JSON)
                .body("{\"agreedOn\":\"2026-01-27\",\"agreedBy\":\"%s\"}".formatted(officer))
                .when().put("/complaints/{id}/stage-2/statement", id).then();
    }

    private static String staffReference() {
        return "IO-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
