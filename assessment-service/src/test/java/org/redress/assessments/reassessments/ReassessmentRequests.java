package org.redress.assessments.reassessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.redress.contracts.Topics;
import org.redress.contracts.events.EventType;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventPublisher;
import org.redress.testkit.DeadLetterRecords;
import org.redress.testkit.OutgoingCloudEvent;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.Tokens;

import com.fasterxml.jackson.databind.JsonNode;

/** The reassessment tests' fixture: publishes remedy-service's requests and finds the assessments they opened. */
final class ReassessmentRequests {

    static final String SOURCE = "urn:redress:remedy-service";
    static final String REMEDY_REFERENCE = "REM-2026-000042-7";
    private static final int PAGE = 100;

    private ReassessmentRequests() {
    }

    /** Publishes a reassessment request with payload {@code data} under a new event id, keyed by its remedy case. */
    static OutgoingCloudEvent publish(String remedyCaseId, String data) {
        OutgoingCloudEvent event = OutgoingCloudEvent.of(EventType.REASSESSMENT_REQUESTED.ceType(), SOURCE,
                REMEDY_REFERENCE, data);
        CloudEventPublisher.publish(Topics.REMEDIES, remedyCaseId, event);
        return event;
    }

    /** Publishes a reassessment request {@code data} under a new event id, keyed by its remedy case. */
    static OutgoingCloudEvent publish(JsonNode data) {
        return publish(data.path("remedyCaseId").asText(), data.toString());
    }

    /**
     * Publishes {@code request} and checks that it reaches assessment-service's dead-letter topic of remedy events
     * with {@code reason} (the rule and the field) and opens no assessment.
     */
    static void assertDeadLettered(JsonNode request, String reason) {
        OutgoingCloudEvent poison = publish(request);
        ReceivedCloudEvent dead = DeadLetterRecords.await(Topics.REMEDIES_DEAD_LETTERS_OF_ASSESSMENT_SERVICE,
                request.path("remedyCaseId").asText(), Duration.ofSeconds(30));
        assertThat(dead.id()).isEqualTo(poison.id());
        assertThat(dead.headers()).containsEntry(DeadLetterRecords.REASON_HEADER, reason);
        assertThat(assessmentsFor(request.path("actionId").asText())).isEmpty();
    }

    /**
     * The ids of the assessments opened for a remedy action, read through the API, every page of it: the list is
     * newest started first, and an assessment that counts from an earlier day may sit behind many others.
     */
    static List<String> assessmentsFor(String actionId) {
        List<String> found = new ArrayList<>();
        for (int page = 0;; page++) {
            List<Map<String, Object>> items = Tokens.as(Roles.REMEDY_OFFICER).queryParam("size", PAGE)
                    .queryParam("page", page).when().get("/assessments")
                    .then().statusCode(200).extract().jsonPath().getList("items");
            items.stream()
                    .filter(item -> item.get("remedy") instanceof Map<?, ?> remedy && actionId.equals(remedy.get("actionId")))
                    .map(item -> (String) item.get("id"))
                    .forEach(found::add);
            if (items.size() < PAGE) {
                return found;
            }
        }
    }
}
