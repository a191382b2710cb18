package org.redress.remedies.assessmentoutcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.redress.remedies.remedycases.RemedyCaseRequests.APOLOGY_IN_FOUR_WEEKS;
import static org.redress.remedies.remedycases.RemedyCaseRequests.decision;
import static org.redress.remedies.remedycases.RemedyCaseRequests.open;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.contracts.Topics;
import org.redress.contracts.events.EventType;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventPublisher;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.OutgoingCloudEvent;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A reassessment action round-trips through assessment-service's events, and missed provision
 * becomes a payment action for a person to confirm; each has its effect once however often the
 * event is delivered.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class AssessmentOutcomesIT {

    private static final String SOURCE = "urn:redress:assessment-service";

    @Test
    void aCompletedReassessmentCompletesTheActionThatAskedForItOnce() {
        var created = open(decision(UUID.randomUUID(), LocalDate.of(2026, 9, 1), "[\"CR-104233\"]",
                APOLOGY_IN_FOUR_WEEKS, """
                {"actionRef":"A2","type":"REASSESSMENT","period":"P3M"}""")).statusCode(201).extract();
        String caseId = created.path("id");
        String actionId = created.path("actions[1].id");
        // case-opened, two action-created, then the reassessment request
        List<ReceivedCloudEvent> asked = CloudEventRecords.await(Topics.REMEDIES, caseId, 4, Duration.ofSeconds(20));
        assertThat(asked.get(3).type()).isEqualTo("org.redress.remedy.reassessment-requested.v1");

        String assessmentId = UUID.randomUUID().toString();
        OutgoingCloudEvent completed = new OutgoingCloudEvent(UUID.randomUUID().toString(),
                EventType.ASSESSMENT_COMPLETED.ceType(), SOURCE, "ASM-2026-000077-1", OffsetDateTime.now(ZoneOffset.UTC),
                """
                {"assessmentId":"%s","reference":"ASM-2026-000077-1","childRef":"CR-104233","assessmentType":"CHILD_IN_NEED",
                 "completedDate":"2026-11-02","dueDate":"2026-11-20","completedInTime":true,"eligibleNeeds":2,"metNeeds":2,
                 "unmetNeeds":0,"remedyCaseId":"%s","remedyActionId":"%s"}""".formatted(assessmentId, caseId, actionId));
        CloudEventPublisher.publish(Topics.ASSESSMENTS, assessmentId, completed);
        CloudEventPublisher.publish(Topics.ASSESSMENTS, assessmentId, completed);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Tokens.as(Roles.REMEDY_OFFICER)
                .when().get("/remedy-cases/{id}", caseId).then()
                .body("actions[1].status", equalTo("COMPLETED"))
                .body("actions[1].completedOn", equalTo("2026-11-02")));
        Tokens.as(Roles.AUDITOR).when().get("/remedy-cases/{id}/timeline", caseId).then()
                .body("kind", contains("ACTION_ADDED", "ACTION_ADDED", "COMPLETED"))
                .body("[2].evidenceRefs", contains("assessment:ASM-2026-000077-1"));
        List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.REMEDIES, caseId, 5, Duration.ofSeconds(20));
        assertThat(events.get(4).type()).isEqualTo("org.redress.remedy.action-completed.v1");
        CloudEventRecords.assertNoMore(Topics.REMEDIES, caseId, 5, Duration.ofSeconds(3));
    }

    @Test
    void provisionStartingForAChildCompletesItsServicesToPutInPlaceOnTheDayItStartedOnce() {
        String child = "CR-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        var created = open(decision(UUID.randomUUID(), LocalDate.of(2026, 9, 1), "[\"%s\"]".formatted(child),
                APOLOGY_IN_FOUR_WEEKS, """
                {"actionRef":"A2","type":"PUT_SERVICE_IN_PLACE","period":"P2W","personRef":"%s"}""".formatted(child),
                """
                {"actionRef":"A3","type":"PUT_SERVICE_IN_PLACE","period":"P6W","personRef":"%s"}""".formatted(child)))
                .statusCode(201).extract();
        String caseId = created.path("id");
        String assessmentId = UUID.randomUUID().toString();
        String provisionId = UUID.randomUUID().toString();
        // due 15 September and 13 October; the short breaks started on 1 October
        OutgoingCloudEvent started = new OutgoingCloudEvent(UUID.randomUUID().toString(),
                EventType.PROVISION_STARTED.ceType(), SOURCE, "ASM-2026-000087-0", OffsetDateTime.now(ZoneOffset.UTC),
                """
                {"assessmentId":"%s","reference":"ASM-2026-000087-0","childRef":"%s","provisionId":"%s","needCode":"N1",
                 "provisionKind":"SERVICE","shouldHaveStarted":"2026-09-15","startedOn":"2026-10-01"}"""
                        .formatted(assessmentId, child, provisionId));
        CloudEventPublisher.publish(Topics.ASSESSMENTS, assessmentId, started);
        CloudEventPublisher.publish(Topics.ASSESSMENTS, assessmentId, started);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Tokens.as(Roles.REMEDY_OFFICER)
                .when().get("/remedy-cases/{id}", caseId).then()
                .body("actions.status", contains("OVERDUE", "COMPLETED", "COMPLETED"))
                .body("actions[1].completedOn", equalTo("2026-10-01"))
                .body("actions[2].completedOn", equalTo("2026-10-01")));
        Tokens.as(Roles.AUDITOR).when().get("/remedy-cases/{id}/timeline", caseId).then()
                .body("kind", contains("ACTION_ADDED", "ACTION_ADDED", "ACTION_ADDED", "COMPLETED", "COMPLETED"))
                .body("[3].evidenceRefs", contains("provision:" + provisionId));
        // case-opened, three action-created, two action-completed: late, then on time
        List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.REMEDIES, caseId, 6, Duration.ofSeconds(20));
        assertThat(events.subList(4, 6)).extracting(e -> e.dataJson().path("onTime").asBoolean())
                .containsExactly(false, true);
        CloudEventRecords.assertNoMore(Topics.REMEDIES, caseId, 6, Duration.ofSeconds(3));
    }

    @Test
    void aCarersAssessmentIsCompletedByTheAssessmentItAskedFor() {
        var created = open(decision(UUID.randomUUID(), LocalDate.of(2026, 9, 1), "[\"CR-104233\",\"CR-104234\"]", """
                {"actionRef":"A5","type":"CARERS_ASSESSMENT","period":"P1M","personRef":"AR-220871","carerType":"YOUNG_CARER"}"""))
                .statusCode(201).extract();
        String caseId = created.path("id");
        String actionId = created.path("actions[0].id");
        String assessmentId = UUID.randomUUID().toString();
        CloudEventPublisher.publish(Topics.ASSESSMENTS, assessmentId, new OutgoingCloudEvent(UUID.randomUUID().toString(),
                EventType.ASSESSMENT_COMPLETED.ceType(), SOURCE, "ASM-2026-000091-8", OffsetDateTime.now(ZoneOffset.UTC),
                """
                {"assessmentId":"%s","reference":"ASM-2026-000091-8","childRef":"CR-104233","assessmentType":"YOUNG_CARER",
                 "completedDate":"2026-09-28","dueDate":"2026-10-01","completedInTime":true,"eligibleNeeds":1,"metNeeds":1,
                 "unmetNeeds":0,"remedyCaseId":"%s","remedyActionId":"%s"}""".formatted(assessmentId, caseId, actionId)));

        // one carer, one assessment: complete though the case names two children
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Tokens.as(Roles.REMEDY_OFFICER)
                .when().get("/remedy-cases/{id}", caseId).then()
                .body("actions[0].status", equalTo("COMPLETED"))
                .body("actions[0].completedOn", equalTo("2026-09-28"))
                .body("complete", equalTo(true)));
    }

    @Test
    void missedProvisionOpensAPaymentActionForTheComputedAmountAwaitingConfirmationOnce() {
        String assessmentId = UUID.randomUUID().toString();
        String provisionId = UUID.randomUUID().toString();
        OutgoingCloudEvent missed = new OutgoingCloudEvent(UUID.randomUUID().toString(),
                EventType.MISSED_PROVISION_RECORDED.ceType(), SOURCE, "ASM-2026-000078-9", OffsetDateTime.now(ZoneOffset.UTC),
                """
                {"assessmentId":"%s","reference":"ASM-2026-000078-9","childRef":"CR-200111","provisionId":"%s",
                 "provisionKind":"DIRECT_PAYMENT","weeklyAmountPence":5250,"missedFrom":"2024-07-01","missedTo":"2024-09-30"}"""
                        .formatted(assessmentId, provisionId));
        CloudEventPublisher.publish(Topics.ASSESSMENTS, assessmentId, missed);
        CloudEventPublisher.publish(Topics.ASSESSMENTS, assessmentId, missed);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Tokens.as(Roles.REMEDY_OFFICER)
                .queryParam("size", 100).when().get("/remedy-cases").then()
                .body("items.findAll { it.source == 'MISSED_PROVISION' && it.childReferences[0] == 'CR-200111' }", hasSize(1)));
        var found = Tokens.as(Roles.REMEDY_OFFICER).queryParam("size", 100).when().get("/remedy-cases").then().extract()
                .jsonPath();
        String caseId = found.getString("items.find { it.childReferences[0] == 'CR-200111' }.id");

        // 92 days at £52.50 a week = 13 weeks (£682.50) + 1 day (£7.50) = £690.00
        Tokens.as(Roles.REMEDY_OFFICER).when().get("/remedy-cases/{id}", caseId).then()
                .body("actions", hasSize(1))
                .body("actions[0].type", equalTo("PAYMENT"))
                .body("actions[0].amountPence", equalTo(69000))
                .body("actions[0].status", equalTo("AWAITING_CONFIRMATION"));
        String actionId = Tokens.as(Roles.REMEDY_OFFICER).when().get("/remedy-cases/{id}", caseId).then().extract()
                .path("actions[0].id");
        // not paid before a person confirmed it
        Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).body("""
                {"kind":"MISSED_PROVISION","paidOn":"%s","amountPence":69000,"reference":"AP-1"}""".formatted(LocalDate.now()))
                .when().post("/remedy-cases/{id}/actions/{a}/payments", caseId, actionId).then()
                .statusCode(409).body("rule", equalTo("remedy.action-awaiting-confirmation"));
        Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON)
                .when().post("/remedy-cases/{id}/actions/{a}/confirmation", caseId, actionId).then()
                // confirmed, it is open to be paid, and overdue: due a month from 1 Oct 2024, the day provision started
                .statusCode(200).body("actions[0].status", equalTo("OVERDUE"))
                .body("actions[0].dueDate", equalTo("2024-11-01"));
        // case-opened and the payment action's action-created
        CloudEventRecords.await(Topics.REMEDIES, caseId, 2, Duration.ofSeconds(20));
        CloudEventRecords.assertNoMore(Topics.REMEDIES, caseId, 2, Duration.ofSeconds(3));
    }

    @Test
    void missedProvisionIsOwedFromTheDayTheProvisionStartedNotTheDayTheEventArrived() {
        // provision started late a month ago; the event reaches remedy-service today
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate started = today.minusDays(30);
        String assessmentId = UUID.randomUUID().toString();
        CloudEventPublisher.publish(Topics.ASSESSMENTS, assessmentId,
                provisionStarted(assessmentId, "CR-400111", started.minusDays(70), started));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Tokens.as(Roles.REMEDY_OFFICER)
                .queryParam("size", 100).when().get("/remedy-cases").then()
                .body("items.findAll { it.childReferences[0] == 'CR-400111' }", hasSize(1)));
        String caseId = Tokens.as(Roles.REMEDY_OFFICER).queryParam("size", 100).when().get("/remedy-cases").then()
                .extract().path("items.find { it.childReferences[0] == 'CR-400111' }.id");
        var opened = Tokens.as(Roles.REMEDY_OFFICER).when().get("/remedy-cases/{id}", caseId).then()
                .body("decisionDate", equalTo(started.toString()))
                .body("actions[0].dueDate", equalTo(started.plusMonths(1).toString()))
                .extract();
        String actionId = opened.path("actions[0].id");

        // paid a fortnight after the provision started, before the event arrived: a payment the case must accept
        Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON)
                .when().post("/remedy-cases/{id}/actions/{a}/confirmation", caseId, actionId).then().statusCode(200);
        Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).body("""
                {"kind":"MISSED_PROVISION","paidOn":"%s","amountPence":100,"reference":"AP-400111"}"""
                .formatted(started.plusDays(14)))
                .when().post("/remedy-cases/{id}/actions/{a}/payments", caseId, actionId).then()
                .statusCode(201).body("actions[0].paidPence", equalTo(100));

        // a second provision of the same assessment started later: its action is on the timeline from that day
        LocalDate secondStarted = today.minusDays(5);
        CloudEventPublisher.publish(Topics.ASSESSMENTS, assessmentId,
                provisionStarted(assessmentId, "CR-400111", secondStarted.minusDays(21), secondStarted));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Tokens.as(Roles.REMEDY_OFFICER)
                .when().get("/remedy-cases/{id}", caseId).then().body("actions", hasSize(2)));
        Tokens.as(Roles.AUDITOR).when().get("/remedy-cases/{id}/timeline", caseId).then()
                .body("kind", contains("ACTION_ADDED", "PROGRESS", "PAYMENT", "ACTION_ADDED"))
                .body("on", contains(started.toString(), today.toString(), started.plusDays(14).toString(),
                        secondStarted.toString()));
    }

    /** Provision that should have started on {@code due} started on {@code started}: the days between were missed. */
    private static OutgoingCloudEvent provisionStarted(String assessmentId, String childRef, LocalDate due,
            LocalDate started) {
        return new OutgoingCloudEvent(UUID.randomUUID().toString(), EventType.MISSED_PROVISION_RECORDED.ceType(), SOURCE,
                "ASM-2026-000080-2", OffsetDateTime.now(ZoneOffset.UTC), """
                {"assessmentId":"%s","reference":"ASM-2026-000080-2","childRef":"%s","provisionId":"%s",
                 "provisionKind":"SERVICE","weeklyAmountPence":7000,"missedFrom":"%s","missedTo":"%s"}"""
                .formatted(assessmentId, childRef, UUID.randomUUID(), due, started.minusDays(1)));
    }

    @Test
    void missedProvisionOfNinetyTwoQuadrillionPoundsAWeekIsRefusedAndTheNextEventIsStillApplied() {
        // once a long overflow in the calculation stopped the consumer: nothing from assessment-service got through
        String assessmentId = UUID.randomUUID().toString();
        CloudEventPublisher.publish(Topics.ASSESSMENTS, assessmentId, missedProvision(assessmentId, "CR-300111",
                "9223372036854775807"));
        CloudEventPublisher.publish(Topics.ASSESSMENTS, assessmentId, missedProvision(assessmentId, "CR-300112", "5250"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Tokens.as(Roles.REMEDY_OFFICER)
                .queryParam("size", 100).when().get("/remedy-cases").then()
                .body("items.findAll { it.childReferences[0] == 'CR-300112' }.actions.flatten().amountPence",
                        contains(69000)));
        Tokens.as(Roles.REMEDY_OFFICER).queryParam("size", 100).when().get("/remedy-cases").then()
                .body("items.findAll { it.childReferences[0] == 'CR-300111' }", hasSize(0));
    }

    private static OutgoingCloudEvent missedProvision(String assessmentId, String childRef, String weeklyAmountPence) {
        return new OutgoingCloudEvent(UUID.randomUUID().toString(), EventType.MISSED_PROVISION_RECORDED.ceType(), SOURCE,
                "ASM-2026-000079-7", OffsetDateTime.now(ZoneOffset.UTC), """
                {"assessmentId":"%s","reference":"ASM-2026-000079-7","childRef":"%s","provisionId":"%s",
                 "provisionKind":"DIRECT_PAYMENT","weeklyAmountPence":%s,"missedFrom":"2024-07-01","missedTo":"2024-09-30"}"""
                .formatted(assessmentId, childRef, UUID.randomUUID(), weeklyAmountPence));
    }
}
