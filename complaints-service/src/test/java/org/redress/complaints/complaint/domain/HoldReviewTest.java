package org.redress.complaints.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.contracts.CaseReference;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * A hold's review is a step of its own (DOMAIN §2: a hold is reviewed by its review date): recorded with the day
 * it happened, it ends "on hold past its review date, unreviewed" from that day, while the hold itself goes on.
 * On hold from Wednesday 7 January 2026, review due Tuesday 20 January; unreviewed, the flag is raised the day
 * after, 21 January.
 */
class HoldReviewTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final LocalDate HELD = LocalDate.of(2026, 1, 7);
    private static final LocalDate REVIEW = LocalDate.of(2026, 1, 20);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Complaint onHold() {
        NewComplaint details = new NewComplaint(LocalDate.of(2026, 1, 5), Channel.LETTER, ComplainantRole.PARENT,
                List.of("CR-200001"), List.of("The plan was not reviewed"), List.of(), null,
                List.of(SubjectMatter.ASSESSMENT));
        Complaint complaint = Complaint.register(UUID.randomUUID(), new CaseReference("CMP", 2026, 79), details, TODAY,
                IntakeTimescales.defaults(CALENDAR)).complaint();
        complaint.holds().place(Hold.HoldReason.LEGAL_PROCEEDINGS, HELD, HELD, REVIEW, TODAY);
        return complaint;
    }

    private static List<Flag> pastReview(Complaint complaint, LocalDate day) {
        return complaint.flagsOn(day).stream().filter(flag -> flag.code().equals(Flag.HOLD_PAST_REVIEW)).toList();
    }

    private static String rule(Runnable command) {
        try {
            command.run();
        } catch (RuleViolation violation) {
            return violation.rule();
        }
        throw new AssertionError("no rule broken");
    }

    @Test
    void aReviewByTheReviewDateRaisesNoFlagAndTheHoldGoesOn() {
        Complaint complaint = onHold();
        complaint.holds().review(LocalDate.of(2026, 1, 19), TODAY);
        assertThat(pastReview(complaint, TODAY)).isEmpty();
        assertThat(complaint.openHold()).get().satisfies(hold -> assertThat(hold.reviewedOn()).isEqualTo(LocalDate.of(2026, 1, 19)));
    }

    @Test
    void aLateReviewResolvesTheFlagFromTheDayItHappened() {
        Complaint complaint = onHold();
        Change reviewed = complaint.holds().review(LocalDate.of(2026, 2, 3), TODAY);
        assertThat(pastReview(complaint, TODAY)).singleElement().satisfies(flag -> {
            assertThat(flag.raisedOn()).isEqualTo(LocalDate.of(2026, 1, 21));
            assertThat(flag.resolvedOn()).isEqualTo(LocalDate.of(2026, 2, 3));
            assertThat(flag.detail()).endsWith("reviewed on 2026-02-03");
        });
        assertThat(complaint.activeFlagsOn(LocalDate.of(2026, 2, 2))).extracting(Flag::code).contains(Flag.HOLD_PAST_REVIEW);
        assertThat(complaint.activeFlagsOn(LocalDate.of(2026, 2, 3))).extracting(Flag::code)
                .doesNotContain(Flag.HOLD_PAST_REVIEW);
        assertThat(reviewed.notes()).extracting(TimelineNote::what, TimelineNote::happenedOn).containsExactly(
                tuple("hold.reviewed", LocalDate.of(2026, 2, 3)),
                tuple("flag.HOLD_PAST_REVIEW", LocalDate.of(2026, 1, 21)));
    }

    @Test
    void readAsOfADayBeforeTheReviewTheHoldWasUnreviewed() {
        Complaint complaint = onHold();
        complaint.holds().review(LocalDate.of(2026, 2, 3), TODAY);
        Complaint then = complaint.asOf(LocalDate.of(2026, 2, 2), CALENDAR);
        assertThat(then.openHold()).get().satisfies(hold -> assertThat(hold.reviewedOn()).isNull());
        assertThat(then.activeFlagsOn(LocalDate.of(2026, 2, 2))).extracting(Flag::code).contains(Flag.HOLD_PAST_REVIEW);
    }

    @Test
    void isRefusedWithoutAnOpenHoldBeforeTheHoldInTheFutureOrASecondTime() {
        Complaint complaint = onHold();
        assertThat(rule(() -> complaint.holds().review(LocalDate.of(2026, 1, 6), TODAY))).isEqualTo("hold.review-before-hold");
        assertThat(rule(() -> complaint.holds().review(TODAY.plusDays(1), TODAY))).isEqualTo("date.in-future");
        complaint.holds().review(LocalDate.of(2026, 1, 19), TODAY);
        assertThat(rule(() -> complaint.holds().review(LocalDate.of(2026, 1, 26), TODAY))).isEqualTo("hold.already-reviewed");
        complaint.holds().release(LocalDate.of(2026, 1, 27), TODAY);
        assertThat(rule(() -> complaint.holds().review(LocalDate.of(2026, 1, 28), TODAY))).isEqualTo("hold.not-on-hold");
    }
}
