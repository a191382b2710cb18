package org.redress.complaints.stagetwo.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.complaints.complaint.api.ReplayableStep;
import org.redress.complaints.complaint.api.ReplayableSteps;
import org.redress.complaints.complaint.api.StageDecisionRequest;
import org.redress.complaints.stagetwo.application.AdjudicatingStageTwo;
import org.redress.complaints.stagetwo.application.AgreeingStatement;
import org.redress.complaints.stagetwo.application.AppointingIndependentPerson;
import org.redress.complaints.stagetwo.application.AppointingOfficers;
import org.redress.complaints.stagetwo.application.ExtendingStageTwo;
import org.redress.complaints.stagetwo.application.RecordingIndependentPersonReport;
import org.redress.complaints.stagetwo.application.RecordingInvestigatingOfficerReport;
import org.redress.complaints.stagetwo.application.RequestingStageTwo;

/** Stage 2's operations as an import replays them (see {@link ReplayableStep}). */
@ApplicationScoped
class StageTwoSteps implements ReplayableSteps {

    private final RequestingStageTwo requesting;
    private final AppointingOfficers appointingOfficers;
    private final AppointingIndependentPerson appointingPerson;
    private final AgreeingStatement agreeing;
    private final ExtendingStageTwo extending;
    private final RecordingInvestigatingOfficerReport officerReport;
    private final RecordingIndependentPersonReport personReport;
    private final AdjudicatingStageTwo adjudicating;

    StageTwoSteps(RequestingStageTwo requesting, AppointingOfficers appointingOfficers,
            AppointingIndependentPerson appointingPerson, AgreeingStatement agreeing, ExtendingStageTwo extending,
            RecordingInvestigatingOfficerReport officerReport, RecordingIndependentPersonReport personReport,
            AdjudicatingStageTwo adjudicating) {
        this.requesting = requesting;
        this.appointingOfficers = appointingOfficers;
        this.appointingPerson = appointingPerson;
        this.agreeing = agreeing;
        this.extending = extending;
        this.officerReport = officerReport;
        this.personReport = personReport;
        this.adjudicating = adjudicating;
    }

    @Override
    public List<ReplayableStep<?>> steps() {
        return List.of(
                new ReplayableStep<>("stage-2.request", StageTwoRequest.class,
                        (id, request) -> requesting.request(id, request.command(), null)),
                new ReplayableStep<>("stage-2.appointments.investigating-officer", AppointmentRequest.class,
                        (id, request) -> appointingOfficers.investigatingOfficer(id, request.command(), null)),
                new ReplayableStep<>("stage-2.appointments.adjudicating-officer", AppointmentRequest.class,
                        (id, request) -> appointingOfficers.adjudicatingOfficer(id, request.command(), null)),
                new ReplayableStep<>("stage-2.appointments.independent-person", IndependentPersonRequest.class,
                        (id, request) -> appointingPerson.appoint(id, request.command(), null)),
                new ReplayableStep<>("stage-2.statement", StatementOfComplaintRequest.class,
                        (id, request) -> agreeing.agree(id, request.command(), null)),
                new ReplayableStep<>("stage-2.extension", StageTwoExtensionRequest.class,
                        (id, request) -> extending.extend(id, request.command(), null)),
                new ReplayableStep<>("stage-2.investigating-officer-report", ReportRequest.class,
                        (id, request) -> officerReport.record(id, request.command(), null)),
                new ReplayableStep<>("stage-2.independent-person-report", ReportRequest.class,
                        (id, request) -> personReport.record(id, request.command(), null)),
                new ReplayableStep<>("stage-2.adjudication", StageDecisionRequest.class,
                        (id, request) -> adjudicating.adjudicate(id, request.command(), null)));
    }
}
