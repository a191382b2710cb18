package org.redress.complaints.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.complaints.ComplaintRequests.post;
import static org.redress.complaints.stagetwo.StageTwoRequests.requestedStageTwo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.AuditEntries;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The work queue in brief: each complaint as its id, reference, state and dates, and nothing the complainant said;
 * held to the caller's appointments like the full queue, and recorded as seen like it.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ComplaintSummariesIT {

    @Test
    void aSummaryCarriesIdsReferencesStatesAndDatesOnly() {
        String id = requestedStageTwo();
        String correlation = UUID.randomUUID().toString();

        List<Map<String, Object>> items = Tokens.as(Roles.INTEGRATION_CLIENT).header("X-Correlation-Id", correlation)
                .queryParam("state", "STAGE_2_REQUESTED").queryParam("size", 100)
                .when().get("/complaint-summaries").then().statusCode(200).extract().path("items");
        Map<String, Object> mine = items.stream().filter(item -> id.equals(item.get("id"))).findFirst().orElseThrow();

        assertThat(mine.keySet()).containsExactlyInAnyOrder("id", "reference", "receivedDate", "state", "stage", "dueDate");
        assertThat(mine).containsEntry("state", "STAGE_2_REQUESTED").containsEntry("stage", "STAGE_2")
                .containsEntry("receivedDate", "2026-01-05")
                // the stage 2 progression clock, running since the request on 20 January
                .containsEntry("dueDate", "2026-02-03");
        assertThat(AuditEntries.of("complaint", id, "complaint.listed"))
                .anySatisfy(entry -> assertThat(entry.get("correlationId")).isEqualTo(correlation));
    }

    @Test
    void anAppointedPersonSeesTheSummariesOfTheirComplaintsOnly() {
        String officer = "IO-" + UUID.randomUUID().toString().substring(0, 8);
        String mine = requestedStageTwo();
        post(Roles.COMPLAINTS_MANAGER, "/stage-2/appointments/investigating-officer", mine,
                "{\"reference\":\"%s\",\"appointedOn\":\"2026-01-21\"}".formatted(officer)).statusCode(200);
        requestedStageTwo();

        List<String> shown = Tokens.asStaff(Roles.INVESTIGATING_OFFICER, officer).queryParam("size", 100)
                .when().get("/complaint-summaries").then().statusCode(200).extract().path("items.id");

        assertThat(shown).containsExactly(mine);
    }
}
