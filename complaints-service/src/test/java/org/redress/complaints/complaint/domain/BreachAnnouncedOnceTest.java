package org.redress.complaints.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.complaints.complaint.domain.ComplaintProcedureTest.complaint;
import static org.redress.complaints.complaint.domain.ComplaintProcedureTest.upheld;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.contracts.events.ClockBreached;
import org.redress.contracts.events.ComplaintClosed;
import org.redress.contracts.events.ComplaintStageDecided;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * DOMAIN §1: a clock's breach is reported once. Whichever comes first announces it, the sweep or the
 * step recorded after the due date, and the other stays silent; the breach is dated the day after
 * the due date however late it is recorded.
 */
class BreachAnnouncedOnceTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final StageTwoSettings SETTINGS = StageTwoSettings.defaults();
    /** Received Monday 5 January 2026: stage 1 due Monday 19 January, overdue from Tuesday 20 January. */
    private static final LocalDate DUE = LocalDate.of(2026, 1, 19);
    private static final LocalDate OVERDUE_FROM = LocalDate.of(2026, 1, 20);
    private static final LocalDate RESPONDED_LATE = LocalDate.of(2026, 1, 23);
    private static final LocalDate RECORDED = LocalDate.of(2026, 2, 2);

    @Nested
    class AStepRecordedLateWithNoSweepInBetween {

        @Test
        void announcesTheBreachBeforeTheStepDatedTheDayAfterTheDueDate() {
            Complaint complaint = complaint();
            Change change = complaint.stageOne().respond(RESPONDED_LATE, upheld(), List.of(), List.of(), RECORDED);

            assertThat(change.events()).hasSize(2);
            assertThat(change.events().get(0)).isInstanceOfSatisfying(ClockBreached.class, breach -> {
                assertThat(breach.complaintId()).isEqualTo(complaint.id());
                assertThat(breach.complaintReference()).isEqualTo(complaint.reference().toString());
                assertThat(breach.clock()).isEqualTo("STAGE_1");
                assertThat(breach.startDate()).isEqualTo(LocalDate.of(2026, 1, 5));
                assertThat(breach.dueDate()).isEqualTo(DUE);
                assertThat(breach.breachedOn()).isEqualTo(OVERDUE_FROM);
            });
            assertThat(change.events().get(1)).isInstanceOf(ComplaintStageDecided.class);
            assertThat(change.notes()).extracting(TimelineNote::what)
                    .containsExactly("clock.breached", "stage-1.responded");
            assertThat(change.notes().get(0)).isEqualTo(new TimelineNote("clock.breached",
                    "the stage 1 clock passed its due date of 2026-01-19", OVERDUE_FROM));
            assertThat(change.announcementOnly()).isFalse();
        }

        @Test
        void marksTheBreachAnnouncedOnTheDayTheStepWasRecorded() {
            Complaint complaint = complaint();
            complaint.stageOne().respond(RESPONDED_LATE, upheld(), List.of(), List.of(), RECORDED);

            assertThat(complaint.progress().breachesAnnounced()).containsExactly(Map.entry(ClockKind.STAGE_1, RECORDED));
            assertThat(complaint.hasBreachUnannounced()).isFalse();
        }

        @Test
        void leavesTheSweepNothingToAnnounce() {
            Complaint complaint = complaint();
            complaint.stageOne().respond(RESPONDED_LATE, upheld(), List.of(), List.of(), RECORDED);

            assertThat(complaint.announceBreach(ClockKind.STAGE_1, RECORDED.plusDays(1))).isEmpty();
        }

        @Test
        void announcesABreachThatOnlyAStepWithoutOtherEventsRevealsAsAChangeOfTheComplaint() {
            Complaint complaint = complaint();
            complaint.stageOne().respond(LocalDate.of(2026, 1, 16), upheld(), List.of(), List.of(), RECORDED);
            complaint.stageTwo().request(LocalDate.of(2026, 1, 20), null, SETTINGS, CALENDAR, RECORDED);
            // the progression clock was due Tuesday 3 February
            Change change = complaint.stageTwo().agreeStatement(LocalDate.of(2026, 2, 10), "IO-1", SETTINGS, CALENDAR,
                    LocalDate.of(2026, 2, 11));

            assertThat(change.events()).singleElement().isInstanceOfSatisfying(ClockBreached.class, breach -> {
                assertThat(breach.clock()).isEqualTo("STAGE_2_PROGRESSION");
                assertThat(breach.breachedOn()).isEqualTo(LocalDate.of(2026, 2, 4));
            });
            // the statement agreed is stored with it, not only the announcement
            assertThat(change.announcementOnly()).isFalse();
        }

        @Test
        void announcesTheBreachOfAClockStillRunningWhenTheComplaintIsClosedAfterItsDueDate() {
            Complaint complaint = complaint();
            Change change = complaint.closure().close("WITHDRAWN_BY_COMPLAINANT", RESPONDED_LATE, RECORDED);

            assertThat(change.events()).hasSize(2);
            assertThat(change.events().get(0)).isInstanceOfSatisfying(ClockBreached.class,
                    breach -> assertThat(breach.breachedOn()).isEqualTo(OVERDUE_FROM));
            assertThat(change.events().get(1)).isInstanceOf(ComplaintClosed.class);
        }
    }

    @Nested
    class AStepInTime {

        @Test
        void announcesNoBreach() {
            Complaint complaint = complaint();
            Change change = complaint.stageOne().respond(DUE, upheld(), List.of(), List.of(), RECORDED);

            assertThat(change.events()).singleElement().isInstanceOf(ComplaintStageDecided.class);
            assertThat(change.notes()).extracting(TimelineNote::what).doesNotContain("clock.breached");
            assertThat(complaint.progress().breachesAnnounced()).isEmpty();
        }

        @Test
        void withinAnExtensionAnnouncesNoBreach() {
            Complaint complaint = complaint();
            complaint.stageOne().extend(20, "An advocate is needed", LocalDate.of(2026, 1, 7), RECORDED);
            Change change = complaint.stageOne().respond(RESPONDED_LATE, upheld(), List.of(), List.of(), RECORDED);

            assertThat(change.events()).noneMatch(ClockBreached.class::isInstance);
        }
    }

    @Nested
    class TheSweep {

        @Test
        void announcesARunningClockOverdueDatedTheDayItFindsIt() {
            Complaint complaint = complaint();

            assertThat(complaint.announceBreach(ClockKind.STAGE_1, DUE)).isEmpty();
            Change change = complaint.announceBreach(ClockKind.STAGE_1, OVERDUE_FROM).orElseThrow();

            assertThat(change.announcementOnly()).isTrue();
            assertThat(change.events()).singleElement().isInstanceOfSatisfying(ClockBreached.class, breach -> {
                assertThat(breach.dueDate()).isEqualTo(DUE);
                assertThat(breach.breachedOn()).isEqualTo(OVERDUE_FROM);
            });
            assertThat(change.notes()).containsExactly(new TimelineNote("clock.breached",
                    "the stage 1 clock passed its due date of 2026-01-19", OVERDUE_FROM));
            assertThat(complaint.progress().breachesAnnounced()).containsExactly(Map.entry(ClockKind.STAGE_1, OVERDUE_FROM));
        }

        @Test
        void announcesABreachOnlyOnce() {
            Complaint complaint = complaint();
            complaint.announceBreach(ClockKind.STAGE_1, OVERDUE_FROM);

            assertThat(complaint.announceBreach(ClockKind.STAGE_1, OVERDUE_FROM.plusDays(1))).isEmpty();
            // still breached, and still flagged and shown as such, though announced
            assertThat(complaint.breachOf(ClockKind.STAGE_1, OVERDUE_FROM.plusDays(1))).isPresent();
        }

        @Test
        void leavesTheLateStepNothingToAnnounce() {
            Complaint complaint = complaint();
            complaint.announceBreach(ClockKind.STAGE_1, OVERDUE_FROM);

            Change change = complaint.stageOne().respond(RESPONDED_LATE, upheld(), List.of(), List.of(), RECORDED);

            assertThat(change.events()).singleElement().isInstanceOfSatisfying(ComplaintStageDecided.class,
                    decided -> assertThat(decided.clockResult()).isEqualTo("MISSED"));
            assertThat(change.notes()).extracting(TimelineNote::what).doesNotContain("clock.breached");
            assertThat(complaint.progress().breachesAnnounced()).containsExactly(Map.entry(ClockKind.STAGE_1, OVERDUE_FROM));
        }

        @Test
        void leavesTheLateStepNothingToAnnounceOnceTheComplaintIsReadBackWithItsAnnouncement() {
            Complaint announced = complaint();
            announced.announceBreach(ClockKind.STAGE_1, OVERDUE_FROM);
            Complaint readBack = new Complaint(announced.id(), announced.reference(), announced.details(),
                    announced.progress());

            Change change = readBack.stageOne().respond(RESPONDED_LATE, upheld(), List.of(), List.of(), RECORDED);

            assertThat(change.events()).noneMatch(ClockBreached.class::isInstance);
        }
    }
}
