package org.redress.remedies.agreedactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redress.contracts.Topics;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventPublisher;
import org.redress.testkit.DeadLetterRecords;
import org.redress.testkit.OutgoingCloudEvent;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * An operator lists what a consumer refused and replays it once the cause is fixed: a valid decision whose
 * case could not be saved (the database refused the row on every attempt, as a bug or a broken constraint
 * would) is dead-lettered after the bounded retries; once the database accepts it again, a replay opens the
 * case, and a second replay of the same event changes nothing.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class DeadLetterReplayIT {

    @Inject
    AgroalDataSource dataSource;

    private final String complaintId = UUID.randomUUID().toString();

    @AfterEach
    void fixTheCause() throws SQLException {
        sql("DROP TRIGGER IF EXISTS refuse_" + complaintId.replace('-', '_') + " ON remedy_case");
    }

    @Test
    void anEventThatFailedOnEveryAttemptIsAppliedOnceWhenReplayedAfterTheCauseIsFixed() throws SQLException {
        sql("""
                CREATE OR REPLACE FUNCTION refuse_remedy_case() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'refused'; END $$""");
        sql("CREATE TRIGGER refuse_" + complaintId.replace('-', '_') + " BEFORE INSERT ON remedy_case FOR EACH ROW"
                + " WHEN (NEW.complaint_id = '" + complaintId + "') EXECUTE FUNCTION refuse_remedy_case()");
        OutgoingCloudEvent decision = ActionsAgreedEvents.actionsAgreed(complaintId, "P4W");
        CloudEventPublisher.publish(Topics.COMPLAINTS, complaintId, decision);

        ReceivedCloudEvent dead = DeadLetterRecords.await(Topics.COMPLAINTS_DEAD_LETTERS_OF_REMEDY_SERVICE, complaintId,
                Duration.ofSeconds(60));
        assertThat(dead.headers().get(DeadLetterRecords.REASON_HEADER)).startsWith("event.failed-after-retries: ");
        Map<String, Object> listed = listed(decision.id());
        assertThat(listed).containsEntry("reasonCode", "event.failed-after-retries")
                .containsEntry("originalTopic", Topics.COMPLAINTS)
                .containsEntry("eventType", decision.type())
                .containsEntry("applied", false);
        ActionsAgreedEvents.casesOf(complaintId).body("total", equalTo(0));

        fixTheCause();
        replay(dead).statusCode(202).body("eventId", equalTo(decision.id())).body("topic", equalTo(Topics.COMPLAINTS));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> ActionsAgreedEvents.casesOf(complaintId).body("total", equalTo(1)));
        assertThat(listed(decision.id())).containsEntry("applied", true);

        replay(dead).statusCode(202);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> ActionsAgreedEvents.casesOf(complaintId).body("total", equalTo(1)));
    }

    @Test
    void aReplayOfNoSuchRecordIsNotFound() {
        Tokens.as(Roles.OPERATOR).contentType(ContentType.JSON).body("""
                {"topic":"%s","partition":0,"offset":999999}""".formatted(Topics.COMPLAINTS_DEAD_LETTERS_OF_REMEDY_SERVICE))
                .when().post("/dead-letters/replay").then()
                .statusCode(404).contentType("application/problem+json").body("rule", equalTo("dead-letter.not-found"));
        // a topic that is not one of this service's dead-letter topics is never read, let alone published from
        Tokens.as(Roles.OPERATOR).contentType(ContentType.JSON).body("""
                {"topic":"%s","partition":0,"offset":0}""".formatted(Topics.COMPLAINTS))
                .when().post("/dead-letters/replay").then()
                .statusCode(404).body("rule", equalTo("dead-letter.not-found"));
    }

    private static Map<String, Object> listed(String eventId) {
        JsonPath page = Tokens.as(Roles.OPERATOR).queryParam("topic", Topics.COMPLAINTS_DEAD_LETTERS_OF_REMEDY_SERVICE)
                .queryParam("size", 500).when().get("/dead-letters").then().statusCode(200).extract().jsonPath();
        return page.getMap("items.find { it.eventId == '%s' }".formatted(eventId));
    }

    private static io.restassured.response.ValidatableResponse replay(ReceivedCloudEvent dead) {
        return Tokens.as(Roles.OPERATOR).contentType(ContentType.JSON).body("""
                {"topic":"%s","partition":%d,"offset":%d}""".formatted(Topics.COMPLAINTS_DEAD_LETTERS_OF_REMEDY_SERVICE,
                dead.partition(), dead.offset()))
                .when().post("/dead-letters/replay").then();
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
