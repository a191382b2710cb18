package org.redress.complaints.stagetwo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.complaints.ComplaintRequests.post;
import static org.redress.complaints.intake.IntakeRequests.registerAbout;
import static org.redress.complaints.stageone.StageOneRequests.FINDINGS_UPHELD;
import static org.redress.complaints.stageone.StageOneRequests.respond;
import static org.redress.complaints.stagetwo.StageTwoRequests.agreedWith;
import static org.redress.complaints.stagetwo.StageTwoRequests.investigatedBy;
import static org.redress.complaints.stagetwo.StageTwoRequests.requestedStageTwo;
import static org.redress.complaints.stagetwo.StageTwoRequests.reviewedBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.complaints.stagetwo.StageTwoRequests.Appointed;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.AppointmentWalk;
import org.redress.testkit.OpenApiContract;
import org.redress.testkit.RedressTestResources;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation each appointed person may call on a complaint, from the OpenAPI document: the investigating
 * officer, the independent person, the adjudicating officer and a review panel member appointed to it are let
 * through, another in the same role is answered 404 as for an unknown id, and the work queue and the summary list
 * show the complaint to the first only. An operation added on a complaint is walked for every such role without anyone adding it.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class AppointmentWalkIT {

    @Test
    void everyOperationOnAComplaintHoldsAnInvestigatingOfficerToTheirAppointment() {
        String appointed = "IO-" + UUID.randomUUID().toString().substring(0, 8);
        String id = requestedStageTwo();
        post(Roles.COMPLAINTS_MANAGER, "/stage-2/appointments/investigating-officer", id,
                "{\"reference\":\"%s\",\"appointedOn\":\"2026-01-21\"}".formatted(appointed)).statusCode(200);

        // the complaint's read, its timeline, the statement, both reports, the work queue and the summaries
        walk(Roles.INVESTIGATING_OFFICER, id, appointed, 7);
    }

    @Test
    void everyOperationOnAComplaintHoldsAnIndependentPersonToTheirAppointment() {
        Appointed people = Appointed.unique();
        String id = answered();
        agreedWith(id, people);

        // the complaint's read, its timeline, their report, the work queue and the summaries
        walk(Roles.INDEPENDENT_PERSON, id, people.independentPerson(), 5);
    }

    @Test
    void everyOperationOnAComplaintHoldsAnAdjudicatingOfficerToTheirAppointment() {
        Appointed people = Appointed.unique();
        String id = answered();
        investigatedBy(id, people);

        // the complaint's read, its timeline, the adjudication, the work queue and the summaries
        walk(Roles.ADJUDICATING_OFFICER, id, people.adjudicatingOfficer(), 5);
    }

    @Test
    void everyOperationOnAComplaintHoldsAReviewPanelMemberToTheirPanel() {
        String member = "PM-" + UUID.randomUUID().toString().substring(0, 8);
        String id = reviewedBy(Appointed.unique(), member, member + "-2", member + "-3");

        // the complaint's read, its timeline, the work queue and the summaries
        walk(Roles.REVIEW_PANEL_MEMBER, id, member, 4);
    }

    private static void walk(String role, String id, String appointed, int operationsAtLeast) {
        AppointmentWalk.Result result = AppointmentWalk.walk(OpenApiContract.fetch(), new AppointmentWalk.Appointment(
                role, "/complaints", id, appointed, appointed + "-not").access().alsoListedIn("/complaint-summaries", "id"));

        System.out.printf("appointment walk: %d operations a %s may call, %d requests%n", result.operations(), role,
                result.requests());
        assertThat(result.failures()).isEmpty();
        assertThat(result.operations()).isGreaterThanOrEqualTo(operationsAtLeast);
        // everything an appointed person may call is about the complaints they are appointed to: a new operation
        // elsewhere open to them must be walked here before it ships
        assertThat(result.notWalked()).isEmpty();
    }

    private static String answered() {
        String id = registerAbout("[\"ASSESSMENT\"]");
        respond(id, FINDINGS_UPHELD, "[]").statusCode(200);
        return id;
    }
}
