package org.redress.assessments.breaches;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.assessments.TestClock;
import org.redress.assessments.breaches.application.ClockBreachSweep;
import org.redress.assessments.referrals.ReferralRequests;
import org.redress.contracts.Topics;
import org.redress.assessments.assessment.AssessmentRequests;
import org.redress.servicekit.security.Roles;
import org.redress.servicekit.sweep.SweepRunner;
import org.redress.statutorytime.WorkingDayCalendar;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The clock breach sweep, called with a chosen day: each breached clock is reported once, however
 * many sweeps run, one after the other or at the same time (today: Wed 25 Nov 2026).
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ClockBreachSweepIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration QUIET = Duration.ofSeconds(2);
    private static final String BREACHED = "org.redress.assessment.clock-breached.v1";

    @Inject
    SweepRunner sweepRunner;

    @Inject
    ClockBreachSweep sweep;

    private static String decideS17(String referral) {
        return AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).contentType(ContentType.JSON).body("{\"decision\":\"S17_ASSESSMENT\"}")
                .when().post("/referrals/{id}/decision", referral).then().statusCode(200).extract().path("assessmentId");
    }

    private static LocalDate workingDaysBeforeToday(int days) {
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        LocalDate date = TestClock.TODAY;
        while (calendar.workingDaysBetween(date, TestClock.TODAY) < days) {
            date = date.minusDays(1);
        }
        return date;
    }

    private static List<ReceivedCloudEvent> breaches(String key, int expectedEvents) {
        CloudEventRecords.await(Topics.ASSESSMENTS, key, expectedEvents, WAIT);
        return CloudEventRecords.assertNoMore(Topics.ASSESSMENTS, key, expectedEvents, QUIET).stream()
                .filter(event -> event.type().equals(BREACHED)).toList();
    }

    @Test
    void anUndecidedReferralIsReportedOnceTheDayAfterItsDecisionWasDueAndASecondSweepEmitsNothing() {
        // received Friday 20 Nov: the decision was due Monday 23 Nov
        String late = ReferralRequests.recordAndGetId(LocalDate.of(2026, 11, 20));
        // received Tuesday 24 Nov: due today, not yet breached
        String dueToday = ReferralRequests.recordAndGetId(LocalDate.of(2026, 11, 24));

        sweepRunner.drain(sweep, TestClock.TODAY);
        sweepRunner.drain(sweep, TestClock.TODAY);

        List<ReceivedCloudEvent> reported = breaches(late, 2);
        assertThat(reported).hasSize(1);
        JsonNode data = reported.get(0).dataJson();
        assertThat(data.path("clock").asText()).isEqualTo("REFERRAL_DECISION");
        assertThat(data.path("dueDate").asText()).isEqualTo("2026-11-23");
        assertThat(data.path("detectedOn").asText()).isEqualTo("2026-11-25");
        assertThat(breaches(dueToday, 1)).isEmpty();

        sweepRunner.drain(sweep, TestClock.TODAY.plusDays(1));
        assertThat(breaches(dueToday, 2)).hasSize(1);
        assertThat(breaches(late, 2)).hasSize(1);
    }

    @Test
    void anAssessmentOpenAfterItsFortyFiveWorkingDaysIsReportedOnceAndOneCompletedInTimeIsNot() {
        String overdueReferral = ReferralRequests.recordAndGetId(workingDaysBeforeToday(46));
        String overdue = decideS17(overdueReferral);
        String onTrack = decideS17(ReferralRequests.recordAndGetId(workingDaysBeforeToday(44)));

        sweepRunner.drain(sweep, TestClock.TODAY);
        sweepRunner.drain(sweep, TestClock.TODAY);

        List<ReceivedCloudEvent> reported = breaches(overdue, 2);
        assertThat(reported).hasSize(1);
        assertThat(reported.get(0).dataJson().path("clock").asText()).isEqualTo("ASSESSMENT");
        assertThat(reported.get(0).dataJson().path("dueDate").asText()).isEqualTo(workingDaysBeforeToday(1).toString());
        assertThat(breaches(onTrack, 1)).isEmpty();
        // decided (late) before the sweep: a stopped decision clock is not a breach to report
        assertThat(breaches(overdueReferral, 2)).isEmpty();
    }

    @Test
    void twoSweepsAtTheSameTimeReportEachClockOnce() {
        String late = ReferralRequests.recordAndGetId(LocalDate.of(2026, 11, 19));
        String overdue = decideS17(ReferralRequests.recordAndGetId(workingDaysBeforeToday(50)));

        var first = CompletableFuture.supplyAsync(() -> sweepRunner.drain(sweep, TestClock.TODAY));
        var second = CompletableFuture.supplyAsync(() -> sweepRunner.drain(sweep, TestClock.TODAY));
        CompletableFuture.allOf(first, second).join();

        assertThat(breaches(late, 2)).hasSize(1);
        assertThat(breaches(overdue, 2)).hasSize(1);
    }
}
