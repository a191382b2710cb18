package org.redress.e2e.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.e2e.flows.FlowCalls.eventually;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redress.contracts.Topics;
import org.redress.e2e.ApiResponse;
import org.redress.e2e.RunReport;
import org.redress.e2e.RunningSuite;
import org.redress.e2e.SuiteExtension;
import org.redress.e2e.TopicReader;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A complaint referred early to the Ombudsman after a stage 2 adjudication that agreed nothing:
 * the Ombudsman's decision, recorded in complaints-service with its agreed actions, becomes one
 * remedy case in remedy-service with each action due a calendar period after the decision, and
 * the complaint lists that case.
 */
@ExtendWith(SuiteExtension.class)
class OmbudsmanRemedyFlowIT {

    /** Monday 2 March 2026. */
    private static final LocalDate ADJUDICATED = LocalDate.of(2026, 3, 2);
    /** Friday 31 July 2026: a month end, so the month periods show their clamping. */
    private static final LocalDate OMBUDSMAN_DECIDED = LocalDate.of(2026, 7, 31);

    // Due dates worked out by hand from Friday 31 July 2026 (day 0 = the decision):
    /** P4W: 31 July + 28 days = Friday 28 August 2026. */
    private static final AgreedAction APOLOGY = AgreedAction.of("A1", "APOLOGY", "P4W", LocalDate.of(2026, 8, 28));
    /** P1M: 31 July + 1 month = Monday 31 August 2026; £500 for distress. */
    private static final AgreedAction PAYMENT = AgreedAction.payment("A2", "P1M", LocalDate.of(2026, 8, 31), 50_000);
    /** P2M: 31 July + 2 months = 31 September, clamped to Wednesday 30 September 2026. */
    private static final AgreedAction EVIDENCE = AgreedAction.of("A3", "EVIDENCE_TO_OMBUDSMAN", "P2M",
            LocalDate.of(2026, 9, 30));
    /** P3M: 31 July + 3 months = Saturday 31 October 2026. */
    private static final AgreedAction POLICY_REVIEW = AgreedAction.improvement("A4", "P3M", LocalDate.of(2026, 10, 31),
            "SHORT_BREAKS_POLICY");
    private static final List<AgreedAction> AGREED = List.of(APOLOGY, PAYMENT, EVIDENCE, POLICY_REVIEW);

    @Test
    void theOmbudsmansDecisionBecomesOneRemedyCaseWithItsActionsDueFromTheDecision(RunningSuite suite) {
        FlowCalls calls = new FlowCalls(suite);
        String childRef = FlowCalls.newChildRef();

        ComplaintJourney complaint = ComplaintJourney.received(calls, childRef)
                .throughStageTwo(ADJUDICATED, "[]")
                .ombudsmanDecided("26 004 321", OMBUDSMAN_DECIDED, AgreedAction.json(AGREED));

        // remedy-service: one case, from the Ombudsman's decision, with exactly the agreed actions
        JsonNode remedyCase = complaint.remedyCaseOpened("OMBUDSMAN", OMBUDSMAN_DECIDED, AGREED);
        String caseId = remedyCase.path("id").asText();
        assertThat(remedyCase.path("complete").asBoolean()).isFalse();

        // complaints-service lists the case from remedy-service's case-opened event
        ApiResponse listed = eventually("complaint " + complaint.reference() + " listing its remedy case",
                () -> calls.complaints("complaints-manager").get("/complaints/" + complaint.id() + "/remedy-cases"),
                r -> r.status() == 200 && r.body().size() > 0);
        assertThat(listed.body()).hasSize(1);
        assertThat(listed.text("0.remedyCaseId")).isEqualTo(caseId);
        assertThat(listed.text("0.source")).isEqualTo("OMBUDSMAN");
        assertThat(listed.text("0.decisionDate")).isEqualTo(OMBUDSMAN_DECIDED.toString());
        assertThat(listed.node("0.actionCount").asInt()).isEqualTo(4);
        assertThat(listed.node("0.actionsCompleted").asInt()).isZero();
        assertThat(listed.node("0.complete").asBoolean()).isFalse();

        // the decision was announced once, and applied once
        assertThat(suite.remedies().database().count("select count(*) from remedy_case where complaint_id = ?::uuid",
                complaint.id())).as("remedy cases for the complaint").isEqualTo(1);
        FlowEvents events = FlowEvents.read(new TopicReader(suite.bootstrapServers()), Map.of(
                Topics.COMPLAINTS, Set.of(complaint.id()),
                Topics.REMEDIES, Set.of(caseId)));
        events.assertCounts(complaint.id(), Map.of("complaint.ombudsman-decision-recorded", 1));
        assertThat(events.of(complaint.id(), "complaint.actions-agreed")).singleElement()
                .satisfies(agreed -> assertThat(agreed.data().path("source").asText()).isEqualTo("OMBUDSMAN"));
        events.assertCounts(caseId, Map.of("remedy.case-opened", 1, "remedy.action-created", 4));
        assertThat(events.duplicated()).isZero();

        RunReport.passed("Flow: Ombudsman decision to remedy case",
                "early referral after stage 2; Ombudsman decision of 31 July with 4 actions → 1 remedy case, "
                        + "due dates month-end clamped → listed on the complaint (sent = commands)",
                calls.commandsSent(), remedyCase.path("actions").size(), events.delivered(), events.duplicated(),
                AgreedAction.missingFrom(remedyCase.path("actions"), AGREED).size());
    }
}
