package org.redress.e2e.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.e2e.flows.FlowCalls.eventually;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redress.contracts.Topics;
import org.redress.e2e.ApiResponse;
import org.redress.e2e.EventRecord;
import org.redress.e2e.RunReport;
import org.redress.e2e.RunningSuite;
import org.redress.e2e.SuiteExtension;
import org.redress.e2e.TopicReader;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A complaint's stage 2 adjudication agrees four actions and the suite carries them out across
 * its three services, each step by the mechanism the services really use: the adjudication's
 * actions-agreed event opens a remedy case; the case's reassessment-requested event opens a
 * linked assessment; that assessment's completed event completes the reassessment action;
 * payments and completions are recorded over remedy-service's API; and remedy-service's events
 * bring the complaint's own view of its remedy to "complete".
 */
@ExtendWith(SuiteExtension.class)
class ComplaintRemediesFlowIT {

    /** Monday 2 March 2026, inside the stage 2 clock (due Tuesday 3 March). */
    private static final LocalDate ADJUDICATED = LocalDate.of(2026, 3, 2);

    // Due dates worked out by hand from Monday 2 March 2026 (calendar periods, day 0 = the decision):
    /** P1M: 2 March + 1 month = Thursday 2 April 2026. */
    private static final AgreedAction APOLOGY = AgreedAction.of("A1", "APOLOGY", "P1M", LocalDate.of(2026, 4, 2));
    /** P2W: 2 March + 14 days = Monday 16 March 2026; £350 for time and trouble. */
    private static final AgreedAction PAYMENT = AgreedAction.payment("A2", "P2W", LocalDate.of(2026, 3, 16), 35_000);
    /** P4W: 2 March + 28 days = Monday 30 March 2026. */
    private static final AgreedAction REASSESSMENT = AgreedAction.of("A3", "REASSESSMENT", "P4W",
            LocalDate.of(2026, 3, 30));
    /** P3M: 2 March + 3 months = Tuesday 2 June 2026; staff training on assessment timescales. */
    private static final AgreedAction TRAINING = AgreedAction.improvement("A4", "P3M", LocalDate.of(2026, 6, 2),
            "ASSESSMENT_TIMESCALES");
    private static final List<AgreedAction> AGREED = List.of(APOLOGY, PAYMENT, REASSESSMENT, TRAINING);

    @Test
    void anAdjudicationsAgreedActionsAreCarriedOutAcrossTheSuiteAndTheComplaintShowsThemComplete(RunningSuite suite) {
        FlowCalls calls = new FlowCalls(suite);
        String childRef = FlowCalls.newChildRef();

        // complaints-service: intake to adjudication; the adjudication announces the four agreed actions
        ComplaintJourney complaint = ComplaintJourney.received(calls, childRef)
                .throughStageTwo(ADJUDICATED, AgreedAction.json(AGREED));

        // remedy-service opens one case from the actions-agreed event, each action due as worked out above
        JsonNode remedyCase = complaint.remedyCaseOpened("STAGE_2", ADJUDICATED, AGREED);
        String caseId = remedyCase.path("id").asText();

        // assessment-service opens the reassessment the case asked for, linked to its action
        String reassessmentActionId = AgreedAction.find(remedyCase, "A3").path("id").asText();
        JsonNode assessment = linkedAssessment(calls, reassessmentActionId);
        String assessmentId = assessment.path("id").asText();
        assertThat(assessment.path("childRef").asText()).isEqualTo(childRef);
        assertThat(assessment.path("assessmentType").asText()).isEqualTo("CHILD_IN_NEED");
        assertThat(assessment.path("remedy").path("remedyCaseId").asText()).isEqualTo(caseId);
        assertThat(assessment.path("remedy").path("complaintId").asText()).isEqualTo(complaint.id());
        assertThat(assessment.path("remedy").path("remedyDueDate").asText()).isEqualTo(REASSESSMENT.dueDate().toString());

        // the social worker carries out the reassessment and completes it (today, by the real clock)
        var socialWorker = calls.assessments(FlowCalls.SOCIAL_WORKER);
        socialWorker.post("/assessments/" + assessmentId + "/assessors", "{\"assessor\":\"sw-0147\"}").expect(200);
        socialWorker.put("/assessments/" + assessmentId + "/needs", """
                {"code":"N1","area":"EDUCATION","eligible":true,"criteriaScore":9,"wayMet":"LOCAL_OFFER",
                 "reason":"Meets the threshold for eligibility; the local offer homework club meets it"}""").expect(200);
        String reassessedOn = socialWorker.post("/assessments/" + assessmentId + "/completion", "{}").expect(200)
                .text("completedOn");
        assertThat(reassessedOn).isNotBlank();

        // remedy-service completes the reassessment action from the assessment's completed event
        JsonNode reassessed = AgreedAction.find(awaitCase(calls, caseId, "the reassessment action completed",
                c -> "COMPLETED".equals(AgreedAction.find(c, "A3").path("status").asText())), "A3");
        assertThat(reassessed.path("completedOn").asText()).isEqualTo(reassessedOn);
        JsonNode timeline = calls.remedies("remedy-officer").get("/remedy-cases/" + caseId + "/timeline").expect(200).body();
        assertThat(StreamSupport.stream(timeline.spliterator(), false)
                .filter(e -> reassessmentActionId.equals(e.path("actionId").asText()))
                .filter(e -> "COMPLETED".equals(e.path("kind").asText()))
                .map(e -> e.path("evidenceRefs").toString()))
                .as("the reassessment completed with the assessment as its evidence")
                .containsExactly("[\"assessment:" + assessment.path("reference").asText() + "\"]");

        // the payment, in two parts: the action completes only when paid in full
        var remedyOfficer = calls.remedies("remedy-officer");
        String paymentId = AgreedAction.find(remedyCase, "A2").path("id").asText();
        JsonNode partPaid = pay(remedyOfficer, caseId, paymentId, "2026-03-10", 20_000, "AP-2026-000101");
        assertThat(partPaid.path("status").asText()).isNotEqualTo("COMPLETED");
        assertThat(partPaid.path("shortfallPence").asLong()).isEqualTo(15_000);
        JsonNode paid = pay(remedyOfficer, caseId, paymentId, "2026-03-13", 15_000, "AP-2026-000102");
        assertThat(paid.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(paid.path("paidPence").asLong()).isEqualTo(35_000);
        assertThat(paid.path("shortfallPence").asLong()).isZero();
        assertThat(paid.path("completedOn").asText()).isEqualTo("2026-03-13");

        // the apology (sent on time) and the staff training (done late, with its evidence)
        remedyOfficer.post("/remedy-cases/" + caseId + "/actions/" + AgreedAction.find(remedyCase, "A1").path("id")
                .asText() + "/completion", "{\"completedOn\":\"2026-03-25\",\"apologySentOn\":\"2026-03-24\"}")
                .expect(200);
        JsonNode done = remedyOfficer.post("/remedy-cases/" + caseId + "/actions/" + AgreedAction.find(remedyCase, "A4")
                .path("id").asText() + "/completion", """
                {"completedOn":"2026-06-15","evidenceRefs":["TRAINING-2026-14"]}""").expect(200).body();
        assertThat(done.path("complete").asBoolean()).as("remedy case complete: %s", done).isTrue();

        // complaints-service shows the case complete from remedy-service's events, each counted once:
        // on time are the payment (13 March <= 16 March) and the apology (25 March <= 2 April); late are
        // the reassessment (completed today, after 30 March) and the training (15 June, after 2 June)
        String progressPath = "/complaints/" + complaint.id() + "/remedy-cases";
        ApiResponse progress = eventually("complaint " + complaint.reference() + " showing its remedy complete",
                () -> calls.complaints("complaints-officer").get(progressPath),
                r -> r.status() == 200 && r.node("0.complete").asBoolean());
        assertComplaintShowsEveryActionDone(progress, caseId, reassessedOn);
        sleep(Duration.ofSeconds(2)); // a late duplicate effect would show now
        assertComplaintShowsEveryActionDone(calls.complaints("complaints-officer").get(progressPath).expect(200), caseId,
                reassessedOn);

        // each event of the flow was published once and applied once
        assertThat(suite.remedies().database().count("select count(*) from remedy_case where complaint_id = ?::uuid",
                complaint.id())).as("remedy cases for the one decision").isEqualTo(1);
        FlowEvents events = FlowEvents.read(new TopicReader(suite.bootstrapServers()), Map.of(
                Topics.COMPLAINTS, Set.of(complaint.id()),
                Topics.REMEDIES, Set.of(caseId),
                Topics.ASSESSMENTS, Set.of(assessmentId)));
        events.assertCounts(complaint.id(), Map.of("complaint.actions-agreed", 1));
        events.assertCounts(caseId, Map.of("remedy.case-opened", 1, "remedy.action-created", 4,
                "remedy.reassessment-requested", 1, "remedy.payment-recorded", 2, "remedy.action-completed", 4,
                "remedy.case-completed", 1));
        events.assertCounts(assessmentId, Map.of("assessment.opened", 1, "assessment.completed", 1));
        assertThat(events.duplicated()).isZero();

        RunReport.passed("Flow: complaint to remedies and back",
                "stage 2 adjudication with 4 agreed actions → remedy case → linked reassessment completed → "
                        + "payment in 2 parts, apology, training → complaint shows all complete (sent = commands)",
                calls.commandsSent(), remedyCase.path("actions").size(), events.delivered(), events.duplicated(),
                AgreedAction.missingFrom(remedyCase.path("actions"), AGREED).size());
    }

    /** Records a payment for time and trouble; returns the payment action as it stands after it. */
    private static JsonNode pay(FlowCalls.Caller remedyOfficer, String caseId, String actionId, String paidOn,
            long pence, String financeReference) {
        return AgreedAction.find(remedyOfficer.post("/remedy-cases/" + caseId + "/actions/" + actionId + "/payments",
                "{\"kind\":\"TIME_AND_TROUBLE\",\"paidOn\":\"%s\",\"amountPence\":%d,\"reference\":\"%s\"}"
                        .formatted(paidOn, pence, financeReference)).expect(201).body(), "A2");
    }

    private static void assertComplaintShowsEveryActionDone(ApiResponse progress, String caseId, String reassessedOn) {
        assertThat(progress.body()).as("remedy cases of the complaint").hasSize(1);
        assertThat(progress.text("0.remedyCaseId")).isEqualTo(caseId);
        assertThat(progress.text("0.source")).isEqualTo("STAGE_2");
        assertThat(progress.text("0.decisionDate")).isEqualTo(ADJUDICATED.toString());
        assertThat(progress.node("0.actionCount").asInt()).isEqualTo(4);
        assertThat(progress.node("0.actionsCompleted").asInt()).isEqualTo(4);
        assertThat(progress.node("0.actionsCompletedOnTime").asInt()).isEqualTo(2);
        assertThat(progress.node("0.actionsOverdue").asInt()).isZero();
        assertThat(progress.node("0.paidPence").asLong()).isEqualTo(35_000);
        assertThat(progress.node("0.complete").asBoolean()).isTrue();
        // complete on the day its last action was done: the reassessment (today), although the training,
        // done on 15 June, was recorded after it
        assertThat(progress.text("0.completedOn")).isEqualTo(reassessedOn);
    }

    /**
     * The one assessment assessment-service opened for the reassessment action, found by the
     * assessment.opened event that names the action, and read back over its API.
     */
    private static JsonNode linkedAssessment(FlowCalls calls, String actionId) {
        List<EventRecord> opened = new TopicReader(calls.suite().bootstrapServers()).await(Topics.ASSESSMENTS,
                records -> !openedFor(records, actionId).isEmpty(), FlowCalls.EVENTUAL,
                "an assessment opened for reassessment action " + actionId);
        assertThat(openedFor(opened, actionId)).as("assessments opened for the one reassessment action").hasSize(1);
        String assessmentId = openedFor(opened, actionId).get(0).key();
        return calls.assessments("remedy-officer").get("/assessments/" + assessmentId).expect(200).body();
    }

    private static List<EventRecord> openedFor(List<EventRecord> records, String actionId) {
        return records.stream()
                .filter(r -> "assessment.opened".equals(r.shortType()))
                .filter(r -> actionId.equals(r.data().path("remedyActionId").asText()))
                .toList();
    }

    private static JsonNode awaitCase(FlowCalls calls, String caseId, String what,
            java.util.function.Predicate<JsonNode> done) {
        return eventually(what, () -> calls.remedies("remedy-officer").get("/remedy-cases/" + caseId),
                r -> r.status() == 200 && done.test(r.body())).body();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
