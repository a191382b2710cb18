package org.redress.assessments.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.assessments.assessment.AssessmentRequests.ADULTS_TEAM;
import static org.redress.assessments.assessment.AssessmentRequests.CHILDRENS_TEAM;
import static org.redress.assessments.assessment.AssessmentRequests.assignedTo;
import static org.redress.assessments.assessment.AssessmentRequests.staffReference;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.AppointmentWalk;
import org.redress.testkit.AppointmentWalk.Access;
import org.redress.testkit.AppointmentWalk.Caller;
import org.redress.testkit.OpenApiContract;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation a social worker or a team manager may call on an assessment, from the OpenAPI document: the
 * social worker assigned to it (in another team) and one of its team are let through, a social worker of another
 * team not assigned to it is answered 404 as for an unknown id; a team manager of its team is let through, one of
 * another team is not; and GET /assessments and GET /assessment-summaries show it to exactly those let through. An
 * operation added later under /assessments/{id} is walked too, so it cannot ship without the rule, and one added
 * elsewhere fails the walk until it is walked or named, with its reason, among those not about one assessment.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class AssignmentWalkIT {

    /**
     * Bodies for the operations whose request examples hold days after the tests' today (25 November 2026), which
     * any caller would be refused (400) before the assessment is looked at.
     */
    private static final Map<String, String> TODAYS_BODIES = Map.of(
            "POST /assessments/{id}/plan/reviews", "{\"reviewedOn\":\"2026-11-24\"}",
            "POST /assessments/{id}/provision", "{\"needCode\":\"N1\",\"kind\":\"DIRECT_PAYMENT\",\"hoursPerWeek\":6,"
                    + "\"hourlyRatePence\":1850,\"shouldHaveStarted\":\"2026-11-23\",\"startedOn\":\"2026-11-24\"}");

    /**
     * What a social worker or team manager may call besides one assessment and the lists showing it, each with
     * why the walk leaves it: a new operation open to them fails the walk until it is walked or added here.
     */
    private static final List<String> NOT_ABOUT_ONE_ASSESSMENT = List.of(
            // opens an assessment: there is none yet to be assigned to
            "POST /assessments",
            // a child's EHC plan updates: held to the caller's assessments in EhcPlanIT
            "GET /children/{childRef}/ehc-plan-updates",
            // records the plan the SEND team issued, about a child rather than one assessment
            "POST /children/{childRef}/ehc-plan-updates",
            // open unmet needs: held to the caller's assessments in UnmetNeedIT
            "GET /unmet-needs",
            // the front door's referrals, open to every worker: a referral is decided before anyone is assigned
            "GET /referral-summaries", "GET /referrals", "POST /referrals", "GET /referrals/{id}",
            "POST /referrals/{id}/decision");

    @Test
    void everyOperationOnAnAssessmentHoldsASocialWorkerToTheirAssignmentOrTeam() {
        String assigned = staffReference();
        String colleague = staffReference();
        String outsider = staffReference();
        String id = assignedTo(assigned);

        AppointmentWalk.Result result = AppointmentWalk.walk(OpenApiContract.fetch(), new Access(Roles.SOCIAL_WORKER,
                "/assessments", id,
                List.of(new Caller("the social worker assigned (another team)",
                        () -> Tokens.asTeamMember(Roles.SOCIAL_WORKER, assigned, ADULTS_TEAM)),
                        new Caller("a social worker of its team, not assigned",
                                () -> Tokens.asTeamMember(Roles.SOCIAL_WORKER, colleague, CHILDRENS_TEAM))),
                List.of(new Caller("a social worker of another team, not assigned",
                        () -> Tokens.asTeamMember(Roles.SOCIAL_WORKER, outsider, ADULTS_TEAM)),
                        new Caller("a social worker with no team, not assigned",
                                () -> Tokens.asStaff(Roles.SOCIAL_WORKER, outsider))),
                TODAYS_BODIES).alsoListedIn("/assessment-summaries", "id"));

        System.out.printf("assignment walk, social worker: %d operations a social worker may call, %d requests, "
                + "%d failures%n", result.operations(), result.requests(), result.failures().size());
        assertThat(result.failures()).isEmpty();
        // the read, the assessors, needs, CSDPA s2, conditions, completion, provision, the plan and its reviews,
        // the list and the summaries
        assertThat(result.operations()).isGreaterThanOrEqualTo(11);
        assertThat(result.notWalked()).containsExactlyInAnyOrderElementsOf(NOT_ABOUT_ONE_ASSESSMENT);
    }

    @Test
    void everyOperationOnAnAssessmentHoldsATeamManagerToTheirTeam() {
        String id = assignedTo(staffReference());

        AppointmentWalk.Result result = AppointmentWalk.walk(OpenApiContract.fetch(), new Access(Roles.TEAM_MANAGER,
                "/assessments", id,
                List.of(new Caller("a team manager of its team",
                        () -> Tokens.asTeamMember(Roles.TEAM_MANAGER, staffReference(), CHILDRENS_TEAM))),
                List.of(new Caller("a team manager of another team",
                        () -> Tokens.asTeamMember(Roles.TEAM_MANAGER, staffReference(), ADULTS_TEAM))),
                TODAYS_BODIES).alsoListedIn("/assessment-summaries", "id"));

        System.out.printf("assignment walk, team manager: %d operations a team manager may call, %d requests, "
                + "%d failures%n", result.operations(), result.requests(), result.failures().size());
        assertThat(result.failures()).isEmpty();
        assertThat(result.operations()).isGreaterThanOrEqualTo(11);
        assertThat(result.notWalked()).containsExactlyInAnyOrderElementsOf(NOT_ABOUT_ONE_ASSESSMENT);
    }
}
