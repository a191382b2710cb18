package org.redress.remedies;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.contracts.Topics;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.TestKafka;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * With the broker stopped, remedy cases are still opened (their events wait in the outbox),
 * readiness reports the broker missing, and once the broker is back every event arrives
 * exactly once, in outbox order within each partition.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class BrokerOutageIT {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eventsWrittenWhileTheBrokerIsDownArriveInOrderOnceItIsBack() throws Exception {
        List<String> ids = new ArrayList<>();
        TestKafka.broker().stop();
        try {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(503));
            for (int i = 0; i < 6; i++) {
                ids.add(RemedyCaseRequests.openAndGetId(RemedyCaseRequests.apologyDecidedOn(LocalDate.of(2026, 11, 2))));
            }
            assertThat(unsentOutboxRows(ids)).isEqualTo(ids.size());
        } finally {
            TestKafka.broker().restart();
        }

        Map<String, ReceivedCloudEvent> delivered = ids.stream().collect(Collectors.toMap(id -> id,
                id -> CloudEventRecords.await(Topics.REMEDIES, id, 1, Duration.ofSeconds(60)).get(0)));
        for (String id : ids) {
            CloudEventRecords.assertNoMore(Topics.REMEDIES, id, 1, Duration.ofMillis(500));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> unsentOutboxRows(ids) == 0);
        assertOutboxOrderKeptWithinEachPartition(delivered);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
    }

    private void assertOutboxOrderKeptWithinEachPartition(Map<String, ReceivedCloudEvent> delivered)
            throws SQLException {
        Map<String, Long> seqByEventId = outboxSeqByEventId();
        Map<Integer, List<ReceivedCloudEvent>> byPartition = delivered.values().stream()
                .collect(Collectors.groupingBy(ReceivedCloudEvent::partition));
        byPartition.values().forEach(events -> {
            List<Long> seqInOffsetOrder = events.stream()
                    .sorted(Comparator.comparingLong(ReceivedCloudEvent::offset))
                    .map(event -> seqByEventId.get(event.id()))
                    .toList();
            assertThat(seqInOffsetOrder).isSorted();
        });
    }

    private long unsentOutboxRows(List<String> remedyCaseIds) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT count(*) FROM outbox WHERE sent_at IS NULL AND aggregateid = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("varchar", remedyCaseIds.toArray()));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private Map<String, Long> outboxSeqByEventId() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT id::text, seq FROM outbox");
                ResultSet row = statement.executeQuery()) {
            Map<String, Long> seq = new java.util.HashMap<>();
            while (row.next()) {
                seq.put(row.getString(1), row.getLong(2));
            }
            return seq;
        }
    }
}
