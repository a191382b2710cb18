package org.redress.e2e.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redress.clients.assessments.api.AssessmentsApi;
import org.redress.clients.assessments.model.Assessment;
import org.redress.clients.assessments.model.AssessmentType;
import org.redress.clients.assessments.model.AssignAssessorRequest;
import org.redress.clients.assessments.model.CompleteAssessmentRequest;
import org.redress.clients.assessments.model.NeedArea;
import org.redress.clients.assessments.model.RecordNeedRequest;
import org.redress.clients.assessments.model.WayMet;
import org.redress.clients.complaints.api.ComplaintStagesApi;
import org.redress.clients.complaints.api.ComplaintsApi;
import org.redress.clients.complaints.api.RemedyProgressApi;
import org.redress.clients.complaints.model.ActionType;
import org.redress.clients.complaints.model.AgreedActionBody;
import org.redress.clients.complaints.model.Channel;
import org.redress.clients.complaints.model.ComplainantRole;
import org.redress.clients.complaints.model.Complaint;
import org.redress.clients.complaints.model.ComplaintRemedyCase;
import org.redress.clients.complaints.model.ComplaintState;
import org.redress.clients.complaints.model.Procedure;
import org.redress.clients.complaints.model.PointFindingInput;
import org.redress.clients.complaints.model.RegisterComplaintRequest;
import org.redress.clients.complaints.model.StageDecisionRequest;
import org.redress.clients.complaints.model.StageFinding;
import org.redress.clients.complaints.model.SubjectMatter;
import org.redress.clients.remedies.api.RemedyActionsApi;
import org.redress.clients.remedies.api.RemedyCasesApi;
import org.redress.clients.remedies.model.RemedyAction;
import org.redress.clients.remedies.model.RemedyCase;
import org.redress.clients.remedies.model.RemedySource;
import org.redress.clients.remedies.model.RemedyTimelineEntry;
import org.redress.contracts.Topics;
import org.redress.e2e.Api;
import org.redress.e2e.EventRecord;
import org.redress.e2e.RunReport;
import org.redress.e2e.RunningSuite;
import org.redress.e2e.SuiteExtension;
import org.redress.e2e.TopicReader;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The main flow of Redress driven only through Java clients generated from the three services' committed
 * OpenAPI documents, as an integrator would build them: a complaint registered, its stage 1 response
 * agreeing a reassessment, the remedy case remedy-service opens for it, the reassessment assessment-service
 * opens for that action, the assessment completed, and the action, the case and the complaint's view of
 * its remedy complete in turn.
 *
 * <p>Every request is written by a generated model and every answer read by one, with unknown properties
 * refused: a field a service sends that its document does not describe, a value outside a documented
 * enum, or a renamed or retyped field fails this flow, and a document that no longer generates a
 * compiling client fails the build. Only the cross-service step the documents cannot show, which
 * assessment the reassessment action opened, is read from the assessments topic. States, sources and types
 * are the documents' enums, compared as such; a page's items are typed by its page schema.
 */
@ExtendWith(SuiteExtension.class)
class GeneratedClientFlowIT {

    /** Monday 5 January 2026. */
    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 5);
    /** Friday 16 January 2026, inside the stage 1 clock (due Monday 19 January). */
    private static final LocalDate RESPONDED = LocalDate.of(2026, 1, 16);
    /** P4W from the response, calendar days with day 0 the decision: 16 January + 28 days = Friday 13 February 2026. */
    private static final LocalDate REASSESSMENT_DUE = LocalDate.of(2026, 2, 13);

    /**
     * The generated clients' own mapper, except that an answer carrying a property its schema does not
     * declare is refused instead of silently dropped: the documents must describe every response field.
     */
    private static final ObjectMapper STRICT = org.redress.clients.complaints.invoker.ApiClient.createDefaultObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    @Test
    void aStageOneResponseAgreeingAReassessmentIsCarriedOutThroughTheGeneratedClients(RunningSuite suite) throws Exception {
        String childRef = FlowCalls.newChildRef();
        var complaintsOfficer = complaintsClient(suite, "complaints-officer");

        // complaints-service: a parent's complaint about their child's assessment, received by email
        Complaint registered = new ComplaintsApi(complaintsOfficer).registerComplaint(new RegisterComplaintRequest()
                .receivedDate(RECEIVED)
                .channel(Channel.EMAIL)
                .complainantRole(ComplainantRole.PARENT)
                .childReferences(List.of(childRef))
                .subjectMatters(List.of(SubjectMatter.ASSESSMENT))
                .points(List.of("The assessment took too long", "No short breaks were offered"))
                .desiredOutcomes(List.of("A new assessment")), null);
        UUID complaintId = registered.getId();
        assertThat(registered.getProcedure()).isEqualTo(Procedure.STATUTORY_CHILDREN);
        assertThat(registered.getState()).isEqualTo(ComplaintState.STAGE_1_OPEN);
        assertThat(registered.getChildReferences()).containsExactly(childRef);

        // the stage 1 response upholds the complaint and agrees a reassessment within four weeks
        Complaint responded = new ComplaintStagesApi(complaintsOfficer).respondAtStageOne(complaintId,
                new StageDecisionRequest()
                        .decidedOn(RESPONDED)
                        .findings(List.of(
                                new PointFindingInput().point(1).finding(StageFinding.UPHELD).faultAccepted(true),
                                new PointFindingInput().point(2).finding(StageFinding.PARTLY_UPHELD)))
                        .actions(List.of(new AgreedActionBody().actionRef("A1").type(ActionType.REASSESSMENT).period("P4W"))),
                null, null);
        assertThat(responded.getState()).isEqualTo(ComplaintState.STAGE_1_RESPONDED);
        assertThat(responded.getStageOneResponse().getDecidedOn()).isEqualTo(RESPONDED);

        // remedy-service opens one case from the complaint's actions-agreed event, the action due as worked out above
        var remedyOfficer = remediesClient(suite, "remedy-officer");
        RemedyCasesApi remedyCases = new RemedyCasesApi(remedyOfficer);
        var casesOfComplaint = eventually("a remedy case for complaint " + registered.getReference(),
                () -> remedyCases.listRemedyCases(complaintId, null, null),
                page -> page.getItems() != null && !page.getItems().isEmpty());
        assertThat(casesOfComplaint.getItems()).as("remedy cases for the one decision").hasSize(1);
        RemedyCase listed = casesOfComplaint.getItems().get(0);
        RemedyCase remedyCase = remedyCases.getRemedyCase(listed.getId(), null);
        assertThat(remedyCase).isEqualTo(listed);
        assertThat(remedyCase.getComplaintId()).isEqualTo(complaintId);
        assertThat(remedyCase.getComplaintReference()).isEqualTo(registered.getReference());
        assertThat(remedyCase.getSource()).isEqualTo(RemedySource.STAGE_1);
        assertThat(remedyCase.getDecisionDate()).isEqualTo(RESPONDED);
        assertThat(remedyCase.getChildReferences()).containsExactly(childRef);
        assertThat(remedyCase.getComplete()).isFalse();
        assertThat(remedyCase.getActions()).hasSize(1);
        RemedyAction reassessment = remedyCase.getActions().get(0);
        assertThat(reassessment.getActionRef()).isEqualTo("A1");
        assertThat(reassessment.getType()).isEqualTo(org.redress.clients.remedies.model.ActionType.REASSESSMENT);
        assertThat(reassessment.getPeriod()).isEqualTo("P4W");
        assertThat(reassessment.getDueDate()).isEqualTo(REASSESSMENT_DUE);
        assertThat(reassessment.getStatus()).doesNotHaveToString("COMPLETED");

        // assessment-service opens the reassessment the case asked for, linked to its action
        UUID assessmentId = assessmentOpenedFor(suite, reassessment.getId());
        // asOf and the Break-Glass-Reason header left out: a remedy officer reads the assessment their remedy asked for
        Assessment opened = new AssessmentsApi(assessmentsClient(suite, "remedy-officer")).getAssessment(assessmentId, null,
                null);
        assertThat(opened.getChildRef()).isEqualTo(childRef);
        assertThat(opened.getAssessmentType()).isEqualTo(AssessmentType.CHILD_IN_NEED);
        assertThat(opened.getCompletedOn()).isNull();
        assertThat(opened.getRemedy().getActionId()).isEqualTo(reassessment.getId());
        assertThat(opened.getRemedy().getRemedyCaseId()).isEqualTo(remedyCase.getId());
        assertThat(opened.getRemedy().getComplaintId()).isEqualTo(complaintId);
        assertThat(opened.getRemedy().getRemedyDueDate()).isEqualTo(REASSESSMENT_DUE);

        // the social worker carries out the reassessment and completes it (today, by the real clock)
        AssessmentsApi socialWorker = new AssessmentsApi(assessmentsClient(suite, FlowCalls.SOCIAL_WORKER));
        Assessment assigned = socialWorker.assignAssessor(assessmentId, new AssignAssessorRequest().assessor("sw-0147"),
                null, null);
        assertThat(assigned.getAssessors()).isNotEmpty();
        Assessment assessed = socialWorker.recordNeed(assessmentId, new RecordNeedRequest()
                .code("N1")
                .area(NeedArea.EDUCATION)
                .eligible(true)
                .criteriaScore(9)
                .wayMet(WayMet.LOCAL_OFFER)
                .reason("Meets the threshold for eligibility; the local offer homework club meets it"), null, null);
        assertThat(assessed.getNeeds()).hasSize(1);
        Assessment completed = socialWorker.completeAssessment(assessmentId, new CompleteAssessmentRequest(), null, null);
        LocalDate reassessedOn = completed.getCompletedOn();
        assertThat(reassessedOn).isNotNull();

        // remedy-service completes the reassessment action from the assessment's completed event, with
        // the assessment as its evidence, and with it the case, its only action done
        RemedyCase done = eventually("the reassessment action completed",
                () -> remedyCases.getRemedyCase(remedyCase.getId(), null),
                c -> "COMPLETED".equals(String.valueOf(c.getActions().get(0).getStatus())));
        assertThat(done.getActions().get(0).getCompletedOn()).isEqualTo(reassessedOn);
        assertThat(done.getComplete()).isTrue();
        List<RemedyTimelineEntry> timeline = new RemedyActionsApi(remedyOfficer).getRemedyCaseTimeline(remedyCase.getId());
        assertThat(timeline)
                .filteredOn(e -> reassessment.getId().equals(e.getActionId()) && "COMPLETED".equals(String.valueOf(e.getKind())))
                .extracting(RemedyTimelineEntry::getEvidenceRefs)
                .as("the reassessment completed with the assessment as its evidence")
                .containsExactly(List.of("assessment:" + opened.getReference()));

        // complaints-service shows the complaint's remedy complete, from remedy-service's events
        RemedyProgressApi progress = new RemedyProgressApi(complaintsOfficer);
        List<ComplaintRemedyCase> shown = eventually("complaint " + registered.getReference() + " showing its remedy complete",
                () -> progress.listComplaintRemedyCases(complaintId),
                cases -> cases.size() == 1 && Boolean.TRUE.equals(cases.get(0).getComplete()));
        ComplaintRemedyCase remedyShown = shown.get(0);
        assertThat(remedyShown.getRemedyCaseId()).isEqualTo(remedyCase.getId());
        assertThat(remedyShown.getSource()).isEqualTo(ComplaintRemedyCase.SourceEnum.STAGE_1);
        assertThat(remedyShown.getDecisionDate()).isEqualTo(RESPONDED);
        assertThat(remedyShown.getActionCount()).isEqualTo(1);
        assertThat(remedyShown.getActionsCompleted()).isEqualTo(1);
        assertThat(remedyShown.getCompletedOn()).isEqualTo(reassessedOn);

        RunReport.passed("Flow: generated clients",
                "stage 1 response agreeing a reassessment → remedy case → linked assessment completed → action, case "
                        + "and complaint complete, every call through clients generated from the OpenAPI documents "
                        + "(sent = commands)",
                5, done.getActions().size(), -1, -1, 0);
    }

    private static org.redress.clients.complaints.invoker.ApiClient complaintsClient(RunningSuite suite, String role) {
        return new org.redress.clients.complaints.invoker.ApiClient(HttpClient.newBuilder(), STRICT,
                suite.complaints().baseUrl()).setRequestInterceptor(bearer(role));
    }

    private static org.redress.clients.assessments.invoker.ApiClient assessmentsClient(RunningSuite suite, String role) {
        return new org.redress.clients.assessments.invoker.ApiClient(HttpClient.newBuilder(), STRICT,
                suite.assessments().baseUrl()).setRequestInterceptor(bearer(role));
    }

    private static org.redress.clients.remedies.invoker.ApiClient remediesClient(RunningSuite suite, String role) {
        return new org.redress.clients.remedies.invoker.ApiClient(HttpClient.newBuilder(), STRICT,
                suite.remedies().baseUrl()).setRequestInterceptor(bearer(role));
    }

    /** Every request of a client carries a development bearer token for {@code role}. */
    private static Consumer<HttpRequest.Builder> bearer(String role) {
        String token = Api.token(role);
        return request -> request.header("Authorization", "Bearer " + token);
    }

    /** Reads {@code read} until its answer satisfies {@code done}; fails after {@link FlowCalls#EVENTUAL}. */
    private static <T> T eventually(String what, Callable<T> read, Predicate<T> done) {
        return Awaitility.await(what).atMost(FlowCalls.EVENTUAL).pollInterval(Duration.ofMillis(300)).until(read, done);
    }

    /** The one assessment assessment-service opened for the remedy action, by the assessment.opened event naming it. */
    private static UUID assessmentOpenedFor(RunningSuite suite, UUID actionId) {
        List<EventRecord> records = new TopicReader(suite.bootstrapServers()).await(Topics.ASSESSMENTS,
                all -> !openedFor(all, actionId).isEmpty(), FlowCalls.EVENTUAL,
                "an assessment opened for reassessment action " + actionId);
        List<EventRecord> opened = openedFor(records, actionId);
        assertThat(opened).as("assessments opened for the one reassessment action").hasSize(1);
        return UUID.fromString(opened.get(0).key());
    }

    private static List<EventRecord> openedFor(List<EventRecord> records, UUID actionId) {
        return records.stream()
                .filter(r -> "assessment.opened".equals(r.shortType()))
                .filter(r -> actionId.toString().equals(r.data().path("remedyActionId").asText()))
                .toList();
    }
}
