package org.redress.e2e.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.redress.e2e.ApiResponse;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Drives one complaint through the statutory children's procedure over complaints-service's API,
 * step by step as the council's staff would: intake, the stage 1 response, the stage 2 request,
 * the investigation and its adjudication, and the Ombudsman's decision. Each step checks the
 * complaint moved where it should. The dates are fixed days of early 2026 that meet every clock.
 */
final class ComplaintJourney {

    /** Monday 5 January 2026: stage 1 due Monday 19 January. */
    static final LocalDate RECEIVED = LocalDate.of(2026, 1, 5);
    static final LocalDate STAGE_ONE_RESPONDED = LocalDate.of(2026, 1, 16);
    static final LocalDate STAGE_TWO_REQUESTED = LocalDate.of(2026, 1, 20);
    static final LocalDate APPOINTED = LocalDate.of(2026, 1, 21);
    /** The statement agreed on Tuesday 27 January starts the 25-working-day clock: due Tuesday 3 March. */
    static final LocalDate STATEMENT_AGREED = LocalDate.of(2026, 1, 27);
    static final LocalDate INVESTIGATING_OFFICER_REPORTED = LocalDate.of(2026, 2, 20);
    /** The investigating officer appointed to the journey's complaint, known by the reference the appointment names. */
    static final String INVESTIGATING_OFFICER = "investigating-officer@IO-2231";
    /** The independent person and the adjudicating officer appointed to it, each by their own reference. */
    static final String INDEPENDENT_PERSON = "independent-person@IP-0042";
    static final String ADJUDICATING_OFFICER = "adjudicating-officer@AO-0107";
    static final LocalDate INDEPENDENT_PERSON_REPORTED = LocalDate.of(2026, 2, 23);

    private static final String FINDINGS_UPHELD = """
            [{"point":1,"finding":"UPHELD","faultAccepted":true},{"point":2,"finding":"PARTLY_UPHELD"}]""";

    private final FlowCalls calls;
    private final String id;
    private final String reference;
    private final String childRef;

    private ComplaintJourney(FlowCalls calls, String id, String reference, String childRef) {
        this.calls = calls;
        this.id = id;
        this.reference = reference;
        this.childRef = childRef;
    }

    /** A parent's complaint about their child's assessment, received by email. */
    static ComplaintJourney received(FlowCalls calls, String childRef) {
        ApiResponse created = calls.complaints("complaints-officer").post("/complaints", """
                {"receivedDate":"%s","channel":"EMAIL","complainantRole":"PARENT",
                 "childReferences":["%s"],"subjectMatters":["ASSESSMENT"],
                 "points":["The assessment took too long","No short breaks were offered"],
                 "desiredOutcomes":["A new assessment"]}""".formatted(RECEIVED, childRef)).expect(201);
        assertThat(created.text("procedure")).isEqualTo("STATUTORY_CHILDREN");
        return new ComplaintJourney(calls, created.id(), created.text("reference"), childRef);
    }

    /** Stage 1: both points upheld, no actions agreed yet. */
    ComplaintJourney respondedAtStageOne() {
        command("complaints-officer", "/stage-1/response", """
                {"decidedOn":"%s","findings":%s,"actions":[]}""".formatted(STAGE_ONE_RESPONDED, FINDINGS_UPHELD),
                "STAGE_1_RESPONDED");
        return this;
    }

    ComplaintJourney stageTwoRequested() {
        command("complaints-officer", "/stage-2/request", "{\"requestedOn\":\"%s\"}".formatted(STAGE_TWO_REQUESTED),
                "STAGE_2_REQUESTED");
        return this;
    }

    /**
     * An investigating officer, an independent person and an adjudicating officer appointed, and the statement of
     * complaint agreed by the officer.
     */
    ComplaintJourney investigationStarted() {
        command("complaints-manager", "/stage-2/appointments/investigating-officer",
                "{\"reference\":\"IO-2231\",\"appointedOn\":\"%s\"}".formatted(APPOINTED), "STAGE_2_REQUESTED");
        command("complaints-manager", "/stage-2/appointments/independent-person", """
                {"reference":"IP-0042","appointedOn":"%1$s",
                 "declaration":{"declaredOn":"%1$s","notMemberOrOfficer":true,"notSpouseOrPartnerOfMemberOrOfficer":true}}"""
                .formatted(APPOINTED), "STAGE_2_REQUESTED");
        command("complaints-manager", "/stage-2/appointments/adjudicating-officer",
                "{\"reference\":\"AO-0107\",\"appointedOn\":\"%s\"}".formatted(APPOINTED), "STAGE_2_REQUESTED");
        ApiResponse agreed = calls.complaints(INVESTIGATING_OFFICER).put("/complaints/" + id + "/stage-2/statement",
                "{\"agreedOn\":\"%s\",\"agreedBy\":\"IO-2231\"}".formatted(STATEMENT_AGREED)).expect(200);
        assertThat(agreed.text("state")).isEqualTo("STAGE_2_INVESTIGATING");
        return this;
    }

    /** Both reports in: the investigating officer's and the independent person's. */
    ComplaintJourney reportsReceived() {
        command(INVESTIGATING_OFFICER, "/stage-2/investigating-officer-report",
                "{\"reportedOn\":\"%s\"}".formatted(INVESTIGATING_OFFICER_REPORTED), "STAGE_2_INVESTIGATING");
        command(INDEPENDENT_PERSON, "/stage-2/independent-person-report",
                "{\"reportedOn\":\"%s\"}".formatted(INDEPENDENT_PERSON_REPORTED), "STAGE_2_INVESTIGATING");
        return this;
    }

    /** The adjudicating officer upholds the points and agrees {@code actions} (a JSON array), within the clock. */
    ComplaintJourney adjudicated(LocalDate decidedOn, String actions) {
        ApiResponse adjudicated = command(ADJUDICATING_OFFICER, "/stage-2/adjudication", """
                {"decidedOn":"%s","findings":%s,"actions":%s}""".formatted(decidedOn, FINDINGS_UPHELD, actions),
                "STAGE_2_ADJUDICATED");
        assertThat(adjudicated.text("clocks.STAGE_2.state")).isEqualTo("MET");
        return this;
    }

    /** The whole of stage 1 and stage 2 up to an adjudication that agrees {@code actions}. */
    ComplaintJourney throughStageTwo(LocalDate adjudicatedOn, String actions) {
        return respondedAtStageOne().stageTwoRequested().investigationStarted().reportsReceived()
                .adjudicated(adjudicatedOn, actions);
    }

    /** The Ombudsman's decision on an early referral after stage 2, agreeing {@code actions} (a JSON array). */
    ComplaintJourney ombudsmanDecided(String ombudsmanReference, LocalDate decisionDate, String actions) {
        ApiResponse decided = calls.complaints("complaints-manager").post("/complaints/" + id + "/ombudsman", """
                {"reference":"%s","earlyReferral":true,"decisionDate":"%s","finding":"FAULT_CAUSING_INJUSTICE",
                 "formalReport":false,"actions":%s}""".formatted(ombudsmanReference, decisionDate, actions)).expect(200);
        assertThat(decided.text("ombudsman.reference")).isEqualTo(ombudsmanReference);
        return this;
    }

    /**
     * Waits for remedy-service to open the case for this complaint's decision of {@code decided}
     * from {@code source}, and checks it holds exactly the {@code agreed} actions, each with the
     * due date the test worked out by hand.
     */
    JsonNode remedyCaseOpened(String source, LocalDate decided, List<AgreedAction> agreed) {
        JsonNode remedyCase = FlowCalls.eventually("a remedy case for complaint " + reference,
                () -> calls.remedies("remedy-officer").get("/remedy-cases?complaintId=" + id),
                r -> r.status() == 200 && r.node("items").size() > 0).node("items.0");
        assertThat(remedyCase.path("source").asText()).isEqualTo(source);
        assertThat(remedyCase.path("decisionDate").asText()).isEqualTo(decided.toString());
        assertThat(remedyCase.path("complaintReference").asText()).isEqualTo(reference);
        assertThat(remedyCase.path("childReferences").get(0).asText()).isEqualTo(childRef);
        assertThat(remedyCase.path("actions")).hasSize(agreed.size());
        assertThat(AgreedAction.missingFrom(remedyCase.path("actions"), agreed))
                .as("agreed actions not on the remedy case %s", remedyCase).isEmpty();
        return remedyCase;
    }

    private ApiResponse command(String role, String path, String body, String expectedState) {
        ApiResponse response = calls.complaints(role).post("/complaints/" + id + path, body).expect(200);
        assertThat(response.text("state")).as("state after %s", path).isEqualTo(expectedState);
        return response;
    }

    String id() {
        return id;
    }

    String reference() {
        return reference;
    }

    String childRef() {
        return childRef;
    }
}
