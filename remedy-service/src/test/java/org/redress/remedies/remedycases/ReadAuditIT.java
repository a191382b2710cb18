package org.redress.remedies.remedycases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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

/** "Who saw this family's remedy case?": every read, and every list that showed it, is in the audit trail. */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ReadAuditIT {

    @Test
    void readsOfARemedyCaseAndItsTimelineAreRecordedWithWhoReadThem() {
        String id = RemedyCaseRequests.openAndGetId(RemedyCaseRequests.apologyDecidedOn(LocalDate.of(2026, 11, 20)));

        Tokens.as(Roles.COMPLAINTS_OFFICER).when().get("/remedy-cases/{id}", id).then().statusCode(200);
        Tokens.as(Roles.AUDITOR).when().get("/remedy-cases/{id}/timeline", id).then().statusCode(200);

        assertThat(AuditEntries.actors("remedy-case", id, "remedy-case.read"))
                .containsExactly("test-" + Roles.AUDITOR, "test-" + Roles.COMPLAINTS_OFFICER);
        assertThat(AuditEntries.of("remedy-case", id, "remedy-case.read").get(1))
                .containsEntry("actorRoles", Roles.COMPLAINTS_OFFICER);
    }

    @Test
    void theListAndTheWorkQueueRecordEveryCaseTheyShowed() {
        String id = RemedyCaseRequests.openAndGetId(RemedyCaseRequests.apologyDecidedOn(LocalDate.of(2026, 11, 20)));

        Tokens.as(Roles.INTEGRATION_CLIENT).queryParam("complaintId", complaintOf(id)).when().get("/remedy-cases").then()
                .statusCode(200);
        String queued = Tokens.as(Roles.COMPLAINTS_MANAGER).header("X-Correlation-Id", "read-audit-queue-0001")
                .when().get("/remedy-actions").then().statusCode(200).extract().path("items[0].remedyCaseId");

        assertThat(AuditEntries.actors("remedy-case", id, "remedy-case.listed"))
                .contains("test-" + Roles.INTEGRATION_CLIENT);
        assertThat(AuditEntries.of("remedy-case", queued, "remedy-case.listed"))
                .filteredOn("correlationId", "read-audit-queue-0001")
                .extracting(entry -> entry.get("actorSubject")).containsExactly("test-" + Roles.COMPLAINTS_MANAGER);
    }

    @Test
    void everyReadInTheOpenApiDocumentRecordsWhoReadWhat() {
        String id = RemedyCaseRequests.openAndGetId(RemedyCaseRequests.apologyDecidedOn(LocalDate.of(2026, 11, 20)));
        String theme = "read-audit-" + Long.toString(System.nanoTime(), 36);
        RemedyCaseRequests.openAndGetId(RemedyCaseRequests.decision(UUID.randomUUID(), LocalDate.of(2026, 11, 20), "[]",
                """
                {"actionRef":"A1","type":"SERVICE_IMPROVEMENT","period":"P3M","theme":"%s"}""".formatted(theme)));

        // reads: the case, its timeline, the list, the summaries, the work queue, the themes and a theme's actions
        ReadAuditWalk.assertEveryReadRecorded(Map.of(
                "/remedy-cases/{id}", "/remedy-cases/" + id,
                "/remedy-cases/{id}/timeline", "/remedy-cases/" + id + "/timeline",
                "/themes/{theme}/actions", "/themes/" + theme + "/actions"),
                Set.of(
                        // compliance over a period: counts and rates, no case named
                        "GET /compliance"), 7);
    }

    private static String complaintOf(String id) {
        return Tokens.as(Roles.REMEDY_OFFICER).when().get("/remedy-cases/{id}", id).then().statusCode(200)
                .extract().path("complaintId");
    }
}
