package org.redress.complaints.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.complaints.complaint.domain.OmbudsmanDecision.Route;
import org.redress.contracts.CaseReference;
import org.redress.contracts.events.ActionsAgreed;
import org.redress.contracts.events.ComplaintClosed;
import org.redress.contracts.events.ComplaintHoldReleased;
import org.redress.contracts.events.ComplaintHoldStarted;
import org.redress.contracts.events.ComplaintRouted;
import org.redress.contracts.events.ComplaintStageDecided;
import org.redress.contracts.events.ComplaintStageOpened;
import org.redress.contracts.events.OmbudsmanDecisionRecorded;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.ClockState;
import org.redress.statutorytime.StatutoryTimeException;
import org.redress.statutorytime.WorkingDayCalendar;

class ComplaintProcedureTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    /** Monday 5 January 2026: stage 1 due Monday 19 January. */
    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 5);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final StageTwoSettings SETTINGS = StageTwoSettings.defaults();

    static Complaint complaint(List<SubjectMatter> subjects, ComplainantRole role, LocalDate matterArose) {
        NewComplaint details = new NewComplaint(RECEIVED, Channel.EMAIL, role, List.of("CR-104233"),
                List.of("Assessment late", "No short breaks offered"), List.of(), matterArose, subjects);
        return Complaint.register(UUID.randomUUID(), new CaseReference("CMP", 2026, 11), details, TODAY,
                IntakeTimescales.defaults(CALENDAR)).complaint();
    }

    static Complaint complaint() {
        return complaint(List.of(SubjectMatter.ASSESSMENT), ComplainantRole.PARENT, null);
    }

    static List<PointFinding> upheld() {
        return List.of(new PointFinding(1, Finding.UPHELD, true), new PointFinding(2, Finding.NO_FINDING, false));
    }

    static Complaint respondedOn(LocalDate on) {
        Complaint complaint = complaint();
        complaint.stageOne().respond(on, upheld(), List.of(), List.of(), TODAY);
        return complaint;
    }

    /**
     * Through stage 2 (requested Tue 20 Jan 2026, statement agreed Tue 27 Jan, both reports in) to the
     * adjudication on {@code on}, the complainant told of stage 3 on {@code toldOn}.
     */
    static Complaint adjudicated(LocalDate on, List<PointFinding> findings, List<AgreedActionTerm> actions,
            LocalDate toldOn) {
        Complaint complaint = respondedOn(LocalDate.of(2026, 1, 16));
        complaint.stageTwo().request(LocalDate.of(2026, 1, 20), null, SETTINGS, CALENDAR, TODAY);
        complaint.stageTwo().agreeStatement(LocalDate.of(2026, 1, 27), "IO-1", SETTINGS, CALENDAR, TODAY);
        StageTwoInvestigation investigation = complaint.stageTwo().investigation();
        investigation.appointInvestigatingOfficer("IO-1", LocalDate.of(2026, 1, 21), TODAY);
        investigation.appointIndependentPerson(new StageTwo.IndependentPerson("IP-1", LocalDate.of(2026, 1, 21),
                LocalDate.of(2026, 1, 21), true, true), TODAY);
        investigation.appointAdjudicatingOfficer("AO-1", LocalDate.of(2026, 1, 21), TODAY);
        investigation.investigatingOfficerReported(LocalDate.of(2026, 2, 16), TODAY);
        investigation.independentPersonReported(LocalDate.of(2026, 2, 17), TODAY);
        complaint.stageTwo().adjudicate(on, findings, actions, List.of(), toldOn, TODAY);
        return complaint;
    }

    static String rule(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation violation) {
            return violation.rule();
        }
        throw new AssertionError("no rule was broken");
    }

    @Nested
    class Routing {

        @Test
        void proposesTheStatutoryProcedureForAnAssessmentComplaintFromAParent() {
            RoutingProposal proposal = RoutingPolicy.propose(List.of(SubjectMatter.ASSESSMENT), ComplainantRole.PARENT);
            assertThat(proposal.procedure()).isEqualTo(Procedure.STATUTORY_CHILDREN);
            assertThat(proposal.part3Matter()).isTrue();
            assertThat(proposal.reasons()).anyMatch(r -> r.contains("Part 3"));
        }

        @Test
        void proposesTheCorporateProcedureForAMatterOutsidePart3() {
            assertThat(RoutingPolicy.propose(List.of(SubjectMatter.STAFF_CONDUCT), ComplainantRole.PARENT).procedure())
                    .isEqualTo(Procedure.CORPORATE);
        }

        @Test
        void proposesAdultSocialCareForAnAdultMatterOnly() {
            assertThat(RoutingPolicy.propose(List.of(SubjectMatter.ADULT_SOCIAL_CARE_SERVICES), ComplainantRole.PARENT)
                    .procedure()).isEqualTo(Procedure.ADULT_SOCIAL_CARE);
        }

        @Test
        void flagsAnOverrideOfAPart3MatterAwayFromTheStatutoryProcedure() {
            Complaint complaint = complaint();
            Change change = complaint.intake().overrideRouting(Procedure.CORPORATE, "manager's view", TODAY);
            assertThat(complaint.procedure()).isEqualTo(Procedure.CORPORATE);
            assertThat(complaint.flagsOn(TODAY)).extracting(Flag::code).containsExactly(Flag.ROUTED_AWAY_FROM_STATUTORY);
            assertThat(change.notes()).extracting(TimelineNote::what).contains("flag.ROUTED_AWAY_FROM_STATUTORY");
        }

        @Test
        void doesNotFlagAnOverrideOfANonPart3Matter() {
            Complaint complaint = complaint(List.of(SubjectMatter.STAFF_CONDUCT), ComplainantRole.PARENT, null);
            complaint.intake().overrideRouting(Procedure.ADULT_SOCIAL_CARE, "about the parent's own care", TODAY);
            assertThat(complaint.flagsOn(TODAY)).isEmpty();
        }

        @Test
        void refusesAnOverrideWithoutAReason() {
            assertThat(rule(() -> complaint().intake().overrideRouting(Procedure.CORPORATE, " ", TODAY))).isEqualTo("reason.required");
        }
    }

    @Nested
    class OneYearLimit {

        private final LocalDate longAgo = RECEIVED.minusMonths(13);

        @Test
        void refusesTheStageOneResponseUntilTheOutOfTimeDecisionIsRecorded() {
            Complaint complaint = complaint(List.of(SubjectMatter.ASSESSMENT), ComplainantRole.PARENT, longAgo);
            assertThat(rule(() -> complaint.stageOne().respond(RECEIVED.plusDays(7), upheld(), List.of(), List.of(), TODAY)))
                    .isEqualTo("intake.out-of-time-undecided");
        }

        @Test
        void acceptsALateComplaintWithAReasonAndFlagsIt() {
            Complaint complaint = complaint(List.of(SubjectMatter.ASSESSMENT), ComplainantRole.PARENT, longAgo);
            complaint.intake().decideOutOfTime(true, "not reasonable to complain sooner", RECEIVED, TODAY);
            complaint.stageOne().respond(RECEIVED.plusDays(7), upheld(), List.of(), List.of(), TODAY);
            assertThat(complaint.flagsOn(TODAY)).extracting(Flag::code).contains(Flag.OUT_OF_TIME_ACCEPTED);
        }

        @Test
        void aRefusalEndsTheComplaintAndStopsItsClock() {
            Complaint complaint = complaint(List.of(SubjectMatter.ASSESSMENT), ComplainantRole.PARENT, longAgo);
            complaint.intake().decideOutOfTime(false, "a fair investigation is no longer possible", RECEIVED, TODAY);
            assertThat(complaint.state()).isEqualTo(ComplaintState.REFUSED_OUT_OF_TIME);
            assertThat(complaint.stageOneClock().orElseThrow().stoppedOn()).contains(RECEIVED);
        }

        @Test
        void needsNoDecisionWithinTwelveMonths() {
            Complaint complaint = complaint(List.of(SubjectMatter.ASSESSMENT), ComplainantRole.PARENT, RECEIVED.minusMonths(11));
            assertThat(rule(() -> complaint.intake().decideOutOfTime(true, "x", RECEIVED, TODAY)))
                    .isEqualTo("intake.out-of-time-not-needed");
        }
    }

    @Nested
    class StageOneResponse {

        @Test
        void refusesAPointWithFaultAcceptedRecordedAsNotUpheld() {
            Complaint complaint = complaint();
            assertThat(rule(() -> complaint.stageOne().respond(RECEIVED.plusDays(7),
                    List.of(new PointFinding(1, Finding.NOT_UPHELD, true), new PointFinding(2, Finding.UPHELD, false)),
                    List.of(), List.of(), TODAY))).isEqualTo("finding.fault-accepted-not-upheld");
        }

        @Test
        void needsOneFindingForEachPoint() {
            Complaint complaint = complaint();
            assertThat(rule(() -> complaint.stageOne().respond(RECEIVED.plusDays(7),
                    List.of(new PointFinding(1, Finding.UPHELD, false)), List.of(), List.of(), TODAY))).isEqualTo("finding.one-per-point");
        }

        @Test
        void aResponseInTimeMeetsTheClockAndAnnouncesTheAgreedActions() {
            Complaint complaint = complaint();
            Change change = complaint.stageOne().respond(LocalDate.of(2026, 1, 19), upheld(),
                    List.of(new AgreedActionTerm("A1", AgreedActionTerm.ActionType.APOLOGY, "P4W", null, null)), List.of(), TODAY);
            assertThat(complaint.state()).isEqualTo(ComplaintState.STAGE_1_RESPONDED);
            assertThat(complaint.progress().stageOneResponse().clockResult()).isEqualTo(ClockState.MET);
            ComplaintStageDecided decided = (ComplaintStageDecided) change.events().get(0);
            assertThat(decided.stage()).isEqualTo("STAGE_1");
            assertThat(decided.clockResult()).isEqualTo("MET");
            assertThat(decided.actionCount()).isEqualTo(1);
            ActionsAgreed event = (ActionsAgreed) change.events().get(1);
            assertThat(event.source()).isEqualTo("STAGE_1");
            assertThat(event.decisionDate()).isEqualTo(LocalDate.of(2026, 1, 19));
            assertThat(event.actions()).extracting(ActionsAgreed.AgreedAction::period).containsExactly("P4W");
        }

        @Test
        void aResponseAfterTheDueDateMissesTheClockAndAgreesNothingWithoutActions() {
            Complaint complaint = complaint();
            Change change = complaint.stageOne().respond(LocalDate.of(2026, 1, 20), upheld(), List.of(), List.of(), TODAY);
            assertThat(complaint.progress().stageOneResponse().clockResult()).isEqualTo(ClockState.MISSED);
            // the breach no sweep announced comes first (BreachAnnouncedOnceTest), then the decision alone
            assertThat(change.events()).hasSize(2);
            assertThat(change.events().get(1)).isInstanceOfSatisfying(ComplaintStageDecided.class,
                    decided -> assertThat(decided.clockResult()).isEqualTo("MISSED"));
        }

        @Test
        void aPaymentNeedsAnAmount() {
            assertThatThrownBy(() -> new AgreedActionTerm("A1", AgreedActionTerm.ActionType.PAYMENT, "P1M", null, null))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("action.payment-amount"));
        }

        @Test
        void refusesAnUnknownPeriod() {
            assertThatThrownBy(() -> new AgreedActionTerm("A1", AgreedActionTerm.ActionType.APOLOGY, "soon", null, null))
                    .isInstanceOf(StatutoryTimeException.class);
        }

        @Test
        void extendsOnceToAtMostTwentyWorkingDays() {
            Complaint complaint = complaint();
            complaint.stageOne().extend(20, "an advocate is needed", RECEIVED.plusDays(2), TODAY);
            assertThat(complaint.stageOneClock().orElseThrow().snapshotOn(RECEIVED).effectiveDueDate()).isEqualTo(LocalDate.of(2026, 2, 2));
            assertThat(rule(() -> complaint.stageOne().extend(20, "again", RECEIVED.plusDays(3), TODAY)))
                    .isEqualTo("stage-one.already-extended");
        }

        @Test
        void refusesAnExtensionBeyondTwentyWorkingDays() {
            assertThatThrownBy(() -> complaint().stageOne().extend(21, "complex", RECEIVED, TODAY))
                    .isInstanceOfSatisfying(StatutoryTimeException.class,
                            e -> assertThat(e.ruleCode()).isEqualTo("clock.extension-beyond-maximum"));
        }
    }

    @Nested
    class StageTwoInvestigationAndDecision {

        private final LocalDate responded = LocalDate.of(2026, 1, 16);

        @Test
        void aRequestOpensStageTwoAtOnceWithItsProgressionClock() {
            Complaint complaint = respondedOn(responded);
            complaint.stageTwo().request(LocalDate.of(2026, 1, 20), null, SETTINGS, CALENDAR, TODAY);
            assertThat(complaint.state()).isEqualTo(ComplaintState.STAGE_2_REQUESTED);
            assertThat(complaint.clocks().get(ClockKind.STAGE_2_PROGRESSION).snapshotOn(LocalDate.of(2026, 1, 20))
                    .dueDate()).isEqualTo(LocalDate.of(2026, 2, 3));
            assertThat(complaint.clocks()).doesNotContainKey(ClockKind.STAGE_2);
        }

        @Test
        void countingFromTheRequestStartsTheStageTwoClockOnTheRequest() {
            Complaint complaint = respondedOn(responded);
            complaint.stageTwo().request(LocalDate.of(2026, 1, 20), null,
                    new StageTwoSettings(StageTwoSettings.StartPoint.REQUEST, 10), CALENDAR, TODAY);
            assertThat(complaint.clocks().get(ClockKind.STAGE_2).start()).isEqualTo(LocalDate.of(2026, 1, 20));
        }

        @Test
        void aLateRequestNeedsAReasonAndIsFlagged() {
            Complaint complaint = respondedOn(responded);
            LocalDate late = CALENDAR.nthWorkingDayAfter(responded, 21);
            assertThat(rule(() -> complaint.stageTwo().request(late, null, SETTINGS, CALENDAR, TODAY)))
                    .isEqualTo("stage-two.late-request-without-reason");
            complaint.stageTwo().request(late, "complainant was in hospital", SETTINGS, CALENDAR, TODAY);
            assertThat(complaint.flagsOn(TODAY)).extracting(Flag::code).contains(Flag.STAGE_2_REQUESTED_LATE);
        }

        @Test
        void aRequestOnTheTwentiethWorkingDayIsInTime() {
            Complaint complaint = respondedOn(responded);
            complaint.stageTwo().request(CALENDAR.nthWorkingDayAfter(responded, 20), null, SETTINGS, CALENDAR, TODAY);
            assertThat(complaint.flagsOn(TODAY)).isEmpty();
        }

        @Test
        void theAgreedStatementStopsTheProgressionClockAndStartsTheTwentyFiveDayClock() {
            Complaint complaint = respondedOn(responded);
            complaint.stageTwo().request(LocalDate.of(2026, 1, 20), null, SETTINGS, CALENDAR, TODAY);
            complaint.stageTwo().agreeStatement(LocalDate.of(2026, 1, 27), "IO-1", SETTINGS, CALENDAR, TODAY);
            assertThat(complaint.clocks().get(ClockKind.STAGE_2_PROGRESSION).snapshotOn(TODAY).state()).isEqualTo(ClockState.MET);
            assertThat(complaint.clocks().get(ClockKind.STAGE_2).start()).isEqualTo(LocalDate.of(2026, 1, 27));
            assertThat(complaint.state()).isEqualTo(ComplaintState.STAGE_2_INVESTIGATING);
        }

        @Test
        void anUnprogressedRequestIsBreachedOnceItsProgressionClockIsOverdue() {
            Complaint complaint = respondedOn(responded);
            complaint.stageTwo().request(LocalDate.of(2026, 1, 20), null, SETTINGS, CALENDAR, TODAY);
            assertThat(complaint.breachOf(ClockKind.STAGE_2_PROGRESSION, LocalDate.of(2026, 2, 3))).isEmpty();
            assertThat(complaint.breachOf(ClockKind.STAGE_2_PROGRESSION, LocalDate.of(2026, 2, 4)))
                    .hasValueSatisfying(b -> assertThat(b.dueDate()).isEqualTo(LocalDate.of(2026, 2, 3)));
        }

        @Test
        void adjudicationAnnouncesActionsFromStageTwo() {
            Complaint complaint = respondedOn(responded);
            complaint.stageTwo().request(LocalDate.of(2026, 1, 20), null, SETTINGS, CALENDAR, TODAY);
            complaint.stageTwo().agreeStatement(LocalDate.of(2026, 1, 27), "IO-1", SETTINGS, CALENDAR, TODAY);
            investigated(complaint);
            Change change = complaint.stageTwo().adjudicate(LocalDate.of(2026, 2, 20), upheld(),
                    List.of(new AgreedActionTerm("A1", AgreedActionTerm.ActionType.PAYMENT, "P1M", 30_000L, null)),
                    List.of(new RecommendationDecision("R1", true, null)), null, TODAY);
            assertThat(((ComplaintStageDecided) change.events().get(0)).stage()).isEqualTo("STAGE_2");
            assertThat(((ActionsAgreed) change.events().get(1)).source()).isEqualTo("STAGE_2");
            assertThat(complaint.state()).isEqualTo(ComplaintState.STAGE_2_ADJUDICATED);
        }

        private Complaint investigating() {
            Complaint complaint = respondedOn(responded);
            complaint.stageTwo().request(LocalDate.of(2026, 1, 20), null, SETTINGS, CALENDAR, TODAY);
            complaint.stageTwo().agreeStatement(LocalDate.of(2026, 1, 27), "IO-1", SETTINGS, CALENDAR, TODAY);
            complaint.stageTwo().investigation().appointAdjudicatingOfficer("AO-1", LocalDate.of(2026, 1, 21), TODAY);
            return complaint;
        }

        private void investigated(Complaint complaint) {
            StageTwoInvestigation investigation = complaint.stageTwo().investigation();
            investigation.appointInvestigatingOfficer("IO-1", LocalDate.of(2026, 1, 21), TODAY);
            investigation.appointIndependentPerson(independentPerson(true, true), TODAY);
            investigation.appointAdjudicatingOfficer("AO-1", LocalDate.of(2026, 1, 21), TODAY);
            investigation.investigatingOfficerReported(LocalDate.of(2026, 2, 16), TODAY);
            investigation.independentPersonReported(LocalDate.of(2026, 2, 17), TODAY);
        }

        private StageTwo.IndependentPerson independentPerson(boolean notOfficer, boolean notPartner) {
            return new StageTwo.IndependentPerson("IP-1", LocalDate.of(2026, 1, 21), LocalDate.of(2026, 1, 21),
                    notOfficer, notPartner);
        }

        @Test
        void theAdjudicationWaitsForBothReports() {
            Complaint complaint = investigating();
            assertThat(rule(() -> complaint.stageTwo().adjudicate(LocalDate.of(2026, 2, 20), upheld(), List.of(), List.of(),
                    null, TODAY)))
                    .isEqualTo("stage-two.reports-missing");
        }

        @Test
        void recordsTheAdjudicatingOfficersAppointment() {
            Complaint complaint = respondedOn(responded);
            complaint.stageTwo().request(LocalDate.of(2026, 1, 20), null, SETTINGS, CALENDAR, TODAY);
            Change change = complaint.stageTwo().investigation().appointAdjudicatingOfficer("AO-1", LocalDate.of(2026, 1, 21),
                    TODAY);

            assertThat(complaint.progress().stageTwo().adjudicatingOfficer())
                    .isEqualTo(new StageTwo.Appointment("AO-1", LocalDate.of(2026, 1, 21)));
            assertThat(rule(() -> complaint.stageTwo().investigation().appointAdjudicatingOfficer("AO-2",
                    LocalDate.of(2026, 1, 19), TODAY))).isEqualTo("stage-two.date-before-request");
            assertThat(change.notes()).extracting(TimelineNote::what, TimelineNote::happenedOn)
                    .containsExactly(tuple("stage-2.adjudicating-officer-appointed", LocalDate.of(2026, 1, 21)));
        }

        @Test
        void theInvestigatingOfficerMayNotAdjudicateTheirOwnInvestigation() {
            Complaint investigatedFirst = respondedOn(responded);
            investigatedFirst.stageTwo().request(LocalDate.of(2026, 1, 20), null, SETTINGS, CALENDAR, TODAY);
            investigatedFirst.stageTwo().investigation().appointInvestigatingOfficer("IO-1", LocalDate.of(2026, 1, 21), TODAY);
            assertThat(rule(() -> investigatedFirst.stageTwo().investigation().appointAdjudicatingOfficer("IO-1",
                    LocalDate.of(2026, 1, 21), TODAY))).isEqualTo("stage-two.investigator-adjudicating");

            Complaint adjudicatorFirst = respondedOn(responded);
            adjudicatorFirst.stageTwo().request(LocalDate.of(2026, 1, 20), null, SETTINGS, CALENDAR, TODAY);
            adjudicatorFirst.stageTwo().investigation().appointAdjudicatingOfficer("AO-1", LocalDate.of(2026, 1, 21), TODAY);
            assertThat(rule(() -> adjudicatorFirst.stageTwo().investigation().appointInvestigatingOfficer("AO-1",
                    LocalDate.of(2026, 1, 21), TODAY))).isEqualTo("stage-two.investigator-adjudicating");
            assertThat(adjudicatorFirst.progress().stageTwo().investigatingOfficer()).isNull();
        }

        @Test
        void refusesAnIndependentPersonWhoIsTheSpouseOfAnOfficer() {
            Complaint complaint = investigating();
            assertThat(rule(() -> complaint.stageTwo().investigation().appointIndependentPerson(
                    independentPerson(true, false), TODAY))).isEqualTo("stage-two.independent-person-not-independent");
            assertThat(rule(() -> complaint.stageTwo().investigation().appointIndependentPerson(
                    independentPerson(false, true), TODAY))).isEqualTo("stage-two.independent-person-not-independent");
        }

        @Test
        void refusesAnIndependentPersonWithoutADeclaration() {
            Complaint complaint = investigating();
            assertThat(rule(() -> complaint.stageTwo().investigation().appointIndependentPerson(
                    new StageTwo.IndependentPerson("IP-1", LocalDate.of(2026, 1, 21), null, true, true), TODAY)))
                    .isEqualTo("stage-two.independence-declaration-missing");
        }

        @Test
        void extendsToAtMostSixtyFiveWorkingDaysWithTheComplainantTold() {
            Complaint complaint = investigating();
            assertThatThrownBy(() -> complaint.stageTwo().investigation().extend(66, "records", LocalDate.of(2026, 2, 2), TODAY))
                    .isInstanceOfSatisfying(StatutoryTimeException.class,
                            e -> assertThat(e.ruleCode()).isEqualTo("clock.extension-beyond-maximum"));
            complaint.stageTwo().investigation().extend(65, "records", LocalDate.of(2026, 2, 2), TODAY);
            assertThat(complaint.clocks().get(ClockKind.STAGE_2).effectiveLimit()).isEqualTo(65);
        }

        @Test
        void cannotBeExtendedBeforeItsClockStarts() {
            Complaint complaint = respondedOn(responded);
            complaint.stageTwo().request(LocalDate.of(2026, 1, 20), null, SETTINGS, CALENDAR, TODAY);
            assertThat(rule(() -> complaint.stageTwo().investigation().extend(40, "x", LocalDate.of(2026, 1, 21), TODAY)))
                    .isEqualTo("stage-two.clock-not-started");
        }

        @Test
        void cannotBeRequestedBeforeStageOneIsAnswered() {
            assertThat(rule(() -> complaint().stageTwo().request(RECEIVED, null, SETTINGS, CALENDAR, TODAY)))
                    .isEqualTo("complaint.transition-not-allowed");
        }
    }

    @Nested
    class StageThreeReviewPanel {

        private final LocalDate adjudicated = LocalDate.of(2026, 2, 20);

        private Complaint adjudicatedComplaint() {
            return adjudicated(adjudicated, upheld(), List.of(), adjudicated);
        }

        private Complaint requested() {
            Complaint complaint = adjudicatedComplaint();
            complaint.stageThree().request(LocalDate.of(2026, 3, 2), null, CALENDAR, TODAY);
            return complaint;
        }

        private static StageThree.PanelMember member(String ref, boolean chair) {
            return new StageThree.PanelMember(ref, chair, true);
        }

        @Test
        void aLateRequestNeedsAReasonAndIsFlagged() {
            Complaint complaint = adjudicatedComplaint();
            LocalDate late = CALENDAR.nthWorkingDayAfter(adjudicated, 21);
            assertThat(rule(() -> complaint.stageThree().request(late, null, CALENDAR, TODAY)))
                    .isEqualTo("stage-three.late-request-without-reason");
            complaint.stageThree().request(late, "complainant's advocate was unavailable", CALENDAR, TODAY);
            assertThat(complaint.flagsOn(TODAY)).extracting(Flag::code).contains(Flag.STAGE_3_REQUESTED_LATE);
        }

        @Test
        void thePanelMeetsWithinThirtyWorkingDaysOfTheRequest() {
            Complaint complaint = requested();
            assertThat(complaint.clocks().get(ClockKind.STAGE_3_PANEL).snapshotOn(LocalDate.of(2026, 3, 2)).dueDate())
                    .isEqualTo(CALENDAR.nthWorkingDayAfter(LocalDate.of(2026, 3, 2), 30));
        }

        @Test
        void needsThreeMembers() {
            assertThat(rule(() -> requested().stageThree().panelHeld(LocalDate.of(2026, 3, 20),
                    List.of(member("P1", true), member("P2", false)), CALENDAR, TODAY))).isEqualTo("stage-three.panel-of-three");
        }

        @Test
        void needsExactlyOneChair() {
            assertThat(rule(() -> requested().stageThree().panelHeld(LocalDate.of(2026, 3, 20),
                    List.of(member("P1", true), member("P2", true), member("P3", false)), CALENDAR, TODAY)))
                    .isEqualTo("stage-three.one-chair");
        }

        @Test
        void needsEveryMemberIndependentOfTheCouncil() {
            assertThat(rule(() -> requested().stageThree().panelHeld(LocalDate.of(2026, 3, 20),
                    List.of(member("P1", true), member("P2", false), new StageThree.PanelMember("P3", false, false)),
                    CALENDAR, TODAY))).isEqualTo("stage-three.panel-not-independent");
        }

        @Test
        void refusesTheStageTwoIndependentPersonOnThePanel() {
            assertThat(rule(() -> requested().stageThree().panelHeld(LocalDate.of(2026, 3, 20),
                    List.of(member("P1", true), member("P2", false), member("IP-1", false)), CALENDAR, TODAY)))
                    .isEqualTo("stage-three.stage-two-independent-person-on-panel");
        }

        @Test
        void theResponseFollowsTheReportAndAnnouncesStageThreeActions() {
            Complaint complaint = requested();
            complaint.stageThree().panelHeld(LocalDate.of(2026, 3, 20),
                    List.of(member("P1", true), member("P2", false), member("P3", false)), CALENDAR, TODAY);
            assertThat(rule(() -> complaint.stageThree().respond(LocalDate.of(2026, 3, 30), List.of(), List.of(), null, TODAY)))
                    .isEqualTo("stage-three.report-missing");
            complaint.stageThree().reportIssued(LocalDate.of(2026, 3, 25), CALENDAR, TODAY);
            Change change = complaint.stageThree().respond(LocalDate.of(2026, 4, 10),
                    List.of(new RecommendationDecision("R1", true, null)),
                    List.of(new AgreedActionTerm("A1", AgreedActionTerm.ActionType.APOLOGY, "P4W", null, null)),
                    LocalDate.of(2026, 4, 10), TODAY);
            assertThat(((ComplaintStageDecided) change.events().get(0)).stage()).isEqualTo("STAGE_3");
            assertThat(((ActionsAgreed) change.events().get(1)).source()).isEqualTo("STAGE_3");
            assertThat(complaint.state()).isEqualTo(ComplaintState.STAGE_3_RESPONDED);
            assertThat(complaint.clocks().get(ClockKind.STAGE_3_RESPONSE).snapshotOn(TODAY).state()).isEqualTo(ClockState.MET);
        }

        @Test
        void theOmbudsmanTakesAnEarlyReferralOnlyOnceStageTwoIsAdjudicated() {
            Complaint notYet = respondedOn(LocalDate.of(2026, 1, 16));
            assertThat(rule(() -> notYet.ombudsman().record("24 000 001", Route.EARLY_REFERRAL, LocalDate.of(2026, 6, 1),
                    OmbudsmanDecision.Finding.NO_FAULT, false, List.of(), TODAY))).isEqualTo("ombudsman.procedure-not-exhausted");
            Complaint adjudicated = adjudicatedComplaint();
            assertThat(rule(() -> adjudicated.ombudsman().record("24 000 001", Route.AFTER_COUNCIL_PROCEDURE, LocalDate.of(2026, 6, 1),
                    OmbudsmanDecision.Finding.NO_FAULT, false, List.of(), TODAY))).isEqualTo("ombudsman.procedure-not-exhausted");
            Change change = adjudicated.ombudsman().record("24 000 001", Route.EARLY_REFERRAL, LocalDate.of(2026, 6, 1),
                    OmbudsmanDecision.Finding.FAULT_CAUSING_INJUSTICE, true,
                    List.of(new AgreedActionTerm("A1", AgreedActionTerm.ActionType.APOLOGY, "P1M", null, null)), TODAY);
            assertThat(change.events().get(0)).isInstanceOfSatisfying(OmbudsmanDecisionRecorded.class, recorded -> {
                assertThat(recorded.earlyReferral()).isTrue();
                assertThat(recorded.finding()).isEqualTo("FAULT_CAUSING_INJUSTICE");
                assertThat(recorded.actionCount()).isEqualTo(1);
            });
            assertThat(((ActionsAgreed) change.events().get(1)).source()).isEqualTo("OMBUDSMAN");
            // a formal report: the council tells the Ombudsman within 3 months what it has done
            assertThat(adjudicated.progress().ombudsman().councilReplyDueOn()).isEqualTo(LocalDate.of(2026, 9, 1));
            assertThat(rule(() -> adjudicated.ombudsman().record("24 000 002", Route.EARLY_REFERRAL, LocalDate.of(2026, 6, 2),
                    OmbudsmanDecision.Finding.NO_FAULT, false, List.of(), TODAY))).isEqualTo("ombudsman.already-recorded");
        }

        @Test
        void aRejectedRecommendationNeedsItsReasons() {
            assertThatThrownBy(() -> new RecommendationDecision("R2", false, " "))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            v -> assertThat(v.rule()).isEqualTo("recommendation.rejected-without-reason"));
        }
    }

    @Nested
    class Announcements {

        @Test
        void anOverrideAnnouncesTheRoutingWithTheProposalItReplaced() {
            Change change = complaint().intake().overrideRouting(Procedure.CORPORATE, "manager's view", TODAY);
            assertThat(change.events()).singleElement().isInstanceOfSatisfying(ComplaintRouted.class, routed -> {
                assertThat(routed.proposedProcedure()).isEqualTo("STATUTORY_CHILDREN");
                assertThat(routed.procedure()).isEqualTo("CORPORATE");
                assertThat(routed.overridden()).isTrue();
            });
        }

        @Test
        void aStageResponseCountsTheFindingsByOutcome() {
            Change change = complaint().stageOne().respond(LocalDate.of(2026, 1, 19), List.of(
                    new PointFinding(1, Finding.PARTLY_UPHELD, true), new PointFinding(2, Finding.NOT_UPHELD, false)),
                    List.of(), List.of(), TODAY);
            ComplaintStageDecided decided = (ComplaintStageDecided) change.events().get(0);
            assertThat(List.of(decided.pointsUpheld(), decided.pointsPartlyUpheld(), decided.pointsNotUpheld(),
                    decided.pointsNoFinding())).containsExactly(0, 1, 1, 0);
        }

        @Test
        void aStageTwoRequestOpensStageTwoWithItsProgressionClock() {
            Complaint complaint = respondedOn(LocalDate.of(2026, 1, 16));
            Change change = complaint.stageTwo().request(LocalDate.of(2026, 1, 20), null, SETTINGS, CALENDAR, TODAY);
            assertThat(change.events()).singleElement().isInstanceOfSatisfying(ComplaintStageOpened.class, opened -> {
                assertThat(opened.stage()).isEqualTo("STAGE_2");
                assertThat(opened.clock()).isEqualTo("STAGE_2_PROGRESSION");
                assertThat(opened.dueDate()).isEqualTo(LocalDate.of(2026, 2, 3));
            });
        }

        @Test
        void aHoldAnnouncesItsStartAndRelease() {
            Complaint complaint = complaint();
            Change held = complaint.holds().place(Hold.HoldReason.LEGAL_PROCEEDINGS, LocalDate.of(2026, 1, 7),
                    LocalDate.of(2026, 1, 7), LocalDate.of(2026, 2, 1), TODAY);
            Change released = complaint.holds().release(LocalDate.of(2026, 1, 14), TODAY);
            assertThat(held.events()).singleElement().isInstanceOfSatisfying(ComplaintHoldStarted.class,
                    started -> assertThat(started.reason()).isEqualTo("LEGAL_PROCEEDINGS"));
            assertThat(released.events()).singleElement().isInstanceOfSatisfying(ComplaintHoldReleased.class,
                    release -> assertThat(release.heldOn()).isEqualTo(LocalDate.of(2026, 1, 7)));
        }

        @Test
        void closingAnnouncesTheReasonCode() {
            Change change = respondedOn(LocalDate.of(2026, 1, 16)).closure().close("RESOLVED", LocalDate.of(2026, 3, 1), TODAY);
            assertThat(change.events()).singleElement().isInstanceOfSatisfying(ComplaintClosed.class,
                    closed -> assertThat(closed.reason()).isEqualTo("RESOLVED"));
        }
    }

    @Nested
    class Holds {

        @Test
        void refusesAHoldTheComplainantWasNotToldAbout() {
            assertThat(rule(() -> complaint().holds().place(Hold.HoldReason.LEGAL_PROCEEDINGS, RECEIVED.plusDays(2), null,
                    RECEIVED.plusDays(30), TODAY))).isEqualTo("hold.complainant-not-told");
        }

        @Test
        void aHoldOfFiveWorkingDaysMovesTheDueDateByFive() {
            Complaint complaint = complaint();
            complaint.holds().place(Hold.HoldReason.LEGAL_PROCEEDINGS, LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 7),
                    LocalDate.of(2026, 2, 1), TODAY);
            complaint.holds().release(LocalDate.of(2026, 1, 14), TODAY);
            assertThat(complaint.stageOneClock().orElseThrow().snapshotOn(TODAY).dueDate()).isEqualTo(LocalDate.of(2026, 1, 26));
        }

        @Test
        void aHoldPastItsReviewDateIsFlagged() {
            Complaint complaint = complaint();
            complaint.holds().place(Hold.HoldReason.CRIMINAL_INVESTIGATION, LocalDate.of(2026, 1, 7),
                    LocalDate.of(2026, 1, 7), LocalDate.of(2026, 2, 1), TODAY);
            assertThat(complaint.flagsOn(LocalDate.of(2026, 2, 1))).isEmpty();
            assertThat(complaint.flagsOn(LocalDate.of(2026, 2, 2))).extracting(Flag::code).containsExactly(Flag.HOLD_PAST_REVIEW);
        }

        @Test
        void aPausedClockIsNotBreached() {
            Complaint complaint = complaint();
            complaint.holds().place(Hold.HoldReason.LEGAL_PROCEEDINGS, LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 7),
                    LocalDate.of(2026, 2, 1), TODAY);
            assertThat(complaint.breachOf(ClockKind.STAGE_1, LocalDate.of(2026, 1, 30))).isEmpty();
        }

        @Test
        void cannotRespondWhileOnHold() {
            Complaint complaint = complaint();
            complaint.holds().place(Hold.HoldReason.COMPLAINANT_REQUEST, RECEIVED, RECEIVED, RECEIVED.plusDays(9), TODAY);
            assertThat(rule(() -> complaint.stageOne().respond(RECEIVED.plusDays(3), upheld(), List.of(), List.of(), TODAY)))
                    .isEqualTo("hold.on-hold");
        }
    }

    @Nested
    class Closure {

        @Test
        void refusesClosingARequestedStageTwoForWantOfAnAgreedStatement() {
            Complaint complaint = respondedOn(LocalDate.of(2026, 1, 16));
            complaint.stageTwo().request(LocalDate.of(2026, 1, 20), null, SETTINGS, CALENDAR, TODAY);
            assertThat(rule(() -> complaint.closure().close("STATEMENT_NOT_AGREED", LocalDate.of(2026, 3, 1), TODAY)))
                    .isEqualTo("closure.requested-stage-unanswered");
        }

        @Test
        void refusesAReasonOffTheListEvenWhenNothingIsAwaited() {
            Complaint complaint = respondedOn(LocalDate.of(2026, 1, 16));
            assertThat(rule(() -> complaint.closure().close("NO_FURTHER_ACTION", LocalDate.of(2026, 3, 1), TODAY)))
                    .isEqualTo("closure.reason-not-allowed");
        }

        @Test
        void closesAWithdrawnComplaintAndStopsItsClocks() {
            Complaint complaint = respondedOn(LocalDate.of(2026, 1, 16));
            complaint.stageTwo().request(LocalDate.of(2026, 1, 20), null, SETTINGS, CALENDAR, TODAY);
            complaint.closure().close("WITHDRAWN_BY_COMPLAINANT", LocalDate.of(2026, 1, 22), TODAY);
            assertThat(complaint.state()).isEqualTo(ComplaintState.CLOSED);
            assertThat(complaint.clocks().get(ClockKind.STAGE_2_PROGRESSION).stoppedOn()).contains(LocalDate.of(2026, 1, 22));
            assertThat(rule(() -> complaint.closure().close("RESOLVED", LocalDate.of(2026, 1, 23), TODAY)))
                    .isEqualTo("complaint.transition-not-allowed");
        }
    }

    @Nested
    class Transitions {

        @Test
        void aComplaintCannotSkipAStage() {
            assertThat(rule(() -> ComplaintState.STAGE_1_OPEN.moveTo(ComplaintState.STAGE_2_REQUESTED)))
                    .isEqualTo("complaint.transition-not-allowed");
        }

        @Test
        void nothingLeavesClosure() {
            for (ComplaintState next : ComplaintState.values()) {
                assertThat(rule(() -> ComplaintState.CLOSED.moveTo(next))).isEqualTo("complaint.transition-not-allowed");
            }
        }
    }
}
