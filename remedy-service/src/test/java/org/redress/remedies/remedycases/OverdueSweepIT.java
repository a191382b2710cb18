package org.redress.remedies.remedycases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.redress.remedies.remedycases.RemedyCaseRequests.APOLOGY_IN_FOUR_WEEKS;
import static org.redress.remedies.remedycases.RemedyCaseRequests.decision;
import static org.redress.remedies.remedycases.RemedyCaseRequests.open;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.contracts.Topics;
import org.redress.remedies.remedycases.application.OverdueActionsSweep;
import org.redress.servicekit.security.Roles;
import org.redress.servicekit.sweep.SweepRunner;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** An action past its due date is overdue the next day, and announced once even with two sweeps at once. */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class OverdueSweepIT {

    @Inject
    OverdueActionsSweep sweep;

    @Inject
    SweepRunner sweepRunner;

    @Inject
    Scheduler scheduler;

    @Test
    void theSweepIsNotScheduledOnAnInstanceWhereItIsOff() {
        // the test profile sets redress.sweeps.overdue-actions.every=off; tests drain it by hand
        assertThat(scheduler.getScheduledJob("overdue-actions-sweep")).isNull();
    }

    @Test
    void anActionIsOverdueTheDayAfterItsDueDateAndAnnouncedOnce() {
        // decided 1 Sep 2025: apology due 29 Sep (4 weeks), named contact due 15 Sep (14 days)
        String id = open(decision(UUID.randomUUID(), LocalDate.of(2025, 9, 1), "[]", APOLOGY_IN_FOUR_WEEKS, """
                {"actionRef":"A2","type":"NAMED_CONTACT","period":"P14D"}""")).statusCode(201).extract().path("id");

        // reads go by the service's clock, long past both due dates: overdue before any sweep has run;
        // what each sweep marks and announces shows in the timeline and the events
        statuses(id).body("actions.status", contains("OVERDUE", "OVERDUE"));
        sweepAll(LocalDate.of(2025, 9, 15)); // the contact's due date: not yet overdue
        timeline(id).body("kind", contains("ACTION_ADDED", "ACTION_ADDED"));

        sweepAll(LocalDate.of(2025, 9, 16)); // the day after
        timeline(id).body("kind", contains("ACTION_ADDED", "ACTION_ADDED", "OVERDUE"));

        // two instances sweeping at once, on the apology's day after: each action is claimed by one of them
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> sweepAll(LocalDate.of(2025, 9, 30)));
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> sweepAll(LocalDate.of(2025, 9, 30)));
        CompletableFuture.allOf(first, second).join();
        sweepAll(LocalDate.of(2025, 10, 1)); // and the next day's sweep does not announce them again
        statuses(id).body("actions.status", contains("OVERDUE", "OVERDUE"));

        List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.REMEDIES, id, 5, Duration.ofSeconds(20));
        assertThat(events).extracting(ReceivedCloudEvent::type).containsExactly("org.redress.remedy.case-opened.v1",
                "org.redress.remedy.action-created.v1", "org.redress.remedy.action-created.v1",
                "org.redress.remedy.action-overdue.v1", "org.redress.remedy.action-overdue.v1");
        assertThat(events.get(3).dataJson().path("overdueOn").asText()).isEqualTo("2025-09-16");
        assertThat(events.get(4).dataJson().path("dueDate").asText()).isEqualTo("2025-09-29");
        CloudEventRecords.assertNoMore(Topics.REMEDIES, id, 5, Duration.ofSeconds(3));
        timeline(id).body("kind", contains("ACTION_ADDED", "ACTION_ADDED", "OVERDUE", "OVERDUE"));
    }

    private static io.restassured.response.ValidatableResponse timeline(String id) {
        return Tokens.as(Roles.AUDITOR).when().get("/remedy-cases/{id}/timeline", id).then().statusCode(200);
    }

    private void sweepAll(LocalDate today) {
        // other tests' actions may be claimed too; the runner keeps going until none is left
        sweepRunner.drain(sweep, today);
    }

    private static io.restassured.response.ValidatableResponse statuses(String id) {
        return Tokens.as(Roles.REMEDY_OFFICER).when().get("/remedy-cases/{id}", id).then().statusCode(200)
                .body("id", equalTo(id));
    }
}
