package org.redress.complaints.stages.application;

import java.time.LocalDate;
import java.util.List;

import org.redress.complaints.complaint.domain.AgreedActionTerm;
import org.redress.complaints.complaint.domain.Hold;
import org.redress.complaints.complaint.domain.OmbudsmanDecision;
import org.redress.complaints.complaint.domain.PointFinding;
import org.redress.complaints.complaint.domain.Procedure;
import org.redress.complaints.complaint.domain.RecommendationDecision;
import org.redress.complaints.complaint.domain.StageThree;
import org.redress.complaints.complaint.domain.StageTwo;
import org.redress.complaints.complaint.domain.StandingDecision;

/** The command records of the complaint use cases. */
public final class Commands {

    private Commands() {
    }

    public record OverrideRouting(Procedure procedure, String reason) {
    }

    public record DecideOutOfTime(boolean accepted, String reason, LocalDate decidedOn) {
    }

    public record ExtendStageOne(int workingDays, String reason, LocalDate complainantToldOn) {
    }

    /** A stage's decision: stage 1 response or stage 2 adjudication. */
    public record RecordDecision(LocalDate decidedOn, List<PointFinding> findings, List<AgreedActionTerm> actions,
            List<RecommendationDecision> recommendations, LocalDate nextStepToldOn) {
    }

    public record RequestStageThree(LocalDate requestedOn, String lateReason) {
    }

    public record RecordPanel(LocalDate heldOn, List<StageThree.PanelMember> members) {
    }

    public record RecordPanelReport(LocalDate reportOn) {
    }

    public record RecordOmbudsman(String reference, boolean earlyReferral, LocalDate decisionDate,
            OmbudsmanDecision.Finding finding, boolean formalReport, List<AgreedActionTerm> actions) {
    }

    public record RequestStageTwo(LocalDate requestedOn, String lateReason) {
    }

    public record AgreeStatement(LocalDate agreedOn, String agreedBy) {
    }

    public record Appoint(String reference, LocalDate appointedOn) {
    }

    public record AppointIndependentPerson(StageTwo.IndependentPerson person) {
    }

    public record ExtendStageTwo(int workingDays, String reason, LocalDate complainantToldOn) {
    }

    public record RecordReport(LocalDate reportedOn) {
    }

    public record PlaceHold(Hold.HoldReason reason, LocalDate heldOn, LocalDate complainantToldOn, LocalDate reviewOn) {
    }

    public record ReleaseHold(LocalDate releasedOn) {
    }

    public record Close(String reason, LocalDate closedOn) {
    }

    public record DecideStanding(StandingDecision decision) {
    }

    public record Decline(org.redress.complaints.complaint.domain.Decline.Scope scope, List<Integer> points,
            org.redress.complaints.complaint.domain.Decline.Proceedings proceedings, LocalDate declinedOn,
            LocalDate complainantToldInWritingOn, LocalDate reviewOn) {
    }

    public record EndDecline(LocalDate proceedingsEndedOn, LocalDate resumedOn) {
    }
}
