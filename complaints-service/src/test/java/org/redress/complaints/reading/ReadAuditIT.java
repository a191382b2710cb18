package org.redress.complaints.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.complaints.intake.IntakeRequests.complaintReceivedOn;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.AuditEntries;
import org.redress.testkit.ReadAuditWalk;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** "Who saw this child's file?": every read of a complaint, and every list that showed it, is in the audit trail. */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ReadAuditIT {

    @Test
    void eachReadOfAComplaintIsRecordedWithWhoReadItAndTheCorrelationId() {
        String id = register();

        Tokens.as(Roles.COMPLAINTS_OFFICER).header("X-Correlation-Id", "read-audit-0001")
                .when().get("/complaints/{id}", id).then().statusCode(200);
        Tokens.as(Roles.INTEGRATION_CLIENT).when().get("/complaints/{id}/timeline", id).then().statusCode(200);
        Tokens.as(Roles.COMPLAINTS_MANAGER).when().get("/complaints/{id}/remedy-cases", id).then().statusCode(200);

        List<Map<String, Object>> reads = entries(id, "complaint.read");
        assertThat(reads).extracting(entry -> entry.get("actorSubject")).containsExactly(
                "test-" + Roles.COMPLAINTS_MANAGER, "test-" + Roles.INTEGRATION_CLIENT, "test-" + Roles.COMPLAINTS_OFFICER);
        assertThat(reads.get(2)).containsEntry("correlationId", "read-audit-0001")
                .containsEntry("actorRoles", Roles.COMPLAINTS_OFFICER).containsEntry("resourceType", "complaint");
    }

    @Test
    void aListRecordsEveryComplaintItShowed() {
        register();
        register();

        List<String> shown = Tokens.as(Roles.COMPLAINTS_MANAGER).header("X-Correlation-Id", "read-audit-list-0001")
                .queryParam("size", 5).when().get("/complaints").then().statusCode(200).extract().path("items.id");

        assertThat(shown).hasSizeGreaterThanOrEqualTo(2);
        for (String id : shown) {
            assertThat(entries(id, "complaint.listed")).filteredOn("correlationId", "read-audit-list-0001")
                    .extracting(entry -> entry.get("actorSubject")).containsExactly("test-" + Roles.COMPLAINTS_MANAGER);
        }
    }

    @Test
    void aReadThatFindsNothingOrIsRefusedRecordsNothing() {
        String id = register();
        String unknown = UUID.randomUUID().toString();

        Tokens.as(Roles.COMPLAINTS_OFFICER).when().get("/complaints/{id}", unknown).then().statusCode(404);
        Tokens.as(Roles.SOCIAL_WORKER).when().get("/complaints/{id}", id).then().statusCode(403);

        assertThat(entries(unknown, "complaint.read")).isEmpty();
        assertThat(entries(id, "complaint.read")).isEmpty();
    }

    @Test
    void everyReadInTheOpenApiDocumentRecordsWhoReadWhat() {
        String id = register();

        // reads: the complaint, its timeline and remedy cases, the work queue and the summaries
        ReadAuditWalk.assertEveryReadRecorded(Map.of(
                "/complaints/{id}", "/complaints/" + id,
                "/complaints/{id}/remedy-cases", "/complaints/" + id + "/remedy-cases",
                "/complaints/{id}/timeline", "/complaints/" + id + "/timeline"),
                Set.of(
                        // the annual report: counts and times over a year, no case named
                        "GET /reports/annual"), 5);
    }

    private static String register() {
        return Tokens.as(Roles.COMPLAINTS_OFFICER).contentType(ContentType.JSON)
                .body(complaintReceivedOn(LocalDate.of(2026, 11, 2)))
                .when().post("/complaints").then().statusCode(201).extract().path("id");
    }

    private static List<Map<String, Object>> entries(String id, String action) {
        return AuditEntries.of("complaint", id, action);
    }
}
