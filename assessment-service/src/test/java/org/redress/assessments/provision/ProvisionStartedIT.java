package org.redress.assessments.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.assessments.assessment.AssessmentRequests.assessmentFromReferral;
import static org.redress.assessments.assessment.AssessmentRequests.complete;
import static org.redress.assessments.assessment.AssessmentRequests.post;
import static org.redress.assessments.assessment.AssessmentRequests.put;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redress.contracts.Topics;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every provision that starts is announced as provision-started, so that remedy-service can complete a service
 * the council agreed to put in place on the day it started: on time, that is the only announcement; late, the
 * missed provision is announced as well, as before (today: Wed 25 Nov 2026).
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ProvisionStartedIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String OPENED = "org.redress.assessment.opened.v1";
    private static final String COMPLETED = "org.redress.assessment.completed.v1";
    private static final String PROVISION_STARTED = "org.redress.assessment.provision-started.v1";
    private static final String MISSED_PROVISION = "org.redress.assessment.missed-provision-recorded.v1";

    @Test
    void provisionStartedOnTheDayItShouldHaveIsAnnouncedAsStartedAndNothingMissed() {
        String id = completedWithAMetNeed();
        String provisionId = post("/assessments/{id}/provision", """
                {"needCode":"N1","kind":"SERVICE","weeklyAmountPence":12000,
                 "shouldHaveStarted":"2026-11-23","startedOn":"2026-11-23"}""", id)
                .statusCode(200).extract().path("provisions[0].id");

        List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.ASSESSMENTS, id, 3, WAIT);
        assertThat(events).extracting(ReceivedCloudEvent::type).containsExactly(OPENED, COMPLETED, PROVISION_STARTED);
        JsonNode started = events.get(2).dataJson();
        assertThat(started.path("assessmentId").asText()).isEqualTo(id);
        assertThat(started.path("reference").asText()).startsWith("ASM-");
        assertThat(started.path("childRef").asText()).isEqualTo("CR-520001");
        assertThat(started.path("provisionId").asText()).isEqualTo(provisionId);
        assertThat(started.path("needCode").asText()).isEqualTo("N1");
        assertThat(started.path("provisionKind").asText()).isEqualTo("SERVICE");
        assertThat(started.path("shouldHaveStarted").asText()).isEqualTo("2026-11-23");
        assertThat(started.path("startedOn").asText()).isEqualTo("2026-11-23");
        CloudEventRecords.assertNoMore(Topics.ASSESSMENTS, id, 3, Duration.ofSeconds(2));
    }

    @Test
    void provisionStartedLateIsAnnouncedAsStartedAndAsMissedProvision() {
        String id = completedWithAMetNeed();
        post("/assessments/{id}/provision", """
                {"needCode":"N1","kind":"DIRECT_PAYMENT","weeklyAmountPence":12000,
                 "shouldHaveStarted":"2026-11-10","startedOn":"2026-11-24"}""", id)
                .statusCode(200);

        List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.ASSESSMENTS, id, 4, WAIT);
        assertThat(events).extracting(ReceivedCloudEvent::type)
                .containsExactly(OPENED, COMPLETED, PROVISION_STARTED, MISSED_PROVISION);
        JsonNode started = events.get(2).dataJson();
        assertThat(started.path("provisionKind").asText()).isEqualTo("DIRECT_PAYMENT");
        assertThat(started.path("shouldHaveStarted").asText()).isEqualTo("2026-11-10");
        assertThat(started.path("startedOn").asText()).isEqualTo("2026-11-24");
        JsonNode missed = events.get(3).dataJson();
        assertThat(missed.path("missedFrom").asText()).isEqualTo("2026-11-10");
        assertThat(missed.path("missedTo").asText()).isEqualTo("2026-11-23");
        CloudEventRecords.assertNoMore(Topics.ASSESSMENTS, id, 4, Duration.ofSeconds(2));
    }

    /** A completed assessment with one eligible need met by a specialist service: no unmet need, no carer prompted. */
    private static String completedWithAMetNeed() {
        String id = assessmentFromReferral(LocalDate.of(2026, 11, 2), false);
        put("/assessments/{id}/needs", """
                {"code":"N1","area":"HEALTH","eligible":true,"criteriaScore":12,"wayMet":"SPECIALIST_SERVICE",
                 "reason":"Needs weekly physiotherapy at home","identifiedOn":"2026-11-16"}""", id)
                .statusCode(200);
        complete(id, "{\"completedOn\":\"2026-11-20\"}").statusCode(200);
        return id;
    }
}
