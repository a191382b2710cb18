package org.redress.complaints.stagetwo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.redress.complaints.ComplaintRequests.get;
import static org.redress.complaints.ComplaintRequests.post;
import static org.redress.complaints.ComplaintRequests.postAsStaff;
import static org.redress.complaints.stageone.StageOneRequests.FINDINGS_UPHELD;
import static org.redress.complaints.stagetwo.StageTwoRequests.requestedStageTwo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.complaints.breaches.application.SweepingClockBreaches;
import org.redress.contracts.Topics;
import org.redress.servicekit.security.Roles;
import org.redress.servicekit.sweep.SweepRunner;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Stage 2 (investigation) through HTTP, PostgreSQL and Kafka, its progression clock swept for breaches. */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class StageTwoIT {

    @Inject
    SweepingClockBreaches sweeping;

    @Inject
    SweepRunner sweepRunner;

    @Test
    void anUnprogressedRequestShowsItsProgressionClockOverdueAndIsAnnouncedOnce() {
        String id = requestedStageTwo();
        get(id).body("clocks.STAGE_2_PROGRESSION.state", equalTo("OVERDUE"))
                .body("clocks.STAGE_2_PROGRESSION.dueDate", equalTo("2026-02-03"));
        Tokens.as(Roles.COMPLAINTS_MANAGER).queryParam("state", "STAGE_2_REQUESTED").queryParam("clock", "OVERDUE")
                .queryParam("size", 100).when().get("/complaints").then().statusCode(200)
                .body("items.id", hasItem(id));

        sweepRunner.drain(sweeping, LocalDate.of(2026, 2, 4));
        sweepRunner.drain(sweeping, LocalDate.of(2026, 2, 5));

        List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.COMPLAINTS, id, 6, Duration.ofSeconds(20));
        // registered, routed, stage 1 opened, stage 1 decided, stage 2 opened, then the one breach
        ReceivedCloudEvent breach = events.get(5);
        assertThat(breach.type()).isEqualTo("org.redress.complaint.clock-breached.v1");
        assertThat(breach.dataJson().path("clock").asText()).isEqualTo("STAGE_2_PROGRESSION");
        assertThat(breach.dataJson().path("dueDate").asText()).isEqualTo("2026-02-03");
        CloudEventRecords.assertNoMore(Topics.COMPLAINTS, id, 6, Duration.ofSeconds(2));
        Tokens.as(Roles.AUDITOR).when().get("/complaints/{id}/timeline", id).then()
                .body("what", hasItem("clock.breached"))
                .body("actorSubject", hasItem("system:clock-breach-sweep"));
    }

    @Test
    void anIndependentPersonWhoIsACouncilOfficerIsRefused() {
        String id = requestedStageTwo();
        post(Roles.COMPLAINTS_MANAGER, "/stage-2/appointments/independent-person", id, """
                {"reference":"IP-0043","appointedOn":"2026-01-21",
                 "declaration":{"declaredOn":"2026-01-21","notMemberOrOfficer":false,"notSpouseOrPartnerOfMemberOrOfficer":true}}""")
                .statusCode(422)
                .body("type", equalTo("urn:redress:problem:stage-two.independent-person-not-independent"));
    }

    @Test
    void closingARequestedStageTwoForWantOfAnAgreedStatementIsRefused() {
        String id = requestedStageTwo();
        post(Roles.COMPLAINTS_MANAGER, "/closure", id, "{\"reason\":\"STATEMENT_NOT_AGREED\",\"closedOn\":\"2026-03-02\"}")
                .statusCode(422)
                .body("type", equalTo("urn:redress:problem:closure.requested-stage-unanswered"))
                .body("field", equalTo("reason"));
        get(id).body("state", equalTo("STAGE_2_REQUESTED"));
    }

    @Test
    void theAgreedStatementStartsTheTwentyFiveDayClockAndTheAdjudicationSendsActions() {
        String id = requestedStageTwo();
        Tokens.as(Roles.COMPLAINTS_MANAGER).contentType(ContentType.JSON)
                .body("{\"agreedOn\":\"2026-01-27\",\"agreedBy\":\"IO-2231\"}")
                .when().put("/complaints/{id}/stage-2/statement", id).then().statusCode(200)
                .body("state", equalTo("STAGE_2_INVESTIGATING"))
                .body("clocks.STAGE_2_PROGRESSION.state", equalTo("MET"))
                .body("clocks.STAGE_2.start", equalTo("2026-01-27"))
                .body("clocks.STAGE_2.dueDate", equalTo("2026-03-03"));
        post(Roles.COMPLAINTS_MANAGER, "/stage-2/appointments/investigating-officer", id,
                "{\"reference\":\"IO-2231\",\"appointedOn\":\"2026-01-21\"}").statusCode(200);
        post(Roles.COMPLAINTS_MANAGER, "/stage-2/appointments/independent-person", id, """
                {"reference":"IP-0042","appointedOn":"2026-01-21",
                 "declaration":{"declaredOn":"2026-01-21","notMemberOrOfficer":true,"notSpouseOrPartnerOfMemberOrOfficer":true}}""")
                .statusCode(200).body("stageTwo.independentPerson.reference", equalTo("IP-0042"));
        post(Roles.COMPLAINTS_MANAGER, "/stage-2/appointments/adjudicating-officer", id,
                "{\"reference\":\"AO-0107\",\"appointedOn\":\"2026-01-21\"}").statusCode(200)
                .body("stageTwo.adjudicatingOfficer.reference", equalTo("AO-0107"));
        postAsStaff(Roles.ADJUDICATING_OFFICER, "AO-0107", "/stage-2/adjudication", id, "{\"decidedOn\":\"2026-02-27\",\"findings\":"
                + FINDINGS_UPHELD + "}").statusCode(409).body("type", equalTo("urn:redress:problem:stage-two.reports-missing"));
        postAsStaff(Roles.INVESTIGATING_OFFICER, "IO-2231", "/stage-2/investigating-officer-report", id, "{\"reportedOn\":\"2026-02-20\"}")
                .statusCode(200);
        postAsStaff(Roles.INVESTIGATING_OFFICER, "IO-2231", "/stage-2/independent-person-report", id, "{\"reportedOn\":\"2026-02-23\"}")
                .statusCode(200);
        postAsStaff(Roles.ADJUDICATING_OFFICER, "AO-0107", "/stage-2/adjudication", id, """
                {"decidedOn":"2026-02-27","findings":%s,
                 "actions":[{"actionRef":"A1","type":"SERVICE_IMPROVEMENT","period":"P3M","theme":"CARER_ASSESSMENTS"}]}"""
                .formatted(FINDINGS_UPHELD))
                .statusCode(200).body("state", equalTo("STAGE_2_ADJUDICATED"))
                .body("clocks.STAGE_2.state", equalTo("MET"));
        List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.COMPLAINTS, id, 7, Duration.ofSeconds(20));
        assertThat(events.get(6).dataJson().path("source").asText()).isEqualTo("STAGE_2");
    }
}
