package org.redress.statutorytime;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.statutorytime.Rejections.assertRejected;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StatutoryClockTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    /** Stage 1: 10 working days from Monday 8 January 2024, extendable to 20; due Mon 22 Jan. */
    private static final StatutoryClock STAGE_ONE =
            StatutoryClock.start(CALENDAR, parse("2024-01-08"), 10, 20);

    @Nested
    class WhileRunning {

        @Test
        void isOnTrackOnTheDayItStarts() {
            assertThat(STAGE_ONE.snapshotOn(parse("2024-01-08"))).isEqualTo(new ClockSnapshot(
                    parse("2024-01-08"), parse("2024-01-22"), null, 0, 10, ClockState.ON_TRACK));
        }

        @Test
        void isOnTrackWithFourWorkingDaysLeft() {
            ClockSnapshot snapshot = STAGE_ONE.snapshotOn(parse("2024-01-16"));

            assertThat(snapshot.daysLeft()).isEqualTo(4);
            assertThat(snapshot.state()).isEqualTo(ClockState.ON_TRACK);
        }

        @Test
        void isDueSoonWithThreeWorkingDaysLeft() {
            ClockSnapshot snapshot = STAGE_ONE.snapshotOn(parse("2024-01-17"));

            assertThat(snapshot.daysUsed()).isEqualTo(7);
            assertThat(snapshot.daysLeft()).isEqualTo(3);
            assertThat(snapshot.state()).isEqualTo(ClockState.DUE_SOON);
        }

        @Test
        void isStillDueSoonOnItsDueDate() {
            assertThat(STAGE_ONE.snapshotOn(parse("2024-01-22")).state()).isEqualTo(ClockState.DUE_SOON);
        }

        @Test
        void isOverdueFromTheDayAfterItsDueDate() {
            ClockSnapshot snapshot = STAGE_ONE.snapshotOn(parse("2024-01-23"));

            assertThat(snapshot.state()).isEqualTo(ClockState.OVERDUE);
            assertThat(snapshot.daysLeft()).isEqualTo(-1);
        }

        @Test
        void isOverdueOnTheSaturdayAfterAFridayDueDate() {
            StatutoryClock clock = StatutoryClock.start(CALENDAR, parse("2024-01-05"), 10);

            ClockSnapshot snapshot = clock.snapshotOn(parse("2024-01-20"));

            assertThat(snapshot.dueDate()).isEqualTo(parse("2024-01-19"));
            assertThat(snapshot.daysLeft()).isZero();
            assertThat(snapshot.state()).isEqualTo(ClockState.OVERDUE);
        }

        @Test
        void readsTodayFromAJavaClock() {
            Clock tuesday = Clock.fixed(Instant.parse("2024-01-23T09:00:00Z"), ZoneId.of("Europe/London"));

            assertThat(STAGE_ONE.snapshot(tuesday).state()).isEqualTo(ClockState.OVERDUE);
        }

        @Test
        void isDueOnItsStartDateWithALimitOfZero() {
            StatutoryClock clock = StatutoryClock.start(CALENDAR, parse("2024-01-08"), 0);

            assertThat(clock.snapshotOn(parse("2024-01-08")).dueDate()).isEqualTo(parse("2024-01-08"));
        }
    }

    @Nested
    class OnHold {

        @Test
        void isPausedWhileAnOpenHoldCoversToday() {
            ClockSnapshot snapshot = STAGE_ONE.pause(parse("2024-01-10")).snapshotOn(parse("2024-01-11"));

            assertThat(snapshot.state()).isEqualTo(ClockState.PAUSED);
            assertThat(snapshot.daysUsed()).isEqualTo(2); // 9 and 10 Jan; 11 Jan is on hold
            assertThat(snapshot.dueDate()).isEqualTo(parse("2024-01-23")); // moved by one so far
        }

        @Test
        void isPausedOnTheDayTheHoldIsPlaced() {
            assertThat(STAGE_ONE.pause(parse("2024-01-10")).snapshotOn(parse("2024-01-10")).state())
                    .isEqualTo(ClockState.PAUSED);
        }

        @Test
        void movesTheDueDateByTheWorkingDaysAfterTheHoldUpToAndIncludingTheRelease() {
            StatutoryClock held = STAGE_ONE.pause(parse("2024-01-10")).resume(parse("2024-01-12"));

            ClockSnapshot snapshot = held.snapshotOn(parse("2024-01-12"));

            assertThat(snapshot.dueDate()).isEqualTo(parse("2024-01-24")); // 11 and 12 Jan paused
            assertThat(snapshot.daysUsed()).isEqualTo(2);
            assertThat(snapshot.state()).isEqualTo(ClockState.ON_TRACK);
        }

        @Test
        void movesNothingForAHoldPlacedAndReleasedTheSameDay() {
            StatutoryClock held = STAGE_ONE.pause(parse("2024-01-10")).resume(parse("2024-01-10"));

            assertThat(held.snapshotOn(parse("2024-01-15")))
                    .isEqualTo(STAGE_ONE.snapshotOn(parse("2024-01-15")));
        }

        @Test
        void movesOnlyByWorkingDaysWhenAHoldSpansAWeekend() {
            StatutoryClock held = STAGE_ONE.pause(parse("2024-01-12")).resume(parse("2024-01-15"));

            assertThat(held.snapshotOn(parse("2024-01-15")).dueDate()).isEqualTo(parse("2024-01-23"));
        }

        @Test
        void doesNotReviveAClockWithAHoldPlacedOnItsDueDate() {
            StatutoryClock held = STAGE_ONE.pause(parse("2024-01-22")).resume(parse("2024-01-25"));

            ClockSnapshot snapshot = held.snapshotOn(parse("2024-01-26"));

            assertThat(snapshot.dueDate()).isEqualTo(parse("2024-01-22"));
            assertThat(snapshot.state()).isEqualTo(ClockState.OVERDUE);
        }

        @Test
        void addsUpSuccessiveHolds() {
            StatutoryClock held = STAGE_ONE
                    .pause(parse("2024-01-09")).resume(parse("2024-01-10"))
                    .pause(parse("2024-01-10")).resume(parse("2024-01-12"));

            assertThat(held.snapshotOn(parse("2024-01-15")).dueDate()).isEqualTo(parse("2024-01-25"));
        }
    }

    @Nested
    class Extended {

        @Test
        void showsBothTheDueDateAndTheExtendedDueDate() {
            StatutoryClock extended = STAGE_ONE.extend(20, "an advocate is needed");

            ClockSnapshot snapshot = extended.snapshotOn(parse("2024-01-23"));

            assertThat(snapshot.dueDate()).isEqualTo(parse("2024-01-22"));
            assertThat(snapshot.extendedDueDate()).isEqualTo(parse("2024-02-05"));
            assertThat(snapshot.daysLeft()).isEqualTo(9);
            assertThat(snapshot.state()).isEqualTo(ClockState.ON_TRACK);
            assertThat(extended.extension()).contains(new ClockExtension(20, "an advocate is needed"));
        }

        @Test
        void canBeExtendedInStepsUpToItsMaximum() {
            StatutoryClock extended = STAGE_ONE.extend(15, "complex").extend(20, "still complex");

            assertThat(extended.effectiveLimit()).isEqualTo(20);
        }

        @Test
        void movesTheExtendedDueDateByAHoldToo() {
            StatutoryClock clock = STAGE_ONE.extend(20, "complex")
                    .pause(parse("2024-01-10")).resume(parse("2024-01-12"));

            assertThat(clock.snapshotOn(parse("2024-01-12")).extendedDueDate())
                    .isEqualTo(parse("2024-02-07"));
        }
    }

    @Nested
    class Stopped {

        @Test
        void isMetWhenStoppedOnItsDueDate() {
            assertThat(STAGE_ONE.stop(parse("2024-01-22")).snapshotOn(parse("2024-03-01")).state())
                    .isEqualTo(ClockState.MET);
        }

        @Test
        void isMissedWhenStoppedTheDayAfterItsDueDate() {
            ClockSnapshot snapshot = STAGE_ONE.stop(parse("2024-01-23")).snapshotOn(parse("2024-03-01"));

            assertThat(snapshot.state()).isEqualTo(ClockState.MISSED);
            assertThat(snapshot.daysUsed()).isEqualTo(11);
        }

        @Test
        void isMetAgainstTheExtendedDueDateWhenExtended() {
            StatutoryClock clock = STAGE_ONE.extend(20, "complex").stop(parse("2024-02-05"));

            assertThat(clock.snapshotOn(parse("2024-02-05")).state()).isEqualTo(ClockState.MET);
        }

        @Test
        void releasesAnOpenHoldOnTheStopDate() {
            StatutoryClock clock = STAGE_ONE.pause(parse("2024-01-10")).stop(parse("2024-01-31"));

            assertThat(clock.pauses()).containsExactly(new ClockPause(parse("2024-01-10"), parse("2024-01-31")));
            assertThat(clock.snapshotOn(parse("2024-01-31")).state()).isEqualTo(ClockState.MET);
        }

        @Test
        void isReadAsRunningOnADayBeforeItStopped() {
            StatutoryClock clock = STAGE_ONE.stop(parse("2024-01-23"));

            assertThat(clock.snapshotOn(parse("2024-01-17")).state()).isEqualTo(ClockState.DUE_SOON);
        }
    }

    @Nested
    class Restored {

        @Test
        void isTheSameClockAsTheOneBuiltChangeByChange() {
            StatutoryClock live = STAGE_ONE.extend(20, "complex")
                    .pause(parse("2024-01-10")).resume(parse("2024-01-12"))
                    .pause(parse("2024-01-15")).stop(parse("2024-01-31"));

            StatutoryClock restored = StatutoryClock.restore(CALENDAR, parse("2024-01-08"), 10, 20,
                    live.extension().orElseThrow(), live.pauses(), parse("2024-01-31"));

            assertThat(restored).isEqualTo(live).hasSameHashCodeAs(live);
        }

        @Test
        void keepsAnOpenHoldOpen() {
            StatutoryClock restored = StatutoryClock.restore(CALENDAR, parse("2024-01-08"), 10, 20,
                    null, List.of(ClockPause.heldOn(parse("2024-01-10"))), null);

            assertThat(restored.openPause()).contains(ClockPause.heldOn(parse("2024-01-10")));
        }
    }

    @Nested
    class Rejects {

        @Test
        void aNegativeLimit() {
            assertRejected("clock.negative-limit",
                    () -> StatutoryClock.start(CALENDAR, parse("2024-01-08"), -1));
        }

        @Test
        void aMaximumBelowTheLimit() {
            assertRejected("clock.maximum-below-limit",
                    () -> StatutoryClock.start(CALENDAR, parse("2024-01-08"), 10, 9));
        }

        @Test
        void aStartOutsideTheCalendar() {
            assertRejected("calendar.date-outside-range",
                    () -> StatutoryClock.start(CALENDAR, parse("1999-12-31"), 10));
        }

        @Test
        void anExtensionBeyondItsMaximum() {
            assertRejected("clock.extension-beyond-maximum", () -> STAGE_ONE.extend(21, "complex"));
        }

        @Test
        void anExtensionThatIsNotLonger() {
            assertRejected("clock.extension-not-longer", () -> STAGE_ONE.extend(10, "complex"));
            assertRejected("clock.extension-not-longer",
                    () -> STAGE_ONE.extend(15, "complex").extend(12, "less complex"));
        }

        @Test
        void anExtensionWithoutAReason() {
            assertRejected("clock.extension-without-reason", () -> STAGE_ONE.extend(20, " "));
            assertRejected("clock.extension-without-reason", () -> STAGE_ONE.extend(20, null));
        }

        @Test
        void aHoldReleasedBeforeItWasPlaced() {
            assertRejected("clock.pause-ends-before-it-starts",
                    () -> STAGE_ONE.pause(parse("2024-01-10")).resume(parse("2024-01-09")));
        }

        @Test
        void aHoldPlacedBeforeTheClockStarted() {
            assertRejected("clock.pause-before-start", () -> STAGE_ONE.pause(parse("2024-01-05")));
        }

        @Test
        void overlappingHolds() {
            assertRejected("clock.pauses-overlap", () -> STAGE_ONE
                    .pause(parse("2024-01-10")).resume(parse("2024-01-15")).pause(parse("2024-01-12")));
            assertRejected("clock.pauses-overlap", () -> StatutoryClock.restore(CALENDAR,
                    parse("2024-01-08"), 10, 20, null, List.of(ClockPause.heldOn(parse("2024-01-09")),
                            ClockPause.heldOn(parse("2024-01-10"))), null));
        }

        @Test
        void aHoldWhileAlreadyOnHold() {
            assertRejected("clock.already-paused",
                    () -> STAGE_ONE.pause(parse("2024-01-10")).pause(parse("2024-01-11")));
        }

        @Test
        void aReleaseWhileNotOnHold() {
            assertRejected("clock.not-paused", () -> STAGE_ONE.resume(parse("2024-01-10")));
        }

        @Test
        void aStopBeforeTheStart() {
            assertRejected("clock.stop-before-start", () -> STAGE_ONE.stop(parse("2024-01-05")));
        }

        @Test
        void aStopBeforeARecordedHoldEnds() {
            assertRejected("clock.stop-before-pause-ends", () -> STAGE_ONE
                    .pause(parse("2024-01-10")).resume(parse("2024-01-15")).stop(parse("2024-01-12")));
        }

        @Test
        void anyChangeOnceStopped() {
            StatutoryClock stopped = STAGE_ONE.stop(parse("2024-01-15"));

            assertRejected("clock.already-stopped", () -> stopped.stop(parse("2024-01-16")));
            assertRejected("clock.already-stopped", () -> stopped.extend(20, "complex"));
            assertRejected("clock.already-stopped", () -> stopped.pause(parse("2024-01-16")));
        }

        @Test
        void aReadingBeforeTheStart() {
            assertRejected("clock.reading-before-start", () -> STAGE_ONE.snapshotOn(parse("2024-01-07")));
        }
    }
}
