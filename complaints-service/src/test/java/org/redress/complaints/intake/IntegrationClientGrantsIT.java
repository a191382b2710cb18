package org.redress.complaints.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.redress.complaints.stagetwo.StageTwoRequests.requestedStageTwo;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.security.Grants;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Need to know for other council systems: a CRM granted the summaries sees which complaints exist and where they
 * stand, never what the family said; one not granted complaints.record records nothing. People are not bound by
 * grants.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class IntegrationClientGrantsIT {

    private static final String FORBIDDEN = "urn:redress:problem:forbidden";

    @Test
    void aClientGrantedTheSummariesOnlyIsRefusedTheNarrativeNamingTheGrant() {
        String id = requestedStageTwo();

        Tokens.asClient(Grants.CASES_READ_SUMMARY).queryParam("size", 1).when().get("/complaint-summaries").then()
                .statusCode(200);
        for (String path : new String[] { "/complaints/" + id, "/complaints/" + id + "/timeline", "/complaints",
                "/complaints/" + id + "/remedy-cases" }) {
            Tokens.asClient(Grants.CASES_READ_SUMMARY).when().get(path).then().statusCode(403)
                    .contentType("application/problem+json").body("type", equalTo(FORBIDDEN))
                    .body("detail", containsString(Grants.CASES_READ_NARRATIVE));
        }
        Tokens.asClient(Grants.CASES_READ_NARRATIVE).when().get("/complaints/{id}", id).then().statusCode(200);
        Tokens.asClient(Grants.CASES_READ_NARRATIVE).when().get("/complaint-summaries").then().statusCode(403)
                .body("detail", containsString(Grants.CASES_READ_SUMMARY));
    }

    @Test
    void aClientNotGrantedComplaintsRecordRecordsNothing() {
        String childReference = "CR-" + UUID.randomUUID().toString().substring(0, 8);
        String body = IntakeRequests.complaintReceivedOn(LocalDate.of(2026, 1, 5)).replace("CR-104233", childReference);

        long before = stored();
        Tokens.asClient(Grants.CASES_READ_SUMMARY, Grants.CASES_READ_NARRATIVE).contentType(ContentType.JSON).body(body)
                .when().post("/complaints").then().statusCode(403).body("type", equalTo(FORBIDDEN))
                .body("detail", containsString(Grants.COMPLAINTS_RECORD));
        assertThat(stored()).isEqualTo(before);
        Tokens.asClient(Grants.COMPLAINTS_RECORD).contentType(ContentType.JSON).body(body).when().post("/complaints").then()
                .statusCode(201);
        // a person is bound by their role, not by grants
        Tokens.as(Roles.COMPLAINTS_OFFICER).contentType(ContentType.JSON).body(body).when().post("/complaints").then()
                .statusCode(201);
    }

    /** How many complaints are stored, as a complaints manager's queue counts them. */
    private static long stored() {
        return ((Number) Tokens.as(Roles.COMPLAINTS_MANAGER).queryParam("size", 1).when().get("/complaints").then()
                .statusCode(200).extract().path("total")).longValue();
    }
}
