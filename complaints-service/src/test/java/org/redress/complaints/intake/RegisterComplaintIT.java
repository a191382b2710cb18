package org.redress.complaints.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.redress.complaints.intake.IntakeRequests.complaintReceivedOn;
import static org.redress.complaints.intake.IntakeRequests.register;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.contracts.Topics;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(RedressTestResources.class)
class RegisterComplaintIT {

    private static final LocalDate FRIDAY_BEFORE_CHRISTMAS_2023 = LocalDate.of(2023, 12, 15);

    @Nested
    class WhenTheRequestIsValid {

        @Test
        void recordsTheComplaintWithItsStageOneClock() {
            var created = register(complaintReceivedOn(FRIDAY_BEFORE_CHRISTMAS_2023))
                    .statusCode(201)
                    .body("reference", matchesPattern("CMP-2023-\\d{6}-\\d"))
                    .body("points[1].number", equalTo(2))
                    // 10 working days after Fri 15 Dec 2023, skipping 25, 26 Dec and 1 Jan
                    .body("stageOneClock.dueDate", equalTo("2024-01-03"))
                    // still running long after its due date, so overdue
                    .body("stageOneClock.state", equalTo("OVERDUE"))
                    .extract();
            String id = created.path("id");
            assertThat(created.header("Location")).endsWith("/complaints/" + id);

            Tokens.as(Roles.COMPLAINTS_OFFICER).when().get("/complaints/{id}", id).then()
                    .statusCode(200)
                    .body("id", equalTo(id))
                    .body("childReferences[0]", equalTo("CR-104233"))
                    .body("stageOneClock.dueDate", equalTo("2024-01-03"));
        }

        @Test
        void recordsAnAdvocateActingForAChild() {
            // an advocate may act for any complainant: the child's own complaint, made through an advocate
            String id = register(complaintReceivedOn(LocalDate.of(2026, 1, 5))
                    .replace("\"PARENT\"", "\"CHILD_OR_YOUNG_PERSON\",\"advocateReference\":\"ADV-2231\""))
                    .statusCode(201)
                    .body("advocateReference", equalTo("ADV-2231"))
                    .body("state", equalTo("STAGE_1_OPEN"))
                    .extract().path("id");
            Tokens.as(Roles.COMPLAINTS_OFFICER).when().get("/complaints/{id}", id).then()
                    .statusCode(200).body("advocateReference", equalTo("ADV-2231"));
        }

        @Test
        void publishesRegisteredRoutedAndStageOneOpenedInThatOrderKeyedByTheComplaint() {
            var created = register(complaintReceivedOn(LocalDate.of(2024, 3, 20))).statusCode(201).extract();
            String id = created.path("id");
            String reference = created.path("reference");

            List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.COMPLAINTS, id, 3, Duration.ofSeconds(20));
            assertThat(events).extracting(ReceivedCloudEvent::type).containsExactly(
                    "org.redress.complaint.registered.v1", "org.redress.complaint.routed.v1",
                    "org.redress.complaint.stage-opened.v1");
            assertThat(events.get(1).dataJson().path("procedure").asText()).isEqualTo("STATUTORY_CHILDREN");
            assertThat(events.get(1).dataJson().path("overridden").asBoolean()).isFalse();
            JsonNode opened = events.get(2).dataJson();
            assertThat(opened.path("stage").asText()).isEqualTo("STAGE_1");
            assertThat(opened.path("openedOn").asText()).isEqualTo("2024-03-20");
            assertThat(opened.path("clock").asText()).isEqualTo("STAGE_1");
            assertThat(opened.path("dueDate").asText()).isEqualTo("2024-04-05");
            ReceivedCloudEvent event = events.get(0);
            assertThat(event.type()).isEqualTo("org.redress.complaint.registered.v1");
            assertThat(event.subject()).isEqualTo(reference);
            assertThat(event.source()).isEqualTo("urn:redress:complaints-service");
            assertThat(event.dataContentType()).startsWith("application/json");
            JsonNode data = event.dataJson();
            assertThat(data.path("complaintId").asText()).isEqualTo(id);
            assertThat(data.path("receivedDate").asText()).isEqualTo("2024-03-20");
            // 20 March 2024 + 10 working days, Good Friday 29 March and Easter Monday 1 April skipped
            assertThat(data.path("stageOneDueDate").asText()).isEqualTo("2024-04-05");
            assertThat(data.toString()).doesNotContain("short breaks").doesNotContain("assessment took");

            CloudEventRecords.assertNoMore(Topics.COMPLAINTS, id, 3, Duration.ofSeconds(2));
        }
    }

    @Nested
    class WhenTheRequestIsBad {

        @Test
        void namesTheMissingField() {
            register("""
                    {"channel":"EMAIL","complainantRole":"PARENT","childReferences":["CR-1"],"points":["x"]}""")
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:redress:problem:validation"))
                    .body("field", equalTo("receivedDate"))
                    .body("correlationId", notNullValue());
        }

        @Test
        void refusesAComplainantRoleOffTheStatutoryList() {
            // the statutory procedure is open to the listed people and to anyone the council judges to have
            // sufficient interest (SUFFICIENT_INTEREST, decided later); no other standing is accepted
            register(complaintReceivedOn(LocalDate.of(2026, 1, 5)).replace("\"PARENT\"", "\"NEIGHBOUR\""))
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo("complainantRole"));
        }

        @Test
        void namesAFieldWithAnUnreadableDate() {
            register(complaintReceivedOn(LocalDate.of(2026, 1, 5)).replace("2026-01-05", "05/01/2026"))
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo("receivedDate"));
        }

        @Test
        void refusesAComplaintReceivedInTheFutureNamingTheField() {
            register(complaintReceivedOn(LocalDate.now().plusDays(3)))
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:redress:problem:validation"))
                    .body("field", equalTo("receivedDate"));
        }

        @Test
        void answersNotFoundForAnUnknownComplaint() {
            Tokens.as(Roles.COMPLAINTS_OFFICER).when().get("/complaints/{id}", "0e0e0e0e-0000-4000-8000-000000000000").then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:redress:problem:not-found"));
        }
    }

    @Nested
    class WithAnIdempotencyKey {

        @Test
        void replaysTheFirstResponseAndRecordsOnlyOneComplaint() {
            String body = complaintReceivedOn(LocalDate.of(2025, 8, 20));
            String key = "intake-" + System.nanoTime();
            String first = Tokens.as(Roles.COMPLAINTS_OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                    .when().post("/complaints").then().statusCode(201).extract().path("id");
            String second = Tokens.as(Roles.COMPLAINTS_OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                    .when().post("/complaints").then().statusCode(201)
                    .header("Idempotent-Replayed", "true")
                    .extract().path("id");

            assertThat(second).isEqualTo(first);
            CloudEventRecords.await(Topics.COMPLAINTS, first, 3, Duration.ofSeconds(20));
            CloudEventRecords.assertNoMore(Topics.COMPLAINTS, first, 3, Duration.ofSeconds(2));
        }

        @Test
        void refusesTheSameKeyWithAnotherBody() {
            String key = "intake-" + System.nanoTime();
            Tokens.as(Roles.COMPLAINTS_OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(complaintReceivedOn(LocalDate.of(2025, 8, 20)))
                    .when().post("/complaints").then().statusCode(201);
            Tokens.as(Roles.COMPLAINTS_OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(complaintReceivedOn(LocalDate.of(2025, 8, 21)))
                    .when().post("/complaints").then()
                    .statusCode(422)
                    .body("type", equalTo("urn:redress:problem:idempotency-key-reused"));
        }
    }
}
