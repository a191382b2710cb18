package org.redress.assessments.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.redress.assessments.assessment.AssessmentRequests.ADULTS_TEAM;
import static org.redress.assessments.assessment.AssessmentRequests.CHILDRENS_TEAM;
import static org.redress.assessments.assessment.AssessmentRequests.assignedTo;
import static org.redress.assessments.assessment.AssessmentRequests.staffReference;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.AuditEntries;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Each person sees the assessments their part in them allows: a social worker those they are assigned to and
 * those of their team, a team manager those of their team. Another team's assessment, not assigned, is answered
 * exactly as an id that does not exist (404 not-found, so existence does not leak), is changed by nothing they
 * send, is not recorded as read by them, and is left out of their lists.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class AssignedWorkerAccessIT {

    private static final String NOT_FOUND = "urn:redress:problem:not-found";

    @Test
    void aWorkerOfAnotherTeamAssignedToTheAssessmentReadsAndActsOnIt() {
        String worker = staffReference();
        String id = assignedTo(worker);

        Tokens.asTeamMember(Roles.SOCIAL_WORKER, worker, ADULTS_TEAM).when().get("/assessments/{id}", id).then()
                .statusCode(200).body("team", equalTo(CHILDRENS_TEAM)).body("assessors.assessor", hasItem(worker));
        recordNeed(() -> Tokens.asTeamMember(Roles.SOCIAL_WORKER, worker, ADULTS_TEAM), id).statusCode(200)
                .body("needs.code", hasItem("N1"));
        // a token without a team claim still reaches the assessments its holder is assigned to
        Tokens.asStaff(Roles.SOCIAL_WORKER, worker).when().get("/assessments/{id}", id).then().statusCode(200);
    }

    @Test
    void aWorkerOfTheAssessmentsTeamReadsAndActsOnItUnassigned() {
        String id = assignedTo(staffReference());
        String colleague = staffReference();

        Tokens.asTeamMember(Roles.SOCIAL_WORKER, colleague, CHILDRENS_TEAM).when().get("/assessments/{id}", id).then()
                .statusCode(200);
        recordNeed(() -> Tokens.asTeamMember(Roles.SOCIAL_WORKER, colleague, CHILDRENS_TEAM), id).statusCode(200);
        Tokens.asTeamMember(Roles.TEAM_MANAGER, staffReference(), CHILDRENS_TEAM).when().get("/assessments/{id}", id)
                .then().statusCode(200);
    }

    @Test
    void aWorkerOfAnotherTeamNotAssignedIsAnsweredAsIfTheAssessmentDidNotExist() {
        String id = assignedTo(staffReference());
        String outsider = staffReference();
        Supplier<RequestSpecification> asOutsider = () -> Tokens.asTeamMember(Roles.SOCIAL_WORKER, outsider, ADULTS_TEAM);

        String unknownType = asOutsider.get().when().get("/assessments/{id}", UUID.randomUUID()).then().statusCode(404)
                .extract().path("type");
        assertThat(unknownType).isEqualTo(NOT_FOUND);
        asOutsider.get().when().get("/assessments/{id}", id).then().statusCode(404).body("type", equalTo(unknownType));
        recordNeed(asOutsider, id).statusCode(404).body("type", equalTo(NOT_FOUND));
        // nor can they assign themselves to it
        asOutsider.get().contentType(ContentType.JSON).body("{\"assessor\":\"%s\",\"from\":\"2026-11-24\"}".formatted(outsider))
                .when().post("/assessments/{id}/assessors", id).then().statusCode(404).body("type", equalTo(NOT_FOUND));
        // without a team claim, or without any claim, no more
        Tokens.asStaff(Roles.SOCIAL_WORKER, outsider).when().get("/assessments/{id}", id).then().statusCode(404)
                .body("type", equalTo(NOT_FOUND));
        Tokens.as(Roles.SOCIAL_WORKER).when().get("/assessments/{id}", id).then().statusCode(404)
                .body("type", equalTo(NOT_FOUND));

        // nothing was changed, and nothing was recorded as read by those turned away
        Tokens.as(Roles.AUDITOR).when().get("/assessments/{id}", id).then().statusCode(200)
                .body("needs", equalTo(List.of())).body("assessors.size()", equalTo(1)).body("version", equalTo(1));
        assertThat(AuditEntries.actors("assessment", id, "assessment.read")).containsExactly("test-" + Roles.AUDITOR);
    }

    @Test
    void aTeamManagerOfAnotherTeamIsAnsweredAsIfTheAssessmentDidNotExist() {
        String id = assignedTo(staffReference());
        Supplier<RequestSpecification> otherManager = () -> Tokens.asTeamMember(Roles.TEAM_MANAGER, staffReference(),
                ADULTS_TEAM);

        otherManager.get().when().get("/assessments/{id}", id).then().statusCode(404).body("type", equalTo(NOT_FOUND));
        recordNeed(otherManager, id).statusCode(404).body("type", equalTo(NOT_FOUND));
        // a team manager is not an assessor: assigned or not, another team's assessment is not theirs
        Tokens.asStaff(Roles.TEAM_MANAGER, staffReference()).when().get("/assessments/{id}", id).then().statusCode(404);
        recordNeed(() -> Tokens.asTeamMember(Roles.TEAM_MANAGER, staffReference(), CHILDRENS_TEAM), id).statusCode(200);
        assertThat(AuditEntries.actors("assessment", id, "assessment.read")).isEmpty();
    }

    @Test
    void theListShowsEachPersonExactlyTheAssessmentsTheRuleAllows() {
        String worker = staffReference();
        String mine = assignedTo(worker);
        String alsoMine = assignedTo(worker);
        String someoneElses = assignedTo(staffReference());
        List<String> created = List.of(mine, alsoMine, someoneElses);

        // assigned only (no team claim): exactly the two, whatever else is stored
        List<String> assigned = Tokens.asStaff(Roles.SOCIAL_WORKER, worker).queryParam("size", 100).when()
                .get("/assessments").then().statusCode(200).body("total", equalTo(2)).extract().path("items.id");
        assertThat(assigned).containsExactlyInAnyOrder(mine, alsoMine);
        // assigned, in another team: the two, not the third
        assertThat(everyListed(() -> Tokens.asTeamMember(Roles.SOCIAL_WORKER, worker, ADULTS_TEAM)))
                .contains(mine, alsoMine).doesNotContain(someoneElses);
        // another team, not assigned: none of them
        assertThat(everyListed(() -> Tokens.asTeamMember(Roles.SOCIAL_WORKER, staffReference(), ADULTS_TEAM)))
                .doesNotContainAnyElementsOf(created);
        assertThat(everyListed(() -> Tokens.asTeamMember(Roles.TEAM_MANAGER, staffReference(), ADULTS_TEAM)))
                .doesNotContainAnyElementsOf(created);
        // the assessments' own team: all three
        assertThat(everyListed(() -> Tokens.asTeamMember(Roles.TEAM_MANAGER, staffReference(), CHILDRENS_TEAM)))
                .containsAll(created);
        assertThat(everyListed(() -> Tokens.asTeamMember(Roles.SOCIAL_WORKER, staffReference(), CHILDRENS_TEAM)))
                .containsAll(created);
        // no claim at all: nothing
        Tokens.as(Roles.SOCIAL_WORKER).when().get("/assessments").then().statusCode(200).body("total", equalTo(0))
                .body("items", equalTo(List.of()));
        // the overdue list keeps to the same rule
        Tokens.asStaff(Roles.SOCIAL_WORKER, worker).queryParam("clock", "OVERDUE").when().get("/assessments").then()
                .statusCode(200).body("total", equalTo(0));
    }

    static ValidatableResponse recordNeed(Supplier<RequestSpecification> caller, String id) {
        return caller.get().contentType(ContentType.JSON).body("""
                {"code":"N1","area":"CARER_BREAK","description":"Parents have had no overnight break for two years",
                 "eligible":true,"criteriaScore":14,"wayMet":"SHORT_BREAKS",
                 "reason":"Fortnightly overnight short breaks at a local provider","inHomeShortBreaksConsidered":true,
                 "identifiedOn":"2026-11-24"}""").when().put("/assessments/{id}/needs", id).then();
    }

    /** Every assessment id GET /assessments shows the caller, every page of it. */
    static List<String> everyListed(Supplier<RequestSpecification> caller) {
        return AssessmentRequests.everyListed(caller, "/assessments", "id");
    }
}
