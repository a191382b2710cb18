package org.redress.complaints.stagetwo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.complaints.ComplaintRequests.post;
import static org.redress.complaints.stagetwo.StageTwoRequests.requestedStageTwo;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.AppointmentWalk;
import org.redress.testkit.OpenApiContract;
import org.redress.testkit.RedressTestResources;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation an investigating officer may call on a complaint, from the OpenAPI document: the officer
 * appointed to it is let through, another investigating officer is answered 404 as for an unknown id, and the
 * work queue shows the complaint to the first only.
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

        AppointmentWalk.Result result = AppointmentWalk.walk(OpenApiContract.fetch(), new AppointmentWalk.Appointment(
                Roles.INVESTIGATING_OFFICER, "/complaints", id, appointed, "IO-" + UUID.randomUUID().toString().substring(0, 8)));

        System.out.printf("appointment walk: %d operations an investigating officer may call, %d requests%n",
                result.operations(), result.requests());
        assertThat(result.failures()).isEmpty();
        // the complaint's read, its timeline, the statement, both reports and the work queue
        assertThat(result.operations()).isGreaterThanOrEqualTo(6);
    }
}
