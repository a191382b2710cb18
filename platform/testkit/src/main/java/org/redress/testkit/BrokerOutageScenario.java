package org.redress.testkit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * The outbox's promise, tested the same way in every service: with the broker stopped, writes
 * still commit (their events wait in the outbox) and readiness reports the broker missing; once
 * the broker is back, every event arrives exactly once, in outbox order for each aggregate,
 * and readiness recovers.
 */
public final class BrokerOutageScenario {

    private BrokerOutageScenario() {
    }

    /**
     * @param dataSource the service's database
     * @param topic      the service's topic
     * @param writes     how many writes to make while the broker is down
     * @param write      makes one write through the HTTP API and returns its aggregate id
     */
    public static void run(DataSource dataSource, String topic, int writes, Supplier<String> write) {
        run(dataSource, topic, writes, 1, write);
    }

    /**
     * As {@link #run(DataSource, String, int, Supplier)}, for a write that appends several events
     * (e.g. a remedy case opened with its action announcements): each must arrive exactly once.
     *
     * @param eventsPerWrite how many events each write appends to the outbox
     */
    public static void run(DataSource dataSource, String topic, int writes, int eventsPerWrite, Supplier<String> write) {
        List<String> ids = new ArrayList<>();
        TestKafka.broker().stop();
        try {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(503));
            for (int i = 0; i < writes; i++) {
                ids.add(write.get());
            }
            assertThat(unsentOutboxRows(dataSource, ids)).as("events waiting in the outbox")
                    .isEqualTo((long) writes * eventsPerWrite);
        } finally {
            TestKafka.broker().restart();
        }

        List<ReceivedCloudEvent> delivered = ids.stream()
                .flatMap(id -> CloudEventRecords.await(topic, id, eventsPerWrite, Duration.ofSeconds(60)).stream())
                .toList();
        ids.forEach(id -> CloudEventRecords.assertNoMore(topic, id, eventsPerWrite, Duration.ofMillis(500)));
        await().atMost(Duration.ofSeconds(10)).until(() -> unsentOutboxRows(dataSource, ids) == 0);
        assertOrderKeptForEachAggregate(dataSource, delivered);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
    }

    /**
     * The promise is per aggregate (the record key): one case's events reach consumers in the order
     * they were written. Events of different cases may interleave differently from the outbox.
     */
    private static void assertOrderKeptForEachAggregate(DataSource dataSource,
            java.util.Collection<ReceivedCloudEvent> delivered) {
        Map<String, Long> seqByEventId = outboxSeqByEventId(dataSource);
        delivered.stream().collect(Collectors.groupingBy(ReceivedCloudEvent::key)).values()
                .forEach(events -> assertThat(events.stream()
                        .sorted(Comparator.comparingLong(ReceivedCloudEvent::offset))
                        .map(event -> seqByEventId.get(event.id()))
                        .toList()).as("outbox order of one aggregate's events").isSorted());
    }

    private static long unsentOutboxRows(DataSource dataSource, List<String> aggregateIds) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT count(*) FROM outbox WHERE sent_at IS NULL AND aggregateid = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("varchar", aggregateIds.toArray()));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Long> outboxSeqByEventId(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT id::text, seq FROM outbox");
                ResultSet row = statement.executeQuery()) {
            Map<String, Long> seq = new HashMap<>();
            while (row.next()) {
                seq.put(row.getString(1), row.getLong(2));
            }
            return seq;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
