package org.redress.complaints.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.complaints.complaint.domain.ComplaintProcedureTest.rule;
import static org.redress.complaints.complaint.domain.ComplaintProcedureTest.upheld;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.contracts.CaseReference;
import org.redress.contracts.events.ComplaintDeclineEnded;
import org.redress.contracts.events.ComplaintDeclined;
import org.redress.contracts.events.ComplaintRegistered;
import org.redress.contracts.events.ComplaintRouted;
import org.redress.contracts.events.ComplaintStageOpened;
import org.redress.contracts.events.ComplaintStandingDecided;
import org.redress.statutorytime.ClockState;
import org.redress.statutorytime.WorkingDayCalendar;

/** A sufficient-interest complainant's standing, and declining a complaint while proceedings run. */
class StandingAndDeclineTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    /** Monday 5 January 2026: stage 1 due Monday 19 January; a 5 working day standing decision due Monday 12 January. */
    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 5);
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 1, 7);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Complaint.Registration registerFrom(ComplainantRole role, IntakeTimescales timescales) {
        NewComplaint details = new NewComplaint(RECEIVED, Channel.EMAIL, role, List.of("CR-104233"),
                List.of("Assessment late", "No short breaks offered"), List.of(), null, List.of(SubjectMatter.ASSESSMENT));
        return Complaint.register(UUID.randomUUID(), new CaseReference("CMP", 2026, 12), details, TODAY, timescales);
    }

    private static Complaint awaitingStanding() {
        return registerFrom(ComplainantRole.SUFFICIENT_INTEREST, IntakeTimescales.defaults(CALENDAR)).complaint();
    }

    private static StandingDecision accepted(LocalDate on) {
        return new StandingDecision(StandingDecision.Outcome.ACCEPTED, on, true, on, null, null, null);
    }

    private static StandingDecision refused(String reason, LocalDate personToldOn) {
        return new StandingDecision(StandingDecision.Outcome.REFUSED, WEDNESDAY, true, WEDNESDAY, reason, personToldOn,
                null);
    }

    @Nested
    class SufficientInterest {

        @Test
        void waitsForTheStandingDecisionWithItsOwnClockAndNoStageOneClock() {
            var registration = registerFrom(ComplainantRole.SUFFICIENT_INTEREST, IntakeTimescales.defaults(CALENDAR));
            Complaint complaint = registration.complaint();
            assertThat(complaint.state()).isEqualTo(ComplaintState.AWAITING_STANDING_DECISION);
            assertThat(complaint.stageOneClock()).isEmpty();
            assertThat(complaint.clocks().get(ClockKind.STANDING_DECISION).snapshotOn(RECEIVED).effectiveDueDate())
                    .isEqualTo(LocalDate.of(2026, 1, 12));
            // registered (no stage 1 due date yet) and routed; stage 1 has not opened
            assertThat(registration.change().events()).hasExactlyElementsOfTypes(ComplaintRegistered.class,
                    ComplaintRouted.class);
            assertThat(registration.registered().stageOneDueDate()).isNull();
        }

        @Test
        void theStandingDecisionClockIsACouncilSetting() {
            Complaint complaint = registerFrom(ComplainantRole.SUFFICIENT_INTEREST, new IntakeTimescales(CALENDAR, 3))
                    .complaint();
            assertThat(complaint.clocks().get(ClockKind.STANDING_DECISION).snapshotOn(RECEIVED).effectiveDueDate())
                    .isEqualTo(LocalDate.of(2026, 1, 8));
        }

        @Test
        void anyOtherComplainantOpensStageOneOnReceiptAnnouncingRegisteredRoutedAndStageOpened() {
            var registration = registerFrom(ComplainantRole.PARENT, IntakeTimescales.defaults(CALENDAR));
            assertThat(registration.complaint().state()).isEqualTo(ComplaintState.STAGE_1_OPEN);
            assertThat(registration.change().events()).hasExactlyElementsOfTypes(ComplaintRegistered.class,
                    ComplaintRouted.class, ComplaintStageOpened.class);
            ComplaintStageOpened opened = (ComplaintStageOpened) registration.change().events().get(2);
            assertThat(opened.stage()).isEqualTo("STAGE_1");
            assertThat(opened.dueDate()).isEqualTo(LocalDate.of(2026, 1, 19));
        }

        @Test
        void refusesStageOneStepsUntilStandingIsDecided() {
            Complaint complaint = awaitingStanding();
            assertThat(rule(() -> complaint.stageOne().respond(WEDNESDAY, upheld(), List.of(), List.of(), TODAY)))
                    .isEqualTo("standing.undecided");
            assertThat(rule(() -> complaint.stageOne().extend(20, "advocate", WEDNESDAY, TODAY)))
                    .isEqualTo("standing.undecided");
        }

        @Test
        void acceptingStandingOpensStageOneWithTenWorkingDaysFromTheDecision() {
            Complaint complaint = awaitingStanding();
            Change change = complaint.intake().decideStanding(accepted(WEDNESDAY), CALENDAR, TODAY);
            assertThat(complaint.state()).isEqualTo(ComplaintState.STAGE_1_OPEN);
            // the complaint counts as made on Wed 7 Jan: 10 working days to Wed 21 Jan, not Mon 19 Jan from receipt
            assertThat(complaint.stageOneClock().orElseThrow().snapshotOn(WEDNESDAY).effectiveDueDate())
                    .isEqualTo(LocalDate.of(2026, 1, 21));
            assertThat(complaint.clocks().get(ClockKind.STANDING_DECISION).snapshotOn(TODAY).state())
                    .isEqualTo(ClockState.MET);
            assertThat(change.events()).hasExactlyElementsOfTypes(ComplaintStandingDecided.class,
                    ComplaintStageOpened.class);
            assertThat(((ComplaintStageOpened) change.events().get(1)).openedOn()).isEqualTo(WEDNESDAY);
            assertThat(complaint.stageOne().respond(LocalDate.of(2026, 1, 20), upheld(), List.of(), List.of(), TODAY).events())
                    .isNotEmpty();
        }

        @Test
        void aRefusalNeedsItsReasonAndTheDayThePersonWasTold() {
            assertThat(rule(() -> awaitingStanding().intake().decideStanding(refused(" ", WEDNESDAY), CALENDAR, TODAY)))
                    .isEqualTo("standing.refusal-reason-required");
            assertThat(rule(() -> awaitingStanding().intake().decideStanding(refused("No part in the child's life", null),
                    CALENDAR, TODAY))).isEqualTo("standing.refusal-not-told");
        }

        @Test
        void aRefusalEndsTheComplaintInAStateOfItsOwnThatIsNotAClosure() {
            Complaint complaint = awaitingStanding();
            Change change = complaint.intake().decideStanding(refused("No part in the child's life", WEDNESDAY), CALENDAR,
                    TODAY);
            assertThat(complaint.state()).isEqualTo(ComplaintState.REFUSED_STANDING);
            assertThat(complaint.state().isFinished()).isTrue();
            assertThat(complaint.progress().closure()).isNull();
            assertThat(complaint.clocks().get(ClockKind.STANDING_DECISION).stoppedOn()).contains(WEDNESDAY);
            assertThat(((ComplaintStandingDecided) change.events().get(0)).decision()).isEqualTo("REFUSED");
            assertThat(rule(() -> complaint.closure().close("RESOLVED", WEDNESDAY, TODAY)))
                    .isEqualTo("complaint.transition-not-allowed");
        }

        @Test
        void theChildsViewsNeedTheirDateOrTheDecisionIsFlagged() {
            StandingDecision undated = new StandingDecision(StandingDecision.Outcome.ACCEPTED, WEDNESDAY, true, null, null,
                    null, null);
            assertThat(rule(() -> awaitingStanding().intake().decideStanding(undated, CALENDAR, TODAY)))
                    .isEqualTo("standing.child-views-date-required");
            Complaint complaint = awaitingStanding();
            complaint.intake().decideStanding(new StandingDecision(StandingDecision.Outcome.ACCEPTED, WEDNESDAY, false,
                    null, null, null, null), CALENDAR, TODAY);
            assertThat(complaint.flagsOn(TODAY)).extracting(Flag::code).containsExactly(Flag.STANDING_WITHOUT_CHILD_VIEWS);
        }

        @Test
        void anUndecidedStandingIsBreachedAndFlaggedTheDayAfterItsClockRunsOut() {
            Complaint complaint = awaitingStanding();
            assertThat(complaint.breachOf(ClockKind.STANDING_DECISION, LocalDate.of(2026, 1, 12))).isEmpty();
            assertThat(complaint.flagsOn(LocalDate.of(2026, 1, 12))).isEmpty();
            assertThat(complaint.breachOf(ClockKind.STANDING_DECISION, LocalDate.of(2026, 1, 13))).isPresent();
            assertThat(complaint.flagsOn(LocalDate.of(2026, 1, 13))).extracting(Flag::code)
                    .containsExactly(Flag.STANDING_DECISION_OVERDUE);
        }

        @Test
        void isNotDecidedForAComplainantWhoNeedsNoStandingDecision() {
            Complaint parents = registerFrom(ComplainantRole.PARENT, IntakeTimescales.defaults(CALENDAR)).complaint();
            assertThat(rule(() -> parents.intake().decideStanding(accepted(WEDNESDAY), CALENDAR, TODAY)))
                    .isEqualTo("complaint.transition-not-allowed");
        }
    }

    @Nested
    class DecliningForProceedings {

        private Complaint complaint() {
            return registerFrom(ComplainantRole.PARENT, IntakeTimescales.defaults(CALENDAR)).complaint();
        }

        private Change declineWhole(Complaint complaint) {
            return complaint.declines().decline(Decline.Scope.WHOLE, null, Decline.Proceedings.CRIMINAL, WEDNESDAY,
                    WEDNESDAY, LocalDate.of(2026, 3, 2), TODAY);
        }

        @Test
        void refusesADeclineTheComplainantWasNotToldOfInWriting() {
            assertThat(rule(() -> complaint().declines().decline(Decline.Scope.WHOLE, null, Decline.Proceedings.LEGAL,
                    WEDNESDAY, null, LocalDate.of(2026, 3, 2), TODAY))).isEqualTo("decline.complainant-not-told");
        }

        @Test
        void declinedWholeTheClockPausesAndResumesWithTheDaysItHadLeft() {
            Complaint complaint = complaint();
            Change declined = declineWhole(complaint);
            assertThat(complaint.clocks().get(ClockKind.STAGE_1).openPause()).isPresent();
            assertThat(complaint.breachOf(ClockKind.STAGE_1, LocalDate.of(2026, 1, 30))).isEmpty();
            // proceedings end Tue 13 Jan, taken up again Wed 14 Jan: 5 working days declined, due Mon 19 -> Mon 26 Jan
            Change ended = complaint.declines().end(LocalDate.of(2026, 1, 13), LocalDate.of(2026, 1, 14), TODAY);
            assertThat(complaint.stageOneClock().orElseThrow().snapshotOn(TODAY).dueDate())
                    .isEqualTo(LocalDate.of(2026, 1, 26));
            ComplaintDeclined event = (ComplaintDeclined) declined.events().get(0);
            assertThat(event.points()).containsExactly(1, 2);
            assertThat(event.proceedings()).isEqualTo("CRIMINAL");
            assertThat(((ComplaintDeclineEnded) ended.events().get(0)).proceedingsEndedOn())
                    .isEqualTo(LocalDate.of(2026, 1, 13));
            assertThat(declined.notes()).extracting(TimelineNote::what).containsExactly("complaint.declined");
        }

        @Test
        void declinedWholeNothingOfSubstanceHappensUntilItComesBack() {
            Complaint complaint = complaint();
            declineWhole(complaint);
            assertThat(rule(() -> complaint.stageOne().respond(WEDNESDAY, upheld(), List.of(), List.of(), TODAY)))
                    .isEqualTo("decline.declined");
            assertThat(rule(() -> complaint.holds().place(Hold.HoldReason.COMPLAINANT_REQUEST, WEDNESDAY, WEDNESDAY,
                    LocalDate.of(2026, 2, 2), TODAY))).isEqualTo("decline.declined");
        }

        @Test
        void declinedInPartTheClockRunsOnForTheOtherPoints() {
            Complaint complaint = complaint();
            complaint.declines().decline(Decline.Scope.PART, List.of(2), Decline.Proceedings.DISCIPLINARY, WEDNESDAY,
                    WEDNESDAY, LocalDate.of(2026, 3, 2), TODAY);
            assertThat(complaint.stageOneClock().orElseThrow().snapshotOn(LocalDate.of(2026, 1, 14)).dueDate())
                    .isEqualTo(LocalDate.of(2026, 1, 19));
            assertThat(complaint.openDecline().orElseThrow().points()).containsExactly(2);
        }

        @Test
        void aPartDeclineListsSomeButNotAllOfThePoints() {
            assertThat(rule(() -> complaint().declines().decline(Decline.Scope.PART, List.of(1, 2),
                    Decline.Proceedings.LEGAL, WEDNESDAY, WEDNESDAY, LocalDate.of(2026, 3, 2), TODAY)))
                    .isEqualTo("decline.points-invalid");
            assertThat(rule(() -> complaint().declines().decline(Decline.Scope.PART, List.of(3),
                    Decline.Proceedings.LEGAL, WEDNESDAY, WEDNESDAY, LocalDate.of(2026, 3, 2), TODAY)))
                    .isEqualTo("decline.points-invalid");
        }

        @Test
        void aDeclinePastItsReviewDateIsFlagged() {
            Complaint complaint = complaint();
            declineWhole(complaint);
            assertThat(complaint.flagsOn(LocalDate.of(2026, 3, 2))).isEmpty();
            assertThat(complaint.flagsOn(LocalDate.of(2026, 3, 3))).extracting(Flag::code)
                    .containsExactly(Flag.DECLINE_PAST_REVIEW);
        }

        @Test
        void comesBackOnlyAfterTheProceedingsEndedAndOnlyWhenDeclined() {
            assertThat(rule(() -> complaint().declines().end(WEDNESDAY, WEDNESDAY, TODAY)))
                    .isEqualTo("decline.not-declined");
            Complaint complaint = complaint();
            declineWhole(complaint);
            assertThat(rule(() -> complaint.declines().end(RECEIVED, WEDNESDAY, TODAY)))
                    .isEqualTo("decline.proceedings-ended-before-decline");
            assertThat(rule(() -> complaint.declines().end(LocalDate.of(2026, 1, 14), LocalDate.of(2026, 1, 13), TODAY)))
                    .isEqualTo("decline.resumed-before-proceedings-ended");
        }
    }
}
