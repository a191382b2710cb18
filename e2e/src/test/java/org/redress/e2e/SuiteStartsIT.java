package org.redress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redress.contracts.Topics;

/** The suite as started from its packaged jars: each service ready, and one request seen across the wire. */
@ExtendWith(SuiteExtension.class)
class SuiteStartsIT {

    @Test
    void aComplaintRegisteredOverHttpIsStoredAndPublishedOnce(RunningSuite suite) {
        ApiResponse created = suite.complaints().as("complaints-officer").post("/complaints", """
                {"receivedDate":"2026-01-05","channel":"EMAIL","complainantRole":"PARENT",
                 "childReferences":["CR-104233"],
                 "points":["The assessment took too long"],
                 "desiredOutcomes":["A new assessment"]}""").expect(201);
        String id = created.id();

        assertThat(suite.complaints().as("auditor").get("/complaints/" + id).expect(200).text("id")).isEqualTo(id);
        var records = new TopicReader(suite.bootstrapServers()).await(Topics.COMPLAINTS,
                all -> all.stream().anyMatch(r -> id.equals(r.key()) && r.shortType().equals("complaint.registered")),
                Duration.ofSeconds(30), "complaint.registered for " + id);
        assertThat(records.stream().filter(r -> id.equals(r.key()) && r.shortType().equals("complaint.registered")))
                .hasSize(1);
        RunReport.passed("Suite starts", "3 services from their jars, 1 complaint registered over HTTP", 1,
                suite.complaints().database().count("select count(*) from complaint where id = ?::uuid", id), 1, 0, 0);
    }
}
