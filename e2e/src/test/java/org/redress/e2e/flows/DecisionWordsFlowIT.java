package org.redress.e2e.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * What a decision agreed reaches the people who carry it out in the decision's own words and on its own
 * day, across the three services: a reassessment agreed at stage 2 "minimising the children's contact with
 * professionals" is on the remedy case with its description, owner and condition, and the linked
 * assessment starts on the adjudication day under that condition; and the Ombudsman's decision on a
 * complaint the council never took past stage 1 (taken early for the council's delay) opens a remedy case
 * linked to the complaint.
 */
@ExtendWith(SuiteExtension.class)
class DecisionWordsFlowIT {

    /** Monday 2 March 2026, inside the stage 2 clock (due Tuesday 3 March). */
    private static final LocalDate ADJUDICATED = LocalDate.of(2026, 3, 2);
    private static final String CONDITION = "Keep the children's contact with professionals to a minimum: "
            + "one visit, at home, with the family's chosen advocate present";
    private static final String DESCRIPTION = "Reassess the child's needs, including short breaks at home";
    private static final String OWNER = "Children with Disabilities team manager";
    /** P4W: 2 March + 28 days = Monday 30 March 2026. */
    private static final AgreedAction REASSESSMENT = AgreedAction.of("A1", "REASSESSMENT", "P4W",
            LocalDate.of(2026, 3, 30));

    @Test
    void aReassessmentIsCarriedOutFromTheDayItWasAgreedUnderTheConditionsItWasAgreedWith(RunningSuite suite) {
        FlowCalls calls = new FlowCalls(suite);
        String childRef = FlowCalls.newChildRef();
        String actions = """
                [{"actionRef":"A1","type":"REASSESSMENT","period":"P4W","description":"%s","owner":"%s",
                  "conditions":["%s"]}]""".formatted(DESCRIPTION, OWNER, CONDITION);

        ComplaintJourney complaint = ComplaintJourney.received(calls, childRef).throughStageTwo(ADJUDICATED, actions);

        // remedy-service: the action in the adjudication's words
        JsonNode remedyCase = complaint.remedyCaseOpened("STAGE_2", ADJUDICATED, List.of(REASSESSMENT));
        JsonNode action = AgreedAction.find(remedyCase, "A1");
        assertThat(action.path("description").asText()).isEqualTo(DESCRIPTION);
        assertThat(action.path("owner").asText()).isEqualTo(OWNER);
        assertThat(action.path("conditions")).extracting(JsonNode::asText).containsExactly(CONDITION);

        // assessment-service: the linked reassessment counts from the adjudication, under its condition
        String actionId = action.path("id").asText();
        List<EventRecord> opened = new TopicReader(suite.bootstrapServers()).await(Topics.ASSESSMENTS,
                records -> !openedFor(records, actionId).isEmpty(), FlowCalls.EVENTUAL,
                "an assessment opened for reassessment action " + actionId);
        assertThat(openedFor(opened, actionId)).as("assessments opened for the one action").hasSize(1);
        String assessmentId = openedFor(opened, actionId).get(0).key();
        JsonNode assessment = calls.assessments("remedy-officer").get("/assessments/" + assessmentId).expect(200)
                .body();
        assertThat(assessment.path("startDate").asText()).as("day 0 of the reassessment's clock")
                .isEqualTo(ADJUDICATED.toString());
        assertThat(assessment.path("conditions")).extracting(JsonNode::asText).containsExactly(CONDITION);
        assertThat(assessment.path("remedy").path("remedyDueDate").asText())
                .isEqualTo(REASSESSMENT.dueDate().toString());

        FlowEvents events = FlowEvents.read(new TopicReader(suite.bootstrapServers()), Map.of(
                Topics.COMPLAINTS, Set.of(complaint.id()),
                Topics.REMEDIES, Set.of(remedyCase.path("id").asText())));
        events.assertCounts(remedyCase.path("id").asText(), Map.of("remedy.reassessment-requested", 1));
        JsonNode requested = events.of(remedyCase.path("id").asText(), "remedy.reassessment-requested").get(0).data();
        assertThat(requested.path("agreedOn").asText()).isEqualTo(ADJUDICATED.toString());
        assertThat(requested.path("conditions")).extracting(JsonNode::asText).containsExactly(CONDITION);
        assertThat(events.duplicated()).isZero();

        RunReport.passed("Flow: a decision's words and day reach the reassessment",
                "stage 2 reassessment with description, owner and condition → remedy action in those words → "
                        + "linked assessment from the adjudication day under the condition (sent = commands)",
                calls.commandsSent(), 1, events.delivered(), events.duplicated(), 0);
    }

    @Test
    void theOmbudsmansDecisionOnAComplaintTheCouncilLeftAtStageOneOpensARemedyCaseLinkedToIt(RunningSuite suite) {
        FlowCalls calls = new FlowCalls(suite);
        String childRef = FlowCalls.newChildRef();
        LocalDate decided = LocalDate.of(2026, 6, 10);
        AgreedAction apology = AgreedAction.of("A1", "APOLOGY", "P1M", LocalDate.of(2026, 7, 10));

        // received on 5 January, never answered at stage 1: the Ombudsman takes it for the council's delay
        ComplaintJourney complaint = ComplaintJourney.received(calls, childRef);
        ApiResponse recorded = calls.complaints("complaints-manager").post("/complaints/" + complaint.id()
                + "/ombudsman", """
                {"reference":"25-019-871","route":"COUNCIL_DELAY","decisionDate":"%s",
                 "finding":"FAULT_CAUSING_INJUSTICE","formalReport":false,
                 "actions":[{"actionRef":"A1","type":"APOLOGY","period":"P1M",
                             "description":"Apologise to the family for not answering their complaint",
                             "owner":"Director of Children's Services"}]}""".formatted(decided)).expect(200);
        assertThat(recorded.text("ombudsman.route")).isEqualTo("COUNCIL_DELAY");

        JsonNode remedyCase = complaint.remedyCaseOpened("OMBUDSMAN", decided, List.of(apology));
        assertThat(remedyCase.path("complaintId").asText()).isEqualTo(complaint.id());
        assertThat(AgreedAction.find(remedyCase, "A1").path("owner").asText())
                .isEqualTo("Director of Children's Services");

        FlowEvents events = FlowEvents.read(new TopicReader(suite.bootstrapServers()),
                Map.of(Topics.COMPLAINTS, Set.of(complaint.id())));
        events.assertCounts(complaint.id(), Map.of("complaint.ombudsman-decision-recorded", 1,
                "complaint.actions-agreed", 1));
        assertThat(events.of(complaint.id(), "complaint.ombudsman-decision-recorded").get(0).data()
                .path("route").asText()).isEqualTo("COUNCIL_DELAY");
        assertThat(events.duplicated()).isZero();

        RunReport.passed("Flow: the Ombudsman's decision on a complaint left at stage 1",
                "Ombudsman takes a complaint early for the council's delay → decision recorded on the complaint → "
                        + "remedy case linked to it (sent = commands)",
                calls.commandsSent(), 1, events.delivered(), events.duplicated(), 0);
    }

    private static List<EventRecord> openedFor(List<EventRecord> records, String actionId) {
        return records.stream()
                .filter(r -> "assessment.opened".equals(r.shortType()))
                .filter(r -> actionId.equals(r.data().path("remedyActionId").asText()))
                .toList();
    }
}
