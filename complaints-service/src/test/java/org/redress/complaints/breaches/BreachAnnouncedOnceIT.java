package org.redress.complaints.breaches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.redress.complaints.ComplaintRequests.post;
import static org.redress.complaints.ComplaintRequests.timeline;
import static org.redress.complaints.stageone.StageOneRequests.FINDINGS_UPHELD;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.complaints.breaches.application.SweepingClockBreaches;
import org.redress.complaints.intake.IntakeRequests;
import org.redress.contracts.Topics;
import org.redress.servicekit.security.Roles;
import org.redress.servicekit.sweep.SweepRunner;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A breach is announced once however it comes to light: by the sweep while the clock runs, or by
 * the step recorded after the due date with no sweep in between. Either way other systems get one
 * clock-breached event and the timeline one line, and whichever comes second stays silent.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class BreachAnnouncedOnceIT {

    private static final String BREACHED = "org.redress.complaint.clock-breached.v1";
    /** Received Monday 2 March 2026: stage 1 due Monday 16 March, overdue from Tuesday 17 March. */
    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    @Inject
    SweepingClockBreaches sweeping;

    @Inject
    SweepRunner sweepRunner;

    @Test
    void aStageOneResponseRecordedAfterItsDueDateAnnouncesTheBreachOnceAndTheSweepAddsNothing() {
        String id = IntakeRequests.registerAndGetId(RECEIVED);
        respondOn(id, "2026-03-20").statusCode(200).body("stageOneResponse.clockResult", equalTo("MISSED"));

        // registered, routed, stage 1 opened, then the breach and the stage decided
        List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.COMPLAINTS, id, 5, Duration.ofSeconds(20));
        List<ReceivedCloudEvent> breaches = breachesIn(events);
        assertThat(breaches).hasSize(1);
        assertThat(breaches.get(0).dataJson().path("clock").asText()).isEqualTo("STAGE_1");
        assertThat(breaches.get(0).dataJson().path("startDate").asText()).isEqualTo("2026-03-02");
        assertThat(breaches.get(0).dataJson().path("dueDate").asText()).isEqualTo("2026-03-16");
        // the day the clock was breached, not the day the late response was recorded
        assertThat(breaches.get(0).dataJson().path("breachedOn").asText()).isEqualTo("2026-03-17");
        assertThat(breachLines(id)).isEqualTo(1);

        sweepRunner.drain(sweeping, LocalDate.of(2026, 3, 23));

        assertThat(breachesIn(CloudEventRecords.assertNoMore(Topics.COMPLAINTS, id, 5, Duration.ofSeconds(2))))
                .hasSize(1);
        assertThat(breachLines(id)).isEqualTo(1);
    }

    @Test
    void aBreachTheSweepAnnouncedIsNotAnnouncedAgainWhenTheLateResponseIsRecorded() {
        String id = IntakeRequests.registerAndGetId(RECEIVED);
        sweepRunner.drain(sweeping, LocalDate.of(2026, 3, 17));
        CloudEventRecords.await(Topics.COMPLAINTS, id, 4, Duration.ofSeconds(20));

        respondOn(id, "2026-03-20").statusCode(200).body("stageOneResponse.clockResult", equalTo("MISSED"));

        // registered, routed, stage 1 opened, the breach the sweep found, then the stage decided
        List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.COMPLAINTS, id, 5, Duration.ofSeconds(20));
        assertThat(events.get(3).type()).isEqualTo(BREACHED);
        assertThat(events.get(3).dataJson().path("breachedOn").asText()).isEqualTo("2026-03-17");
        assertThat(events.get(4).type()).isEqualTo("org.redress.complaint.stage-decided.v1");
        assertThat(breachesIn(CloudEventRecords.assertNoMore(Topics.COMPLAINTS, id, 5, Duration.ofSeconds(2))))
                .hasSize(1);
        assertThat(breachLines(id)).isEqualTo(1);
    }

    private static io.restassured.response.ValidatableResponse respondOn(String id, String decidedOn) {
        return post(Roles.COMPLAINTS_OFFICER, "/stage-1/response", id, """
                {"decidedOn":"%s","findings":%s,"actions":[]}""".formatted(decidedOn, FINDINGS_UPHELD));
    }

    private static List<ReceivedCloudEvent> breachesIn(List<ReceivedCloudEvent> events) {
        return events.stream().filter(event -> BREACHED.equals(event.type())).toList();
    }

    private static long breachLines(String id) {
        List<String> what = timeline(id).extract().jsonPath().getList("what", String.class);
        return what.stream().filter("clock.breached"::equals).count();
    }
}
