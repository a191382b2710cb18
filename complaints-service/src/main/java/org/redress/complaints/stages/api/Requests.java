package org.redress.complaints.stages.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.AgreedActionTerm;
import org.redress.complaints.complaint.domain.Decline;
import org.redress.complaints.complaint.domain.Finding;
import org.redress.complaints.complaint.domain.Hold;
import org.redress.complaints.complaint.domain.OmbudsmanDecision;
import org.redress.complaints.complaint.domain.PointFinding;
import org.redress.complaints.complaint.domain.Procedure;
import org.redress.complaints.complaint.domain.RecommendationDecision;
import org.redress.complaints.complaint.domain.StageThree;
import org.redress.complaints.complaint.domain.StageTwo;
import org.redress.complaints.complaint.domain.StandingDecision;
import org.redress.complaints.stages.application.Commands;
import org.redress.contracts.Bounds;
import org.redress.servicekit.validation.CaseDate;
import org.redress.servicekit.validation.HappenedOn;

/** The request bodies of the stage endpoints, each turning into its use case's command. */
public final class Requests {

    private Requests() {
    }

    @Schema(name = "RoutingOverrideRequest", description = "A person's choice of procedure, with the reason")
    public record RoutingOverride(
            @NotNull @Schema(examples = "CORPORATE", required = true) Procedure procedure,
            @NotBlank @Size(max = Bounds.MAX_NARRATIVE_LENGTH) @Schema(examples = "The complaint is about a school transport decision", required = true) String reason) {
        Commands.OverrideRouting command() {
            return new Commands.OverrideRouting(procedure, reason);
        }
    }

    @Schema(name = "OutOfTimeDecisionRequest", description = "Accept or refuse a complaint made over 12 months after the matter arose")
    public record OutOfTime(
            @NotNull @Schema(examples = "true", required = true) Boolean accepted,
            @NotBlank @Size(max = Bounds.MAX_NARRATIVE_LENGTH) @Schema(examples = "The family only learnt of the decision in June; records are complete", required = true) String reason,
            @NotNull @HappenedOn @Schema(examples = "2026-11-04", required = true) LocalDate decidedOn) {
        Commands.DecideOutOfTime command() {
            return new Commands.DecideOutOfTime(accepted, reason, decidedOn);
        }
    }

    @Schema(name = "StageOneExtensionRequest", description = "The one extension of stage 1, to at most 20 working days")
    public record StageOneExtension(
            @NotNull @Min(11) @Max(20) @Schema(examples = "20", required = true) Integer workingDays,
            @NotBlank @Size(max = Bounds.MAX_NARRATIVE_LENGTH) @Schema(examples = "An advocate is needed", required = true) String reason,
            @NotNull @HappenedOn @Schema(description = "When the complainant was told", examples = "2026-11-06", required = true) LocalDate complainantToldOn) {
        Commands.ExtendStageOne command() {
            return new Commands.ExtendStageOne(workingDays, reason, complainantToldOn);
        }
    }

    @Schema(name = "PointFinding", description = "The finding on one numbered point")
    public record PointFindingBody(
            @NotNull @Positive @Max(Bounds.MAX_LIST_SIZE) @Schema(examples = "1", required = true) Integer point,
            @NotNull @Schema(examples = "UPHELD", required = true) Finding finding,
            @Schema(description = "The council accepts fault on this point: then it cannot be NOT_UPHELD", examples = "true") boolean faultAccepted) {
        PointFinding toDomain() {
            return new PointFinding(point, finding, faultAccepted);
        }
    }

    @Schema(name = "AgreedActionBody", description = "An action agreed, with the calendar period to do it in")
    public record ActionBody(
            @NotBlank @Size(max = Bounds.MAX_ACTION_REFERENCE_LENGTH) @Pattern(regexp = Bounds.REFERENCE_PATTERN, message = Bounds.REFERENCE_MESSAGE) @Schema(examples = "A1", required = true) String actionRef,
            @NotNull @Schema(examples = "APOLOGY", required = true) AgreedActionTerm.ActionType type,
            @NotBlank @Pattern(regexp = "P[1-9][0-9]{0,3}[DWM]", message = "must be a period such as P4W, P1M or P3M") @Schema(description = "Days, weeks or months, at most " + Bounds.MAX_PERIOD_MONTHS + " months in all", examples = "P1M", required = true) String period,
            @Positive @Max(Bounds.MAX_AMOUNT_PENCE) @Schema(description = "For a payment, the amount in pence", examples = "30000") Long amountPence,
            @Size(max = Bounds.MAX_REFERENCE_LENGTH) @Pattern(regexp = Bounds.REFERENCE_PATTERN, message = Bounds.REFERENCE_MESSAGE) @Schema(description = "For a service improvement, the learning theme code", examples = "CARER_ASSESSMENTS") String theme) {
        AgreedActionTerm toDomain() {
            return AgreedActionTerm.agreed(actionRef, type, period, amountPence, theme);
        }
    }

    @Schema(name = "StageDecisionRequest", description = "A stage 1 response or stage 2 adjudication: a finding per point and the actions agreed")
    public record Decision(
            @NotNull @HappenedOn @Schema(description = "Date of the response or adjudication; agreed periods run from it", examples = "2026-11-13", required = true) LocalDate decidedOn,
            @NotEmpty @Size(max = Bounds.MAX_LIST_SIZE) @Schema(required = true) List<@Valid @NotNull PointFindingBody> findings,
            @Size(max = Bounds.MAX_LIST_SIZE) List<@Valid @NotNull ActionBody> actions,
            @Size(max = Bounds.MAX_LIST_SIZE) @Schema(description = "The recommendations, each accepted or rejected with reasons; kept at stage 1 as at stage 2")
            List<@Valid @NotNull RecommendationBody> recommendations,
            @HappenedOn @Schema(description = "Stage 2 adjudication: when the complainant was told of the right to stage 3; without it the adjudication is flagged RIGHT_TO_STAGE_3_NOT_TOLD. Not used at stage 1.", examples = "2026-11-13") LocalDate nextStepToldOn) {
        Commands.RecordDecision command() {
            return new Commands.RecordDecision(decidedOn, findings.stream().map(PointFindingBody::toDomain).toList(),
                    toActions(actions), toRecommendations(recommendations), nextStepToldOn);
        }
    }

    static List<AgreedActionTerm> toActions(List<ActionBody> actions) {
        return actions == null ? List.of() : actions.stream().map(ActionBody::toDomain).toList();
    }

    static List<RecommendationDecision> toRecommendations(List<RecommendationBody> recommendations) {
        return recommendations == null ? List.of() : recommendations.stream().map(RecommendationBody::toDomain).toList();
    }

    @Schema(name = "RecommendationDecision", description = "A recommendation accepted, or rejected with reasons")
    public record RecommendationBody(
            @NotBlank @Size(max = Bounds.MAX_ACTION_REFERENCE_LENGTH) @Pattern(regexp = Bounds.REFERENCE_PATTERN, message = Bounds.REFERENCE_MESSAGE) @Schema(examples = "R1", required = true) String reference,
            @NotNull @Schema(examples = "true", required = true) Boolean accepted,
            @Size(max = Bounds.MAX_NARRATIVE_LENGTH) @Schema(description = "Required when rejected", examples = "The service has already been recommissioned") String rejectionReason) {
        RecommendationDecision toDomain() {
            return new RecommendationDecision(reference, accepted, rejectionReason);
        }
    }

    @Schema(name = "StageThreeRequestRequest", description = "The complainant asked for a review panel")
    public record StageThreeRequest(
            @NotNull @HappenedOn @Schema(examples = "2027-01-11", required = true) LocalDate requestedOn,
            @Size(max = Bounds.MAX_NARRATIVE_LENGTH) @Schema(description = "Why a request more than 20 working days after the adjudication is accepted") String lateReason) {
        Commands.RequestStageThree command() {
            return new Commands.RequestStageThree(requestedOn, lateReason);
        }
    }

    @Schema(name = "PanelMember", description = "A review panel member, by register reference")
    public record PanelMemberBody(
            @NotBlank @Size(max = Bounds.MAX_REFERENCE_LENGTH) @Pattern(regexp = Bounds.REFERENCE_PATTERN, message = Bounds.REFERENCE_MESSAGE) @Schema(examples = "PM-0007", required = true) String reference,
            @Schema(examples = "true") boolean chair,
            @Schema(description = "Independent of the council", examples = "true", required = true) boolean independentOfCouncil) {
    }

    @Schema(name = "PanelRequest", description = "The review panel met")
    public record Panel(
            @NotNull @HappenedOn @Schema(examples = "2027-02-15", required = true) LocalDate heldOn,
            @NotNull @Size(max = Bounds.MAX_LIST_SIZE) @Schema(required = true) List<@Valid @NotNull PanelMemberBody> members) {
        Commands.RecordPanel command() {
            return new Commands.RecordPanel(heldOn, members.stream()
                    .map(m -> new StageThree.PanelMember(m.reference(), m.chair(), m.independentOfCouncil())).toList());
        }
    }

    @Schema(name = "OmbudsmanDecisionRequest", description = "The Ombudsman's decision on the complaint")
    public record Ombudsman(
            @NotBlank @Size(max = Bounds.MAX_REFERENCE_LENGTH) @Pattern(regexp = Bounds.REFERENCE_PATTERN, message = Bounds.REFERENCE_MESSAGE) @Schema(description = "The Ombudsman's case reference", examples = "24 012 345", required = true) String reference,
            @Schema(description = "Referred early after stage 2", examples = "false") boolean earlyReferral,
            @NotNull @HappenedOn @Schema(examples = "2027-06-30", required = true) LocalDate decisionDate,
            @NotNull @Schema(examples = "FAULT_CAUSING_INJUSTICE", required = true) OmbudsmanDecision.Finding finding,
            @Schema(description = "A formal (public) report: the council must reply within 3 months", examples = "false") boolean formalReport,
            @Size(max = Bounds.MAX_LIST_SIZE) List<@Valid @NotNull ActionBody> actions) {
        Commands.RecordOmbudsman command() {
            return new Commands.RecordOmbudsman(reference, earlyReferral, decisionDate, finding, formalReport, toActions(actions));
        }
    }

    @Schema(name = "PanelReportRequest", description = "The panel's report was issued")
    public record PanelReport(@NotNull @HappenedOn @Schema(examples = "2027-02-19", required = true) LocalDate reportOn) {
        Commands.RecordPanelReport command() {
            return new Commands.RecordPanelReport(reportOn);
        }
    }

    @Schema(name = "StageThreeResponseRequest", description = "The council's response to the panel")
    public record StageThreeResponse(
            @NotNull @HappenedOn @Schema(examples = "2027-03-08", required = true) LocalDate decidedOn,
            @Size(max = Bounds.MAX_LIST_SIZE) List<@Valid @NotNull RecommendationBody> recommendations,
            @Size(max = Bounds.MAX_LIST_SIZE) List<@Valid @NotNull ActionBody> actions,
            @HappenedOn @Schema(description = "When the complainant was told of the right to go to the Ombudsman; without it the response is flagged OMBUDSMAN_NOT_TOLD", examples = "2027-03-08") LocalDate nextStepToldOn) {
        Commands.RecordDecision command() {
            return new Commands.RecordDecision(decidedOn, List.of(), toActions(actions), toRecommendations(recommendations),
                    nextStepToldOn);
        }
    }

    @Schema(name = "StageTwoRequestRequest", description = "The complainant asked for stage 2")
    public record StageTwoRequest(
            @NotNull @HappenedOn @Schema(examples = "2026-11-20", required = true) LocalDate requestedOn,
            @Size(max = Bounds.MAX_NARRATIVE_LENGTH) @Schema(description = "Why a request more than 20 working days after the stage 1 response is accepted",
                    examples = "The complainant was in hospital") String lateReason) {
        Commands.RequestStageTwo command() {
            return new Commands.RequestStageTwo(requestedOn, lateReason);
        }
    }

    @Schema(name = "StatementOfComplaintRequest", description = "The statement of complaint agreed with the complainant")
    public record Statement(
            @NotNull @HappenedOn @Schema(examples = "2026-11-27", required = true) LocalDate agreedOn,
            @NotBlank @Size(max = Bounds.MAX_REFERENCE_LENGTH) @Pattern(regexp = Bounds.REFERENCE_PATTERN, message = Bounds.REFERENCE_MESSAGE) @Schema(description = "The investigating officer's staff id", examples = "IO-2231", required = true) String agreedBy) {
        Commands.AgreeStatement command() {
            return new Commands.AgreeStatement(agreedOn, agreedBy);
        }
    }

    @Schema(name = "AppointmentRequest", description = "Someone appointed to the stage 2 investigation")
    public record Appointment(
            @NotBlank @Size(max = Bounds.MAX_REFERENCE_LENGTH) @Pattern(regexp = Bounds.REFERENCE_PATTERN, message = Bounds.REFERENCE_MESSAGE) @Schema(description = "Staff or register reference, never a name", examples = "IO-2231", required = true) String reference,
            @NotNull @HappenedOn @Schema(examples = "2026-11-23", required = true) LocalDate appointedOn) {
        Commands.Appoint command() {
            return new Commands.Appoint(reference, appointedOn);
        }
    }

    @Schema(name = "IndependenceDeclaration", description = "The independent person's declaration (Regs 2006 reg 17(2))")
    public record Declaration(
            @HappenedOn @Schema(description = "When it was signed; required", examples = "2026-11-23", required = true) LocalDate declaredOn,
            @Schema(description = "Not a member or officer of the council", examples = "true", required = true) boolean notMemberOrOfficer,
            @Schema(description = "Not the spouse or civil partner of a member or officer", examples = "true", required = true) boolean notSpouseOrPartnerOfMemberOrOfficer) {
    }

    @Schema(name = "IndependentPersonRequest", description = "The independent person appointed, with their declaration")
    public record IndependentPersonBody(
            @NotBlank @Size(max = Bounds.MAX_REFERENCE_LENGTH) @Pattern(regexp = Bounds.REFERENCE_PATTERN, message = Bounds.REFERENCE_MESSAGE) @Schema(examples = "IP-0042", required = true) String reference,
            @NotNull @HappenedOn @Schema(examples = "2026-11-23", required = true) LocalDate appointedOn,
            @NotNull @Valid @Schema(required = true) Declaration declaration) {
        Commands.AppointIndependentPerson command() {
            return new Commands.AppointIndependentPerson(new StageTwo.IndependentPerson(reference, appointedOn,
                    declaration.declaredOn(), declaration.notMemberOrOfficer(),
                    declaration.notSpouseOrPartnerOfMemberOrOfficer()));
        }
    }

    @Schema(name = "StageTwoExtensionRequest", description = "An extension of stage 2, to at most 65 working days")
    public record StageTwoExtension(
            @NotNull @Min(26) @Max(65) @Schema(examples = "40", required = true) Integer workingDays,
            @NotBlank @Size(max = Bounds.MAX_NARRATIVE_LENGTH) @Schema(examples = "Records held by the NHS trust are needed", required = true) String reason,
            @NotNull @HappenedOn @Schema(description = "When the complainant was told why", examples = "2026-12-01", required = true) LocalDate complainantToldOn) {
        Commands.ExtendStageTwo command() {
            return new Commands.ExtendStageTwo(workingDays, reason, complainantToldOn);
        }
    }

    @Schema(name = "ReportRequest", description = "The date of a stage 2 report")
    public record Report(@NotNull @HappenedOn @Schema(examples = "2026-12-15", required = true) LocalDate reportedOn) {
        Commands.RecordReport command() {
            return new Commands.RecordReport(reportedOn);
        }
    }

    @Schema(name = "HoldRequest", description = "A hold: why, from when, when the complainant was told and when it is reviewed")
    public record HoldBody(
            @NotNull @Schema(examples = "LEGAL_PROCEEDINGS", required = true) Hold.HoldReason reason,
            @NotNull @HappenedOn @Schema(examples = "2026-11-09", required = true) LocalDate heldOn,
            @HappenedOn @Schema(description = "When the complainant was told; a hold without it is refused (422)", examples = "2026-11-09", required = true) LocalDate complainantToldOn,
            @NotNull @CaseDate @Schema(examples = "2026-12-09", required = true) LocalDate reviewOn) {
        Commands.PlaceHold command() {
            return new Commands.PlaceHold(reason, heldOn, complainantToldOn, reviewOn);
        }
    }

    @Schema(name = "HoldReleaseRequest", description = "The hold's reason ended")
    public record Release(@NotNull @HappenedOn @Schema(examples = "2026-11-16", required = true) LocalDate releasedOn) {
        Commands.ReleaseHold command() {
            return new Commands.ReleaseHold(releasedOn);
        }
    }

    @Schema(name = "ClosureRequest", description = "Close the complaint for a reason from the fixed list")
    public record Close(
            @NotBlank @Size(max = Bounds.MAX_REFERENCE_LENGTH) @Schema(description = "RESOLVED, WITHDRAWN_BY_COMPLAINANT, NO_RESPONSE_AFTER_DOCUMENTED_ATTEMPTS or REFERRED_ELSEWHERE",
                    examples = "WITHDRAWN_BY_COMPLAINANT", required = true) String reason,
            @NotNull @HappenedOn @Schema(examples = "2026-11-20", required = true) LocalDate closedOn) {
        Commands.Close command() {
            return new Commands.Close(reason, closedOn);
        }
    }

    @Schema(name = "StandingDecisionRequest", description = "Whether a complainant relying on sufficient interest may use the statutory procedure")
    public record StandingDecisionBody(
            @NotNull @Schema(examples = "ACCEPTED", required = true) StandingDecision.Outcome decision,
            @NotNull @HappenedOn @Schema(examples = "2026-11-05", required = true) LocalDate decidedOn,
            @NotNull @Schema(description = "Whether the child's views were taken into account", examples = "true", required = true) Boolean childViewsTakenIntoAccount,
            @HappenedOn @Schema(description = "When the child's views were taken into account; required when they were", examples = "2026-11-04") LocalDate childViewsTakenIntoAccountOn,
            @Size(max = Bounds.MAX_NARRATIVE_LENGTH) @Schema(description = "Why; required when refused", examples = "A neighbour with no part in the child's care") String reason,
            @HappenedOn @Schema(description = "When the person was told; required when refused", examples = "2026-11-05") LocalDate personToldOn,
            @HappenedOn @Schema(description = "When the child was told, where appropriate", examples = "2026-11-06") LocalDate childToldOn) {
        Commands.DecideStanding command() {
            return new Commands.DecideStanding(new StandingDecision(decision, decidedOn, childViewsTakenIntoAccount,
                    childViewsTakenIntoAccountOn, reason, personToldOn, childToldOn));
        }
    }

    @Schema(name = "DeclineRequest", description = "Decline to consider the complaint, whole or listed points, while proceedings run")
    public record DeclineBody(
            @NotNull @Schema(examples = "WHOLE", required = true) Decline.Scope scope,
            @Size(max = Bounds.MAX_LIST_SIZE) @Schema(description = "The points declined; required for PART", examples = "[2]")
            List<@NotNull @Positive @Max(Bounds.MAX_LIST_SIZE) Integer> points,
            @NotNull @Schema(examples = "CRIMINAL", required = true) Decline.Proceedings proceedings,
            @NotNull @HappenedOn @Schema(examples = "2026-11-09", required = true) LocalDate declinedOn,
            @HappenedOn @Schema(description = "When the complainant was told in writing (required)", examples = "2026-11-09", required = true) LocalDate complainantToldInWritingOn,
            @NotNull @CaseDate @Schema(description = "When to check whether the proceedings have ended", examples = "2027-02-09", required = true) LocalDate reviewOn) {
        Commands.Decline command() {
            return new Commands.Decline(scope, points, proceedings, declinedOn, complainantToldInWritingOn, reviewOn);
        }
    }

    @Schema(name = "DeclineEndRequest", description = "The proceedings ended: the complaint is considered again")
    public record DeclineEnd(
            @NotNull @HappenedOn @Schema(examples = "2027-01-29", required = true) LocalDate proceedingsEndedOn,
            @NotNull @HappenedOn @Schema(examples = "2027-02-01", required = true) LocalDate resumedOn) {
        Commands.EndDecline command() {
            return new Commands.EndDecline(proceedingsEndedOn, resumedOn);
        }
    }
}
