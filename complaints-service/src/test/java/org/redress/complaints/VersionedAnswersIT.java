package org.redress.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.redress.complaints.intake.IntakeRequests;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Every answer carrying a complaint says which version it shows, in the body and as the ETag, so an
 * integrator sends its next step with If-Match without reading the complaint again.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class VersionedAnswersIT {

    @Test
    void theRegisteredComplaintCarriesItsVersionAsTheETag() {
        var registered = IntakeRequests.register(IntakeRequests.complaintReceivedOn(IntakeRequests.RECEIVED))
                .statusCode(201).extract();
        int version = registered.path("version");

        assertThat(registered.header("ETag")).isEqualTo("\"" + version + "\"");
    }

    @Test
    void aStepAnswersWithTheVersionItMadeAndTheNextStepCanSendIt() {
        var registered = IntakeRequests.register(IntakeRequests.complaintReceivedOn(IntakeRequests.RECEIVED))
                .statusCode(201).extract();
        String id = registered.path("id");
        String etag = registered.header("ETag");
        int version = registered.path("version");

        Tokens.as(Roles.COMPLAINTS_MANAGER).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"workingDays\":20,\"reason\":\"An advocate is needed\",\"complainantToldOn\":\"2026-01-07\"}")
                .when().post("/complaints/{id}/stage-1/extension", id).then().statusCode(200)
                .body("version", equalTo(version + 1))
                .header("ETag", "\"" + (version + 1) + "\"");
        Tokens.as(Roles.AUDITOR).when().get("/complaints/{id}", id).then().statusCode(200)
                .body("version", equalTo(version + 1))
                .header("ETag", "\"" + (version + 1) + "\"");
    }
}
