package org.redress.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.assessments.referrals.ReferralRequests;
import org.redress.contracts.Topics;
import org.redress.contracts.events.EventType;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventPublisher;
import org.redress.testkit.OutgoingCloudEvent;
import org.redress.testkit.AuditEntries;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.ServiceSecurityContract;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(RedressTestResources.class)
class SecurityIT extends ServiceSecurityContract {

    @Override
    protected String protectedReadPath() {
        return "/referrals";
    }

    @Override
    protected String readerRole() {
        return Roles.SOCIAL_WORKER;
    }

    @Test
    void recordsWhoRecordedAReferralInTheAuditTrail() {
        String id = Tokens.as(Roles.TEAM_MANAGER).contentType(ContentType.JSON)
                .body(ReferralRequests.referralReceivedOn(LocalDate.of(2026, 11, 2)))
                .when().post("/referrals").then().statusCode(201).extract().path("id");

        Tokens.as(Roles.AUDITOR).queryParam("resourceType", "referral").queryParam("resourceId", id)
                .when().get("/audit").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].action", equalTo("referral.received"))
                .body("items[0].actorSubject", equalTo("test-" + Roles.TEAM_MANAGER));
    }

    @Test
    void attributesAnAssessmentOpenedForARemedyToTheConsumer() {
        String remedyCaseId = UUID.randomUUID().toString();
        String action = UUID.randomUUID().toString();
        CloudEventPublisher.publish(Topics.REMEDIES, remedyCaseId, OutgoingCloudEvent.of(
                EventType.REASSESSMENT_REQUESTED.ceType(), "urn:redress:remedy-service", "REM-2026-000042-7", """
                        {"remedyCaseId":"%s","reference":"REM-2026-000042-7","actionId":"%s",
                         "childRef":"CR-400001","dueDate":"2026-12-23"}""".formatted(remedyCaseId, action)));

        String id = await().atMost(Duration.ofSeconds(30)).until(() -> assessmentFor(action), found -> found != null);
        // the change's one entry (the lists that found the assessment recorded reads of it beside it)
        assertThat(AuditEntries.of("assessment", id, "assessment.opened-for-remedy"))
                .extracting(entry -> entry.get("actorSubject")).containsExactly("system:assessments.reassessment-requests");
        assertThat(AuditEntries.of("assessment", id, "assessment.listed")).extracting(entry -> entry.get("actorSubject"))
                .containsOnly("test-" + Roles.AUDITOR);
    }

    private static String assessmentFor(String actionId) {
        List<Map<String, Object>> items = Tokens.as(Roles.AUDITOR).queryParam("size", 100).when().get("/assessments")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream()
                .filter(item -> item.get("remedy") instanceof Map<?, ?> remedy && actionId.equals(remedy.get("actionId")))
                .map(item -> (String) item.get("id"))
                .findFirst().orElse(null);
    }
}
