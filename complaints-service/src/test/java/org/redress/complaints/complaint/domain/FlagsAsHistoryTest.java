package org.redress.complaints.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.contracts.CaseReference;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * Flags are history (DOMAIN §5): a flag raised stays on record with the day it was raised and the
 * day it was resolved, and the complaint read as of any day shows what stood then.
 */
class FlagsAsHistoryTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    /** Monday 5 January 2026; a sufficient-interest complainant's standing decision is due Monday 12 January. */
    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 5);
    private static final LocalDate HELD = LocalDate.of(2026, 1, 7);
    private static final LocalDate REVIEW = LocalDate.of(2026, 1, 20);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Complaint from(ComplainantRole role) {
        NewComplaint details = new NewComplaint(RECEIVED, Channel.LETTER, role, List.of("CR-200001"),
                List.of("The plan was not reviewed"), List.of(), null, List.of(SubjectMatter.ASSESSMENT));
        return Complaint.register(UUID.randomUUID(), new CaseReference("CMP", 2026, 77), details, TODAY,
                IntakeTimescales.defaults(CALENDAR)).complaint();
    }

    private static Complaint onHoldUntilReview() {
        Complaint complaint = from(ComplainantRole.PARENT);
        complaint.holds().place(Hold.HoldReason.LEGAL_PROCEEDINGS, HELD, HELD, REVIEW, TODAY);
        return complaint;
    }

    private static List<Flag> coded(List<Flag> flags, String code) {
        return flags.stream().filter(flag -> flag.code().equals(code)).toList();
    }

    @Nested
    class AHoldPastItsReviewDate {

        @Test
        void isRaisedTheDayAfterTheReviewDateAndStaysActiveWhileTheHoldLasts() {
            Complaint complaint = onHoldUntilReview();
            assertThat(coded(complaint.flagsOn(TODAY), Flag.HOLD_PAST_REVIEW)).singleElement().satisfies(flag -> {
                assertThat(flag.raisedOn()).isEqualTo(LocalDate.of(2026, 1, 21));
                assertThat(flag.resolvedOn()).isNull();
            });
            assertThat(coded(complaint.activeFlagsOn(TODAY), Flag.HOLD_PAST_REVIEW)).hasSize(1);
        }

        @Test
        void staysOnRecordResolvedOnTheDayTheHoldWasReleased() {
            Complaint complaint = onHoldUntilReview();
            complaint.holds().release(LocalDate.of(2026, 2, 2), TODAY);
            assertThat(coded(complaint.flagsOn(TODAY), Flag.HOLD_PAST_REVIEW)).singleElement().satisfies(flag -> {
                assertThat(flag.raisedOn()).isEqualTo(LocalDate.of(2026, 1, 21));
                assertThat(flag.resolvedOn()).isEqualTo(LocalDate.of(2026, 2, 2));
                assertThat(flag.detail()).isEqualTo(
                        "on hold since 2026-01-07, review was due 2026-01-20, released on 2026-02-02");
            });
            assertThat(coded(complaint.activeFlagsOn(TODAY), Flag.HOLD_PAST_REVIEW)).isEmpty();
        }

        @Test
        void isNotRaisedWhenTheHoldWasReleasedOnItsReviewDate() {
            Complaint complaint = onHoldUntilReview();
            complaint.holds().release(REVIEW, TODAY);
            assertThat(coded(complaint.flagsOn(TODAY), Flag.HOLD_PAST_REVIEW)).isEmpty();
        }

        @Test
        void readAsOfAnEarlierDayShowsWhatStoodThen() {
            Complaint complaint = onHoldUntilReview();
            complaint.holds().release(LocalDate.of(2026, 2, 2), TODAY);
            assertThat(coded(complaint.flagsOn(REVIEW), Flag.HOLD_PAST_REVIEW)).isEmpty();
            assertThat(coded(complaint.flagsOn(LocalDate.of(2026, 2, 1)), Flag.HOLD_PAST_REVIEW)).singleElement()
                    .satisfies(flag -> assertThat(flag.resolvedOn()).isNull());
            assertThat(coded(complaint.activeFlagsOn(LocalDate.of(2026, 2, 1)), Flag.HOLD_PAST_REVIEW)).hasSize(1);
        }

        @Test
        void isPutOnTheTimelineWhenTheHoldIsReleasedDatedTheDayItWasRaised() {
            Complaint complaint = onHoldUntilReview();
            Change released = complaint.holds().release(LocalDate.of(2026, 2, 2), TODAY);
            assertThat(released.notes()).extracting(TimelineNote::what, TimelineNote::happenedOn).containsExactly(
                    tuple("hold.released", LocalDate.of(2026, 2, 2)),
                    tuple("flag.HOLD_PAST_REVIEW", LocalDate.of(2026, 1, 21)));
        }

        @Test
        void aHoldReleasedInTimePutsNoFlagOnTheTimeline() {
            Complaint complaint = onHoldUntilReview();
            Change released = complaint.holds().release(LocalDate.of(2026, 1, 14), TODAY);
            assertThat(released.notes()).extracting(TimelineNote::what).containsExactly("hold.released");
        }

        @Test
        void isResolvedWhenTheComplaintIsClosedWhileStillOnHold() {
            Complaint complaint = onHoldUntilReview();
            complaint.closure().close("WITHDRAWN_BY_COMPLAINANT", LocalDate.of(2026, 3, 2), TODAY);
            assertThat(coded(complaint.flagsOn(TODAY), Flag.HOLD_PAST_REVIEW)).singleElement()
                    .satisfies(flag -> assertThat(flag.resolvedOn()).isEqualTo(LocalDate.of(2026, 3, 2)));
        }

        @Test
        void eachHoldPastItsReviewDateIsAFlagOfItsOwn() {
            Complaint complaint = onHoldUntilReview();
            complaint.holds().release(LocalDate.of(2026, 2, 2), TODAY);
            complaint.holds().place(Hold.HoldReason.COMPLAINANT_REQUEST, LocalDate.of(2026, 3, 2),
                    LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16), TODAY);
            assertThat(coded(complaint.flagsOn(TODAY), Flag.HOLD_PAST_REVIEW))
                    .extracting(Flag::raisedOn, Flag::resolvedOn).containsExactly(
                            tuple(LocalDate.of(2026, 1, 21), LocalDate.of(2026, 2, 2)),
                            tuple(LocalDate.of(2026, 3, 17), null));
        }
    }

    @Test
    void aDeclinePastItsReviewDateStaysOnRecordResolvedOnTheDayTheComplaintResumed() {
        Complaint complaint = from(ComplainantRole.PARENT);
        complaint.declines().decline(Decline.Scope.WHOLE, null, Decline.Proceedings.CRIMINAL, HELD, HELD,
                LocalDate.of(2026, 2, 2), TODAY);
        complaint.declines().end(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 11), TODAY);
        assertThat(coded(complaint.flagsOn(TODAY), Flag.DECLINE_PAST_REVIEW)).singleElement().satisfies(flag -> {
            assertThat(flag.raisedOn()).isEqualTo(LocalDate.of(2026, 2, 3));
            assertThat(flag.resolvedOn()).isEqualTo(LocalDate.of(2026, 2, 11));
        });
        assertThat(complaint.activeFlagsOn(TODAY)).isEmpty();
    }

    @Nested
    class AStandingDecision {

        private static StandingDecision acceptedOn(LocalDate on) {
            return new StandingDecision(StandingDecision.Outcome.ACCEPTED, on, true, on, null, null, null);
        }

        @Test
        void madeLateStaysFlaggedAsOverdueResolvedOnTheDayItWasMade() {
            Complaint complaint = from(ComplainantRole.SUFFICIENT_INTEREST);
            Change decided = complaint.intake().decideStanding(acceptedOn(LocalDate.of(2026, 1, 15)), CALENDAR, TODAY);
            assertThat(coded(complaint.flagsOn(TODAY), Flag.STANDING_DECISION_OVERDUE)).singleElement()
                    .satisfies(flag -> {
                        assertThat(flag.raisedOn()).isEqualTo(LocalDate.of(2026, 1, 13));
                        assertThat(flag.resolvedOn()).isEqualTo(LocalDate.of(2026, 1, 15));
                    });
            assertThat(complaint.activeFlagsOn(TODAY)).isEmpty();
            assertThat(decided.notes()).extracting(TimelineNote::what).contains("flag.STANDING_DECISION_OVERDUE");
        }

        @Test
        void madeOnItsDueDateIsNeverFlagged() {
            Complaint complaint = from(ComplainantRole.SUFFICIENT_INTEREST);
            complaint.intake().decideStanding(acceptedOn(LocalDate.of(2026, 1, 12)), CALENDAR, TODAY);
            assertThat(complaint.flagsOn(TODAY)).isEmpty();
        }

        @Test
        void stillUndecidedIsActiveFromTheDayAfterItWasDue() {
            Complaint complaint = from(ComplainantRole.SUFFICIENT_INTEREST);
            assertThat(complaint.activeFlagsOn(TODAY)).extracting(Flag::code, Flag::raisedOn).containsExactly(
                    tuple(Flag.STANDING_DECISION_OVERDUE, LocalDate.of(2026, 1, 13)));
            assertThat(complaint.flagsOn(LocalDate.of(2026, 1, 12))).isEmpty();
        }
    }

    @Test
    void aFlagRecordedWithAStepIsDatedTheDayTheStepHappenedAndNeverResolves() {
        Complaint complaint = from(ComplainantRole.SUFFICIENT_INTEREST);
        LocalDate decidedOn = LocalDate.of(2026, 1, 8);
        Change decided = complaint.intake().decideStanding(new StandingDecision(StandingDecision.Outcome.ACCEPTED,
                decidedOn, false, null, null, null, null), CALENDAR, TODAY);
        assertThat(coded(complaint.flagsOn(TODAY), Flag.STANDING_WITHOUT_CHILD_VIEWS)).singleElement()
                .satisfies(flag -> {
                    assertThat(flag.raisedOn()).isEqualTo(decidedOn);
                    assertThat(flag.resolvedOn()).isNull();
                });
        assertThat(coded(complaint.activeFlagsOn(TODAY), Flag.STANDING_WITHOUT_CHILD_VIEWS)).hasSize(1);
        assertThat(decided.notes()).filteredOn(note -> note.what().equals("flag.STANDING_WITHOUT_CHILD_VIEWS"))
                .extracting(TimelineNote::happenedOn).containsExactly(decidedOn);
    }
}
