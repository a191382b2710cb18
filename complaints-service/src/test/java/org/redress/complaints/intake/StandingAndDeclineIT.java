package org.redress.complaints.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.redress.complaints.ComplaintRequests.get;
import static org.redress.complaints.ComplaintRequests.post;
import static org.redress.complaints.intake.IntakeRequests.registerAbout;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.complaints.ComplaintRequests;
import org.redress.complaints.breaches.application.SweepingClockBreaches;
import org.redress.complaints.stageone.StageOneRequests;
import org.redress.contracts.Topics;
import org.redress.servicekit.security.Roles;
import org.redress.servicekit.sweep.SweepRunner;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A sufficient-interest complainant's standing, and declining a complaint while proceedings run,
 * through HTTP, PostgreSQL and Kafka.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class StandingAndDeclineIT {

    private static final String ACCEPTED = """
            {"decision":"ACCEPTED","decidedOn":"2026-01-07","childViewsTakenIntoAccount":true,"childViewsTakenIntoAccountOn":"2026-01-06"}""";

    @Inject
    SweepingClockBreaches sweeping;

    @Inject
    SweepRunner sweepRunner;

    /** Received Monday 5 January 2026 from someone relying on sufficient interest in the child's welfare. */
    static String registerFromSufficientInterest() {
        return IntakeRequests.register(IntakeRequests.complaintReceivedOn(LocalDate.of(2026, 1, 5))
                .replace("\"PARENT\"", "\"SUFFICIENT_INTEREST\"")
                .replace("\"desiredOutcomes\"", "\"subjectMatters\":[\"ASSESSMENT\"],\"desiredOutcomes\""))
                .statusCode(201).body("state", equalTo("AWAITING_STANDING_DECISION")).extract().path("id");
    }

    @Nested
    class SufficientInterest {

        @Test
        void waitsForTheStandingDecisionAndStageOneRunsTenWorkingDaysFromAcceptance() {
            String id = registerFromSufficientInterest();
            get(id).body("stageOneClock", nullValue())
                    .body("clocks.STANDING_DECISION.dueDate", equalTo("2026-01-12"));
            post(Roles.COMPLAINTS_OFFICER, "/stage-1/response", id, StageOneRequests.STAGE_ONE_RESPONSE)
                    .statusCode(409).body("type", equalTo("urn:redress:problem:standing.undecided"));
            post(Roles.COMPLAINTS_OFFICER, "/standing-decision", id, ACCEPTED).statusCode(403);

            post(Roles.COMPLAINTS_MANAGER, "/standing-decision", id, ACCEPTED).statusCode(200)
                    .body("state", equalTo("STAGE_1_OPEN"))
                    .body("standingDecision.outcome", equalTo("ACCEPTED"))
                    .body("stageOneClock.start", equalTo("2026-01-07"))
                    .body("stageOneClock.dueDate", equalTo("2026-01-21"))
                    .body("clocks.STANDING_DECISION.state", equalTo("MET"));

            List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.COMPLAINTS, id, 4, Duration.ofSeconds(20));
            assertThat(events).extracting(ReceivedCloudEvent::type).containsExactly(
                    "org.redress.complaint.registered.v1", "org.redress.complaint.routed.v1",
                    "org.redress.complaint.standing-decided.v1", "org.redress.complaint.stage-opened.v1");
            assertThat(events.get(0).dataJson().path("stageOneDueDate").isNull()).isTrue();
            assertThat(events.get(3).dataJson().path("dueDate").asText()).isEqualTo("2026-01-21");
            CloudEventRecords.assertNoMore(Topics.COMPLAINTS, id, 4, Duration.ofSeconds(2));
        }

        @Test
        void aRefusalNeedsTheDayThePersonWasToldAndEndsTheComplaintWithoutClosingIt() {
            String id = registerFromSufficientInterest();
            post(Roles.COMPLAINTS_MANAGER, "/standing-decision", id, """
                    {"decision":"REFUSED","decidedOn":"2026-01-07","childViewsTakenIntoAccount":true,"childViewsTakenIntoAccountOn":"2026-01-06","reason":"No part in the child's care"}""")
                    .statusCode(422).body("type", equalTo("urn:redress:problem:standing.refusal-not-told"));
            post(Roles.COMPLAINTS_MANAGER, "/standing-decision", id, """
                    {"decision":"REFUSED","decidedOn":"2026-01-07","childViewsTakenIntoAccount":true,"childViewsTakenIntoAccountOn":"2026-01-06","reason":"No part in the child's care","personToldOn":"2026-01-08","childToldOn":"2026-01-09"}""")
                    .statusCode(200).body("state", equalTo("REFUSED_STANDING")).body("closure", nullValue())
                    .body("standingDecision.childToldOn", equalTo("2026-01-09"));
        }

        @Test
        void anUndecidedStandingIsAnnouncedAsBreachedOnceAndFlagged() {
            String id = registerFromSufficientInterest();
            sweepRunner.drain(sweeping, LocalDate.of(2026, 1, 12));
            sweepRunner.drain(sweeping, LocalDate.of(2026, 1, 13));
            sweepRunner.drain(sweeping, LocalDate.of(2026, 1, 14));
            List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.COMPLAINTS, id, 3, Duration.ofSeconds(20));
            assertThat(events.get(2).type()).isEqualTo("org.redress.complaint.clock-breached.v1");
            assertThat(events.get(2).dataJson().path("clock").asText()).isEqualTo("STANDING_DECISION");
            assertThat(events.get(2).dataJson().path("breachedOn").asText()).isEqualTo("2026-01-13");
            CloudEventRecords.assertNoMore(Topics.COMPLAINTS, id, 3, Duration.ofSeconds(2));
            get(id).body("flags.code", hasItem("STANDING_DECISION_OVERDUE"));
        }
    }

    @Nested
    class DecliningForProceedings {

        @Test
        void aDeclineNeedsTheComplainantToldInWriting() {
            String id = registerAbout("[\"ASSESSMENT\"]");
            post(Roles.COMPLAINTS_MANAGER, "/declines", id, """
                    {"scope":"WHOLE","proceedings":"CRIMINAL","declinedOn":"2026-01-07","reviewOn":"2026-03-02"}""")
                    .statusCode(422).body("type", equalTo("urn:redress:problem:decline.complainant-not-told"))
                    .body("field", equalTo("complainantToldInWritingOn"));
        }

        @Test
        void declinedWholeTheClockStopsUntilTheProceedingsEndAndThenResumesWithTheDaysLeft() {
            String id = registerAbout("[\"ASSESSMENT\"]");
            post(Roles.COMPLAINTS_MANAGER, "/declines", id, """
                    {"scope":"WHOLE","proceedings":"CRIMINAL","declinedOn":"2026-01-07","complainantToldInWritingOn":"2026-01-07","reviewOn":"2026-03-02"}""")
                    .statusCode(200).body("stageOneClock.state", equalTo("PAUSED"))
                    .body("declines[0].points", equalTo(List.of(1, 2)))
                    .body("flags.code", hasItem("DECLINE_PAST_REVIEW"));
            post(Roles.COMPLAINTS_OFFICER, "/stage-1/response", id, StageOneRequests.STAGE_ONE_RESPONSE)
                    .statusCode(409).body("type", equalTo("urn:redress:problem:decline.declined"));
            // Wed 7 to Wed 14 January: 5 working days declined, so stage 1 is due Mon 26 instead of Mon 19 January
            post(Roles.COMPLAINTS_MANAGER, "/declines/end", id, """
                    {"proceedingsEndedOn":"2026-01-13","resumedOn":"2026-01-14"}""")
                    .statusCode(200).body("stageOneClock.dueDate", equalTo("2026-01-26"))
                    .body("declines[0].resumedOn", equalTo("2026-01-14"))
                    .body("flags.code", not(hasItem("DECLINE_PAST_REVIEW")));

            List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.COMPLAINTS, id, 5, Duration.ofSeconds(20));
            assertThat(events).extracting(ReceivedCloudEvent::type).endsWith("org.redress.complaint.declined.v1",
                    "org.redress.complaint.decline-ended.v1");
            assertThat(events.get(3).dataJson().path("complainantToldInWritingOn").asText()).isEqualTo("2026-01-07");
            ComplaintRequests.timeline(id).body("what", hasItem("complaint.declined"))
                    .body("what", hasItem("complaint.decline-ended"));
        }
    }
}
