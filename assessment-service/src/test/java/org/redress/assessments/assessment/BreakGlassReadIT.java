package org.redress.assessments.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.redress.assessments.assessment.AssessmentRequests.ADULTS_TEAM;
import static org.redress.assessments.assessment.AssessmentRequests.assignedTo;
import static org.redress.assessments.assessment.AssessmentRequests.staffReference;
import static org.redress.assessments.assessment.AssignedWorkerAccessIT.everyListed;
import static org.redress.assessments.assessment.AssignedWorkerAccessIT.recordNeed;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.AuditEntries;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A team manager may read one assessment outside their team by giving a reason (Break-Glass-Reason): the read is
 * let through and recorded as a break-glass read with the reason, for the auditor to review. Without the reason
 * it is not found as usual; a reason too short, too long or holding control characters is refused (400) naming
 * the header; and the glass breaks for no one else, and for no change.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class BreakGlassReadIT {

    private static final String HEADER = "Break-Glass-Reason";
    private static final String NOT_FOUND = "urn:redress:problem:not-found";
    private static final String REASON = "Police called out of hours about the child; checking the open assessment";

    @Test
    void aTeamManagerReadsAnotherTeamsAssessmentGivingAReasonTheAuditorSees() {
        String id = assignedTo(staffReference());
        String manager = staffReference();

        Tokens.asTeamMember(Roles.TEAM_MANAGER, manager, ADULTS_TEAM).when().get("/assessments/{id}", id).then()
                .statusCode(404).body("type", equalTo(NOT_FOUND));
        Tokens.asTeamMember(Roles.TEAM_MANAGER, manager, ADULTS_TEAM).header(HEADER, REASON)
                .when().get("/assessments/{id}", id).then().statusCode(200).body("id", equalTo(id));

        List<Map<String, Object>> brokenGlass = AuditEntries.of("assessment", id, "assessment.break-glass-read");
        assertThat(brokenGlass).hasSize(1);
        assertThat(brokenGlass.get(0)).containsEntry("reason", REASON)
                .containsEntry("actorSubject", "test-" + Roles.TEAM_MANAGER + "-" + manager);
        // the break-glass entry instead of a plain read
        assertThat(AuditEntries.actors("assessment", id, "assessment.read")).isEmpty();
    }

    @Test
    void aReasonTooShortTooLongOrWithControlCharactersIsRefusedNamingTheHeader() {
        String id = assignedTo(staffReference());
        for (String reason : new String[] { "too short", "x".repeat(501), "Police called\tabout the child" }) {
            Tokens.asTeamMember(Roles.TEAM_MANAGER, staffReference(), ADULTS_TEAM).header(HEADER, reason)
                    .when().get("/assessments/{id}", id).then().statusCode(400)
                    .contentType("application/problem+json").body("field", equalTo(HEADER));
        }
        assertThat(AuditEntries.actors("assessment", id, "assessment.break-glass-read")).isEmpty();
    }

    @Test
    void theGlassBreaksForATeamManagersReadOnly() {
        String id = assignedTo(staffReference());

        // not for a social worker
        Tokens.asTeamMember(Roles.SOCIAL_WORKER, staffReference(), ADULTS_TEAM).header(HEADER, REASON)
                .when().get("/assessments/{id}", id).then().statusCode(404).body("type", equalTo(NOT_FOUND));
        // not for a change
        recordNeed(() -> Tokens.asTeamMember(Roles.TEAM_MANAGER, staffReference(), ADULTS_TEAM).header(HEADER, REASON), id)
                .statusCode(404).body("type", equalTo(NOT_FOUND));
        // not for a list
        assertThat(everyListed(() -> Tokens.asTeamMember(Roles.TEAM_MANAGER, staffReference(), ADULTS_TEAM)
                .header(HEADER, REASON))).doesNotContain(id);
        assertThat(AuditEntries.actors("assessment", id, "assessment.break-glass-read")).isEmpty();
        Tokens.as(Roles.AUDITOR).when().get("/assessments/{id}", id).then().statusCode(200)
                .body("needs", equalTo(List.of()));
    }
}
