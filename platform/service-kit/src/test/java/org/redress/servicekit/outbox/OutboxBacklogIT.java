package org.redress.servicekit.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.metrics.GaugeRefreshes;
import org.redress.servicekit.testing.KitTestResources;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The outbox gauges on a real {@code /q/metrics} scrape. No broker answers in the kit's tests, so the
 * rows written here stay unsent; other tests of the kit may have left unsent rows too, so the backlog
 * is compared with the scrape before, and the oldest row is made older than any other test writes.
 */
@QuarkusTest
@WithTestResource(KitTestResources.class)
class OutboxBacklogIT {

    @Inject
    GaugeRefreshes refreshes;
    @Inject
    EntityManager entityManager;

    @Test
    void publishesTheUnsentRowsAndTheAgeOfTheOldest() {
        refreshes.refreshAll(LocalDate.now());
        double before = scraped("redress_outbox_unsent_events");

        String aggregate = UUID.randomUUID().toString();
        unsentRow(aggregate, "now() - interval '1000 days'");
        unsentRow(aggregate, "now() - interval '1 minute'");
        unsentRow(aggregate, "now()");
        sentRow(aggregate, "now() - interval '2000 days'");
        refreshes.refreshAll(LocalDate.now());

        assertThat(scraped("redress_outbox_unsent_events") - before).isEqualTo(3.0);
        double oldest = scraped("redress_outbox_oldest_unsent_age_seconds");
        // 1000 days, give or take the seconds between the insert and the refresh
        assertThat(oldest).isBetween(1000 * 86_400.0, 1000 * 86_400.0 + 60);
    }

    private double scraped(String name) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError(name + " is not on /q/metrics");
    }

    private void unsentRow(String aggregate, String occurredAt) {
        insert(aggregate, occurredAt, "NULL");
    }

    private void sentRow(String aggregate, String occurredAt) {
        insert(aggregate, occurredAt, occurredAt);
    }

    private void insert(String aggregate, String occurredAt, String sentAt) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "INSERT INTO outbox (id, aggregatetype, aggregateid, type, subject, payload, occurred_at, sent_at)"
                        + " VALUES ('" + UUID.randomUUID() + "', 'test', '" + aggregate + "', 'backlog', 'T-1', '{}', "
                        + occurredAt + ", " + sentAt + ")").executeUpdate());
    }
}
