package org.redress.complaints.reading;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.Channel;
import org.redress.complaints.complaint.domain.Closure;
import org.redress.complaints.complaint.domain.ComplainantRole;
import org.redress.complaints.complaint.domain.ComplaintState;
import org.redress.complaints.complaint.domain.Procedure;
import org.redress.complaints.complaint.domain.SubjectMatter;
import org.redress.complaints.complaint.domain.Complaint;
import org.redress.complaints.complaint.domain.ComplaintPoint;
import org.redress.complaints.complaint.domain.OutOfTimeDecision;
import org.redress.complaints.complaint.domain.Progress;
import org.redress.servicekit.api.ClockView;
import org.redress.servicekit.api.Versioned;
import org.redress.statutorytime.StatutoryClock;

/** A complaint as the API shows it, with its clocks as they stand today. */
@Schema(name = "Complaint", description = "A complaint, where it stands and its clocks")
public record ComplaintView(
        @Schema(examples = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10") UUID id,
        @Schema(description = "Case reference with check digit", examples = "CMP-2026-000123-3") String reference,
        @Schema(examples = "2026-11-02") LocalDate receivedDate,
        @Schema(examples = "EMAIL") Channel channel,
        @Schema(examples = "PARENT") ComplainantRole complainantRole,
        @Schema(description = "The advocacy service's reference when an advocate acts for the complainant", examples = "ADV-2231", nullable = true) String advocateReference,
        List<String> childReferences,
        List<ComplaintPoint> points,
        List<String> desiredOutcomes,
        @Schema(description = "When the matter complained about arose; absent when the complainant did not say", nullable = true) LocalDate matterArose,
        @Schema(description = "Subject matter codes") List<SubjectMatter> subjectMatters,
        @Schema(examples = "STATUTORY_CHILDREN") Procedure procedure,
        @Schema(description = "The proposed route with its reasons, and any override") RoutingView routing,
        @Schema(description = "Where the complaint stands", examples = "STAGE_1_OPEN") ComplaintState state,
        @Schema(description = "STAGE_1, STAGE_2 or STAGE_3; null while standing is undecided and once finished", examples = "STAGE_1", nullable = true) ComplaintState.Stage stage,
        @Schema(description = "Stage 1: 10 working days from receipt (or from standing accepted), 20 at most; absent until it starts: while standing is undecided, and after standing is refused", nullable = true) ClockView stageOneClock,
        @Schema(description = "Every clock by kind: STANDING_DECISION, STAGE_1, STAGE_2_PROGRESSION, STAGE_2, STAGE_3_PANEL, STAGE_3_REPORT, STAGE_3_RESPONSE") Map<String, ClockView> clocks,
        @Schema(description = "Whether an accept/refuse decision is needed (over 12 months after the matter arose)") boolean outOfTimeDecisionNeeded,
        @Schema(description = "The decision on a complaint made over 12 months after the matter arose, if any", nullable = true) OutOfTimeDecision outOfTimeDecision,
        @Schema(description = "The decision on a sufficient-interest complainant's standing, if any", nullable = true) StandingDecisionView standingDecision,
        @Schema(description = "The extension of stage 1, if any", nullable = true) StageOneExtensionView stageOneExtension,
        @Schema(description = "The stage 1 response, once given", nullable = true) StageDecisionView stageOneResponse,
        @Schema(description = "Stage 2, once requested", nullable = true) StageTwoView stageTwo,
        @Schema(description = "Stage 3, once requested", nullable = true) StageThreeView stageThree,
        @Schema(description = "The Ombudsman's decision, if any", nullable = true) OmbudsmanDecisionView ombudsman,
        List<HoldView> holds,
        @Schema(description = "Declines pending legal, criminal or disciplinary proceedings") List<DeclineView> declines,
        @Schema(description = "Every flag raised on the complaint, resolved or not: accepted but not right, kept on record as"
                + " evidence. Each has raisedOn and resolvedOn. Flags recorded with a step (e.g. ROUTED_AWAY_FROM_STATUTORY,"
                + " STAGE_2_REQUESTED_LATE, STANDING_WITHOUT_CHILD_VIEWS, RIGHT_TO_STAGE_3_NOT_TOLD) are raised on the day"
                + " the step happened and never resolve: resolvedOn is always null. Conditions read from the complaint's"
                + " dates are raised the day after the date they missed and resolved when they end: HOLD_PAST_REVIEW"
                + " (resolved when the hold is reviewed or released or the complaint closed), DECLINE_PAST_REVIEW (when the"
                + " complaint resumes or is closed), STANDING_DECISION_OVERDUE (when the decision is made or the"
                + " complaint closed); resolvedOn is null while they last") List<FlagView> flags,
        @Schema(description = "The flags that stand today: those of flags with no resolvedOn") List<FlagView> activeFlags,
        @Schema(nullable = true) Closure closure,
        @Schema(description = "The complaint's stored version, the value of the ETag to send back in If-Match", examples = "3") long version)
        implements Versioned {

    public static ComplaintView of(Complaint complaint, LocalDate today) {
        var details = complaint.details();
        Progress progress = complaint.progress();
        Map<String, ClockView> clocks = new TreeMap<>();
        complaint.clocks().forEach((kind, clock) -> clocks.put(kind.name(), read(clock, today)));
        return new ComplaintView(complaint.id(), complaint.reference().toString(), details.receivedDate(),
                details.channel(), details.complainantRole(), details.advocateReference(),
                details.childReferences(),
                complaint.points(), details.desiredOutcomes(), details.matterArose(),
                details.subjectMatters(), complaint.procedure(),
                RoutingView.of(progress.routing()), progress.state(),
                progress.state().stage(),
                complaint.stageOneClock().map(clock -> read(clock, today)).orElse(null), clocks,
                OutOfTimeDecision.needed(details), progress.outOfTime(), StandingDecisionView.of(progress.standing()),
                StageOneExtensionView.of(progress.stageOneExtension()), StageDecisionView.of(progress.stageOneResponse()),
                StageTwoView.of(progress.stageTwo()), StageThreeView.of(progress.stageThree()),
                OmbudsmanDecisionView.of(progress.ombudsman()), HoldView.of(progress.holds()), DeclineView.of(progress.declines()), FlagView.of(complaint.flagsOn(today)), FlagView.of(complaint.activeFlagsOn(today)),
                progress.closure(), complaint.version());
    }

    /** Clocks are read as of today, or their start if they start later (never before it). */
    private static ClockView read(StatutoryClock clock, LocalDate today) {
        return ClockView.of(clock.snapshotOn(today.isBefore(clock.start()) ? clock.start() : today));
    }
}
