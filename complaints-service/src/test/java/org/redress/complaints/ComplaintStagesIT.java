package org.redress.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.complaints.breaches.application.SweepingClockBreaches;
import org.redress.servicekit.sweep.SweepRunner;
import org.redress.contracts.Topics;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The statutory stages end to end through HTTP, PostgreSQL and Kafka. */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ComplaintStagesIT {

    /** Monday 5 January 2026: stage 1 due Monday 19 January. */
    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 5);
    private static final String FINDINGS_UPHELD = """
            [{"point":1,"finding":"UPHELD","faultAccepted":true},{"point":2,"finding":"NO_FINDING"}]""";

    @Inject
    SweepingClockBreaches sweeping;

    @Inject
    SweepRunner sweepRunner;

    static String registerAbout(String subjects) {
        return ComplaintRequests.register(ComplaintRequests.complaintReceivedOn(RECEIVED)
                .replace("\"desiredOutcomes\"", "\"subjectMatters\":" + subjects + ",\"desiredOutcomes\""))
                .statusCode(201).extract().path("id");
    }

    static ValidatableResponse post(String role, String path, String id, String body) {
        return Tokens.as(role).contentType(ContentType.JSON).body(body).when().post("/complaints/{id}" + path, id).then();
    }

    static ValidatableResponse respond(String id, String findings, String actions) {
        return post(Roles.COMPLAINTS_OFFICER, "/stage-1/response", id, """
                {"decidedOn":"2026-01-16","findings":%s,"actions":%s}""".formatted(findings, actions));
    }

    static String requestedStageTwo() {
        String id = registerAbout("[\"ASSESSMENT\"]");
        respond(id, FINDINGS_UPHELD, "[]").statusCode(200);
        post(Roles.COMPLAINTS_OFFICER, "/stage-2/request", id, "{\"requestedOn\":\"2026-01-20\"}").statusCode(200)
                .body("state", equalTo("STAGE_2_REQUESTED"));
        return id;
    }

    static ValidatableResponse timeline(String id) {
        return Tokens.as(Roles.AUDITOR).when().get("/complaints/{id}/timeline", id).then().statusCode(200);
    }

    static ValidatableResponse get(String id) {
        return Tokens.as(Roles.COMPLAINTS_OFFICER).when().get("/complaints/{id}", id).then().statusCode(200);
    }

    @Nested
    class Routing {

        @Test
        void anAssessmentComplaintIsStatutoryAndACorporateOverrideIsFlaggedInTheTimeline() {
            String id = registerAbout("[\"ASSESSMENT\"]");
            get(id).body("procedure", equalTo("STATUTORY_CHILDREN"))
                    .body("routing.proposal.part3Matter", equalTo(true));

            post(Roles.COMPLAINTS_MANAGER, "/routing-override", id,
                    "{\"procedure\":\"CORPORATE\",\"reason\":\"Manager thinks it is about conduct\"}")
                    .statusCode(200)
                    .body("procedure", equalTo("CORPORATE"))
                    .body("flags.code", hasItem("ROUTED_AWAY_FROM_STATUTORY"));

            Tokens.as(Roles.AUDITOR).when().get("/complaints/{id}/timeline", id).then().statusCode(200)
                    .body("what", hasItems("routing.overridden", "flag.ROUTED_AWAY_FROM_STATUTORY"))
                    .body("actorSubject", hasItem("test-" + Roles.COMPLAINTS_MANAGER));
        }

        @Test
        void anOverrideNeedsAReasonAndAManager() {
            String id = registerAbout("[\"ASSESSMENT\"]");
            post(Roles.COMPLAINTS_MANAGER, "/routing-override", id, "{\"procedure\":\"CORPORATE\"}")
                    .statusCode(400).body("field", equalTo("reason"));
            post(Roles.COMPLAINTS_OFFICER, "/routing-override", id, "{\"procedure\":\"CORPORATE\",\"reason\":\"x\"}")
                    .statusCode(403);
        }
    }

    @Nested
    class StageOne {

        @Test
        void refusesAPointWithFaultAcceptedButNotUpheld() {
            String id = registerAbout("[\"ASSESSMENT\"]");
            respond(id, """
                    [{"point":1,"finding":"NOT_UPHELD","faultAccepted":true},{"point":2,"finding":"UPHELD"}]""", "[]")
                    .statusCode(422)
                    .body("type", equalTo("urn:redress:problem:finding.fault-accepted-not-upheld"))
                    .body("field", equalTo("findings"));
            get(id).body("state", equalTo("STAGE_1_OPEN"));
        }

        @Test
        void aResponseMeetsTheClockAndSendsTheAgreedActionsToRemedies() {
            String id = registerAbout("[\"SHORT_BREAKS\"]");
            respond(id, FINDINGS_UPHELD, """
                    [{"actionRef":"A1","type":"APOLOGY","period":"P4W"},
                     {"actionRef":"A2","type":"PAYMENT","period":"P1M","amountPence":25000}]""")
                    .statusCode(200)
                    .body("state", equalTo("STAGE_1_RESPONDED"))
                    .body("stageOneClock.state", equalTo("MET"))
                    .body("stageOneResponse.clockResult", equalTo("MET"));

            List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.COMPLAINTS, id, 5, Duration.ofSeconds(20));
            // registered, routed, stage 1 opened, stage 1 decided, then the agreed actions
            ReceivedCloudEvent agreed = events.get(4);
            assertThat(agreed.type()).isEqualTo("org.redress.complaint.actions-agreed.v1");
            assertThat(agreed.dataJson().path("source").asText()).isEqualTo("STAGE_1");
            assertThat(agreed.dataJson().path("decisionDate").asText()).isEqualTo("2026-01-16");
            assertThat(agreed.dataJson().path("actions").get(1).path("amountPence").asLong()).isEqualTo(25000);
        }

        @Test
        void extendsOnceWithTheComplainantTold() {
            String id = registerAbout("[\"ASSESSMENT\"]");
            post(Roles.COMPLAINTS_MANAGER, "/stage-1/extension", id,
                    "{\"workingDays\":20,\"reason\":\"An advocate is needed\",\"complainantToldOn\":\"2026-01-07\"}")
                    .statusCode(200).body("stageOneClock.extendedDueDate", equalTo("2026-02-02"));
            post(Roles.COMPLAINTS_MANAGER, "/stage-1/extension", id,
                    "{\"workingDays\":20,\"reason\":\"again\",\"complainantToldOn\":\"2026-01-08\"}")
                    .statusCode(409).body("type", equalTo("urn:redress:problem:stage-one.already-extended"));
        }
    }

    @Nested
    class StageTwo {

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
            Tokens.as(Roles.INVESTIGATING_OFFICER).contentType(ContentType.JSON)
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
            post(Roles.ADJUDICATING_OFFICER, "/stage-2/adjudication", id, "{\"decidedOn\":\"2026-02-27\",\"findings\":"
                    + FINDINGS_UPHELD + "}").statusCode(409).body("type", equalTo("urn:redress:problem:stage-two.reports-missing"));
            post(Roles.INVESTIGATING_OFFICER, "/stage-2/investigating-officer-report", id, "{\"reportedOn\":\"2026-02-20\"}")
                    .statusCode(200);
            post(Roles.INVESTIGATING_OFFICER, "/stage-2/independent-person-report", id, "{\"reportedOn\":\"2026-02-23\"}")
                    .statusCode(200);
            post(Roles.ADJUDICATING_OFFICER, "/stage-2/adjudication", id, """
                    {"decidedOn":"2026-02-27","findings":%s,
                     "actions":[{"actionRef":"A1","type":"SERVICE_IMPROVEMENT","period":"P3M","theme":"CARER_ASSESSMENTS"}]}"""
                    .formatted(FINDINGS_UPHELD))
                    .statusCode(200).body("state", equalTo("STAGE_2_ADJUDICATED"))
                    .body("clocks.STAGE_2.state", equalTo("MET"));
            List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.COMPLAINTS, id, 7, Duration.ofSeconds(20));
            assertThat(events.get(6).dataJson().path("source").asText()).isEqualTo("STAGE_2");
        }
    }

    @Nested
    class AllThreeStages {

        @Test
        void aComplaintGoesThroughAllThreeStagesOnTimeAndEachDecisionSendsItsActions() {
            String id = registerAbout("[\"CARER_ASSESSMENT\"]");
            respond(id, FINDINGS_UPHELD, "[{\"actionRef\":\"A1\",\"type\":\"APOLOGY\",\"period\":\"P4W\"}]")
                    .statusCode(200).body("stageOneClock.state", equalTo("MET"));
            post(Roles.COMPLAINTS_OFFICER, "/stage-2/request", id, "{\"requestedOn\":\"2026-01-20\"}").statusCode(200);
            post(Roles.COMPLAINTS_MANAGER, "/stage-2/appointments/investigating-officer", id,
                    "{\"reference\":\"IO-2231\",\"appointedOn\":\"2026-01-21\"}").statusCode(200);
            post(Roles.COMPLAINTS_MANAGER, "/stage-2/appointments/independent-person", id, """
                    {"reference":"IP-0042","appointedOn":"2026-01-21",
                     "declaration":{"declaredOn":"2026-01-21","notMemberOrOfficer":true,"notSpouseOrPartnerOfMemberOrOfficer":true}}""")
                    .statusCode(200);
            Tokens.as(Roles.INVESTIGATING_OFFICER).contentType(ContentType.JSON)
                    .body("{\"agreedOn\":\"2026-01-27\",\"agreedBy\":\"IO-2231\"}")
                    .when().put("/complaints/{id}/stage-2/statement", id).then().statusCode(200);
            post(Roles.INVESTIGATING_OFFICER, "/stage-2/investigating-officer-report", id, "{\"reportedOn\":\"2026-02-20\"}")
                    .statusCode(200);
            post(Roles.INVESTIGATING_OFFICER, "/stage-2/independent-person-report", id, "{\"reportedOn\":\"2026-02-23\"}")
                    .statusCode(200);
            post(Roles.ADJUDICATING_OFFICER, "/stage-2/adjudication", id, """
                    {"decidedOn":"2026-02-27","findings":%s,
                     "recommendations":[{"reference":"R1","accepted":true},{"reference":"R2","accepted":false,"rejectionReason":"Already done"}],
                     "actions":[{"actionRef":"A1","type":"PAYMENT","period":"P1M","amountPence":30000}]}""".formatted(FINDINGS_UPHELD))
                    .statusCode(200).body("clocks.STAGE_2.state", equalTo("MET"));
            post(Roles.COMPLAINTS_OFFICER, "/stage-3/request", id, "{\"requestedOn\":\"2026-03-09\"}").statusCode(200)
                    .body("state", equalTo("STAGE_3_REQUESTED"));
            post(Roles.COMPLAINTS_MANAGER, "/stage-3/panel", id, """
                    {"heldOn":"2026-04-01","members":[{"reference":"PM-7","chair":true,"independentOfCouncil":true},
                     {"reference":"PM-11","independentOfCouncil":true},{"reference":"IP-0042","independentOfCouncil":true}]}""")
                    .statusCode(422).body("type", equalTo("urn:redress:problem:stage-three.stage-two-independent-person-on-panel"));
            post(Roles.COMPLAINTS_MANAGER, "/stage-3/panel", id, """
                    {"heldOn":"2026-04-01","members":[{"reference":"PM-7","chair":true,"independentOfCouncil":true},
                     {"reference":"PM-11","independentOfCouncil":true},{"reference":"PM-19","independentOfCouncil":true}]}""")
                    .statusCode(200).body("clocks.STAGE_3_PANEL.state", equalTo("MET"));
            post(Roles.COMPLAINTS_MANAGER, "/stage-3/report", id, "{\"reportOn\":\"2026-04-07\"}").statusCode(200)
                    .body("clocks.STAGE_3_REPORT.state", equalTo("MET"));
            post(Roles.COMPLAINTS_MANAGER, "/stage-3/response", id, """
                    {"decidedOn":"2026-04-20","recommendations":[{"reference":"P1","accepted":true}],
                     "actions":[{"actionRef":"A1","type":"SERVICE_IMPROVEMENT","period":"P3M","theme":"CARER_ASSESSMENTS"}]}""")
                    .statusCode(200)
                    .body("state", equalTo("STAGE_3_RESPONDED"))
                    .body("clocks.STAGE_3_RESPONSE.state", equalTo("MET"));

            post(Roles.COMPLAINTS_MANAGER, "/ombudsman", id, """
                    {"reference":"25 001 234","decisionDate":"2026-09-30","finding":"FAULT_CAUSING_INJUSTICE",
                     "actions":[{"actionRef":"A1","type":"PAYMENT","period":"P1M","amountPence":50000}]}""")
                    .statusCode(200).body("ombudsman.reference", equalTo("25 001 234"));

            List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.COMPLAINTS, id, 13, Duration.ofSeconds(20));
            assertThat(events).filteredOn(e -> e.type().equals("org.redress.complaint.actions-agreed.v1")).extracting(e -> e.dataJson().path("source").asText())
                    .containsExactly("STAGE_1", "STAGE_2", "STAGE_3", "OMBUDSMAN");
            CloudEventRecords.assertNoMore(Topics.COMPLAINTS, id, 13, Duration.ofSeconds(2));
        }
    }

    @Nested
    class Holds {

        @Test
        void aHoldWithoutTheComplainantToldIsRefused() {
            String id = registerAbout("[\"ASSESSMENT\"]");
            post(Roles.COMPLAINTS_OFFICER, "/holds", id,
                    "{\"reason\":\"LEGAL_PROCEEDINGS\",\"heldOn\":\"2026-01-07\",\"reviewOn\":\"2026-02-07\"}")
                    .statusCode(422)
                    .body("type", equalTo("urn:redress:problem:hold.complainant-not-told"))
                    .body("field", equalTo("complainantToldOn"));
        }

        @Test
        void aHoldReleasedAfterFiveWorkingDaysMovesTheDueDateByExactlyFive() {
            String id = registerAbout("[\"ASSESSMENT\"]");
            get(id).body("stageOneClock.dueDate", equalTo("2026-01-19"));
            post(Roles.COMPLAINTS_OFFICER, "/holds", id, """
                    {"reason":"LEGAL_PROCEEDINGS","heldOn":"2026-01-07","complainantToldOn":"2026-01-07","reviewOn":"2026-02-07"}""")
                    .statusCode(200).body("holds[0].releasedOn", equalTo(null));
            // Wed 7 to Wed 14 January: 5 working days on hold
            post(Roles.COMPLAINTS_OFFICER, "/holds/release", id, "{\"releasedOn\":\"2026-01-14\"}")
                    .statusCode(200)
                    .body("stageOneClock.dueDate", equalTo("2026-01-26"))
                    .body("holds[0].releasedOn", equalTo("2026-01-14"));
        }

        @Test
        void aHoldPastItsReviewDateIsFlagged() {
            String id = registerAbout("[\"ASSESSMENT\"]");
            post(Roles.COMPLAINTS_OFFICER, "/holds", id, """
                    {"reason":"CRIMINAL_INVESTIGATION","heldOn":"2026-01-07","complainantToldOn":"2026-01-07","reviewOn":"2026-02-07"}""")
                    .statusCode(200)
                    .body("flags.code", hasItem("HOLD_PAST_REVIEW"))
                    .body("stageOneClock.state", equalTo("PAUSED"));
        }
    }
}
