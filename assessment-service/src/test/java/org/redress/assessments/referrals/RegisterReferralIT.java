package org.redress.assessments.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.redress.assessments.referrals.ReferralRequests.record;
import static org.redress.assessments.referrals.ReferralRequests.referralReceivedOn;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.assessments.TestClock;
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
class RegisterReferralIT {

    private static final LocalDate THURSDAY_BEFORE_GOOD_FRIDAY_2024 = LocalDate.of(2024, 3, 28);

    @Nested
    class WhenTheRequestIsValid {

        @Test
        void recordsTheReferralWithItsDecisionClock() {
            var created = record(referralReceivedOn(THURSDAY_BEFORE_GOOD_FRIDAY_2024))
                    .statusCode(201)
                    .body("reference", matchesPattern("REF-2024-\\d{6}-\\d"))
                    .body("referrerType", equalTo("SCHOOL"))
                    .body("concerns", hasSize(2))
                    // 1 working day after Thu 28 Mar 2024: Good Friday, the weekend and Easter Monday skipped
                    .body("decisionClock.dueDate", equalTo("2024-04-02"))
                    // still running long after its due date, so overdue
                    .body("decisionClock.state", equalTo("OVERDUE"))
                    .extract();
            String id = created.path("id");
            assertThat(created.header("Location")).endsWith("/referrals/" + id);

            Tokens.as(Roles.SOCIAL_WORKER).when().get("/referrals/{id}", id).then()
                    .statusCode(200)
                    .body("id", equalTo(id))
                    .body("childRef", equalTo("CR-104233"))
                    .body("concerns[1]", equalTo("EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT"))
                    .body("decisionClock.dueDate", equalTo("2024-04-02"));
        }

        @Test
        void aReferralReceivedTodayIsDueTomorrow() {
            // Wednesday 25 Nov 2026: the decision is due on Thursday and is already due soon
            record(referralReceivedOn(TestClock.TODAY))
                    .statusCode(201)
                    .body("decisionClock.dueDate", equalTo("2026-11-26"))
                    .body("decisionClock.daysLeft", equalTo(1))
                    .body("decisionClock.state", equalTo("DUE_SOON"));
        }

        @Test
        void acceptsAReferralWithoutConcerns() {
            record("""
                    {"childRef":"CR-200001","receivedDate":"2026-11-20","referrerType":"POLICE"}""")
                    .statusCode(201)
                    .body("concerns", hasSize(0));
        }

        @Test
        void publishesExactlyOneCloudEventKeyedByTheReferral() {
            var created = record(referralReceivedOn(LocalDate.of(2026, 11, 20))).statusCode(201).extract();
            String id = created.path("id");
            String reference = created.path("reference");

            ReceivedCloudEvent event = CloudEventRecords.await(Topics.ASSESSMENTS, id, 1, Duration.ofSeconds(20)).get(0);
            assertThat(event.type()).isEqualTo("org.redress.assessment.referral-received.v1");
            assertThat(event.subject()).isEqualTo(reference);
            assertThat(event.source()).isEqualTo("urn:redress:assessment-service");
            assertThat(event.dataContentType()).startsWith("application/json");
            JsonNode data = event.dataJson();
            assertThat(data.path("referralId").asText()).isEqualTo(id);
            assertThat(data.path("reference").asText()).isEqualTo(reference);
            assertThat(data.path("childRef").asText()).isEqualTo("CR-104233");
            assertThat(data.path("receivedDate").asText()).isEqualTo("2026-11-20");
            // Friday 20 Nov 2026 + 1 working day: Monday 23 Nov
            assertThat(data.path("decisionDueDate").asText()).isEqualTo("2026-11-23");

            CloudEventRecords.assertNoMore(Topics.ASSESSMENTS, id, 1, Duration.ofSeconds(2));
        }

        @Test
        void listsReferralsAPageAtATime() {
            for (int i = 0; i < 3; i++) {
                ReferralRequests.recordAndGetId(LocalDate.of(2026, 11, 2 + i));
            }
            Tokens.as(Roles.SOCIAL_WORKER).queryParam("page", 0).queryParam("size", 2).when().get("/referrals").then()
                    .statusCode(200)
                    .body("items", hasSize(2))
                    .body("page", equalTo(0))
                    .body("size", equalTo(2))
                    .body("total", greaterThanOrEqualTo(3))
                    .body("items[0].decisionClock.dueDate", notNullValue())
                    .body("items[0].decisionClock.state", notNullValue());
        }
    }

    @Nested
    class WhenTheRequestIsBad {

        @Test
        void namesTheMissingField() {
            record("""
                    {"receivedDate":"2026-11-20","referrerType":"SCHOOL"}""")
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:redress:problem:validation"))
                    .body("field", equalTo("childRef"))
                    .body("correlationId", notNullValue());
        }

        @Test
        void namesAChildRefThatIsNotARecordReference() {
            record(referralReceivedOn(LocalDate.of(2026, 11, 20)).replace("CR-104233", "CR 104233!"))
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo("childRef"));
        }

        @Test
        void namesAnUnknownReferrerType() {
            record(referralReceivedOn(LocalDate.of(2026, 11, 20)).replace("SCHOOL", "NEIGHBOUR"))
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo("referrerType"));
        }

        @Test
        void namesAFieldWithAnUnreadableDate() {
            record(referralReceivedOn(LocalDate.of(2026, 1, 5)).replace("2026-01-05", "05/01/2026"))
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo("receivedDate"));
        }

        @Test
        void refusesAReferralReceivedInTheFutureNamingTheField() {
            record(referralReceivedOn(TestClock.TODAY.plusDays(1)))
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:redress:problem:validation"))
                    .body("field", equalTo("receivedDate"));
        }

        @Test
        void answersNotFoundForAnUnknownReferral() {
            Tokens.as(Roles.SOCIAL_WORKER).when().get("/referrals/{id}", "0e0e0e0e-0000-4000-8000-000000000000").then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:redress:problem:not-found"));
        }

        @Test
        void refusesAPageSizeAboveOneHundred() {
            Tokens.as(Roles.SOCIAL_WORKER).queryParam("size", 101).when().get("/referrals").then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:redress:problem:validation"));
        }
    }

    @Nested
    class WithAnIdempotencyKey {

        @Test
        void replaysTheFirstResponseAndRecordsOnlyOneReferral() {
            String body = referralReceivedOn(LocalDate.of(2026, 8, 20));
            String key = "referral-" + System.nanoTime();
            String first = Tokens.as(Roles.SOCIAL_WORKER).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                    .when().post("/referrals").then().statusCode(201).extract().path("id");
            String second = Tokens.as(Roles.SOCIAL_WORKER).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                    .when().post("/referrals").then().statusCode(201)
                    .header("Idempotent-Replayed", "true")
                    .extract().path("id");

            assertThat(second).isEqualTo(first);
            CloudEventRecords.await(Topics.ASSESSMENTS, first, 1, Duration.ofSeconds(20));
            CloudEventRecords.assertNoMore(Topics.ASSESSMENTS, first, 1, Duration.ofSeconds(2));
        }

        @Test
        void refusesTheSameKeyWithAnotherBody() {
            String key = "referral-" + System.nanoTime();
            Tokens.as(Roles.SOCIAL_WORKER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(referralReceivedOn(LocalDate.of(2026, 8, 20)))
                    .when().post("/referrals").then().statusCode(201);
            Tokens.as(Roles.SOCIAL_WORKER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(referralReceivedOn(LocalDate.of(2026, 8, 21)))
                    .when().post("/referrals").then()
                    .statusCode(422)
                    .body("type", equalTo("urn:redress:problem:idempotency-key-reused"));
        }
    }
}
