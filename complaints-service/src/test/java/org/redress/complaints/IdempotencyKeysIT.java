package org.redress.complaints;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.complaints.intake.IntakeRequests.complaintReceivedOn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.devidentity.DevTokens;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * An Idempotency-Key protects one caller's retry of one operation, and nothing else: it cannot
 * hand one caller another's answer, cannot hold a refused request against its corrected retry,
 * cannot stay claimed by a request that died, and cannot be turned against the service by what
 * the caller puts in the path.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class IdempotencyKeysIT {

    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotent-Replayed";
    private static final String CASE_SYSTEM = "council-case-system";

    @Inject
    AgroalDataSource dataSource;

    private static RequestSpecification as(String subject, String clientId) {
        String token = DevTokens.mint(DevTokens.TokenRequest.forRoles(subject, List.of(Roles.COMPLAINTS_OFFICER))
                .withClientId(clientId));
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Response register(RequestSpecification caller, String key, String body) {
        return caller.header(KEY, key).body(body).when().post("/complaints");
    }

    private static String uniqueKey(String purpose) {
        return purpose + "-" + System.nanoTime();
    }

    @Nested
    class IsTheCallersOwn {

        @Test
        void anotherPersonSendingTheSameKeyHasTheirOwnRequestProcessed() {
            String key = uniqueKey("shared");
            String body = complaintReceivedOn(LocalDate.of(2025, 8, 20));

            Response first = register(as("officer-amber", "redress-dev-cli"), key, body);
            Response second = register(as("officer-birch", "redress-dev-cli"), key, body);

            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(second.statusCode()).isEqualTo(201);
            assertThat(second.header(REPLAYED)).isNull();
            assertThat(second.<String>path("id")).isNotEqualTo(first.<String>path("id"));
        }

        @Test
        void theSamePersonThroughAnotherClientHasTheirOwnRequestProcessed() {
            String key = uniqueKey("client");
            String body = complaintReceivedOn(LocalDate.of(2025, 8, 20));

            Response throughCli = register(as("officer-cedar", "redress-dev-cli"), key, body);
            Response throughCaseSystem = register(as("officer-cedar", CASE_SYSTEM), key, body);

            assertThat(throughCaseSystem.statusCode()).isEqualTo(201);
            assertThat(throughCaseSystem.header(REPLAYED)).isNull();
            assertThat(throughCaseSystem.<String>path("id")).isNotEqualTo(throughCli.<String>path("id"));
        }

        @Test
        void theSameCallerRetryingGetsTheFirstAnswer() {
            String key = uniqueKey("retry");
            String body = complaintReceivedOn(LocalDate.of(2025, 8, 20));

            Response first = register(as("officer-dale", CASE_SYSTEM), key, body);
            Response retry = register(as("officer-dale", CASE_SYSTEM), key, body);

            assertThat(retry.statusCode()).isEqualTo(201);
            assertThat(retry.header(REPLAYED)).isEqualTo("true");
            assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
            assertThat(retry.asString()).isEqualTo(first.asString());
        }
    }

    @Nested
    class KeepsOnlyASuccess {

        @Test
        void aRequestRefusedAsMalformedLeavesTheKeyFreeForItsCorrection() {
            String key = uniqueKey("malformed");
            String corrected = complaintReceivedOn(LocalDate.of(2025, 8, 20));
            String missingDate = corrected.replace("\"receivedDate\":\"2025-08-20\",", "");

            register(as("officer-elm", CASE_SYSTEM), key, missingDate).then().statusCode(400);
            Response retry = register(as("officer-elm", CASE_SYSTEM), key, corrected);

            assertThat(retry.statusCode()).isEqualTo(201);
            assertThat(retry.header(REPLAYED)).isNull();
        }

        @Test
        void aRequestThatBrokeARuleLeavesTheKeyFreeForItsCorrection() {
            String key = uniqueKey("rule");
            // a matter that arose after the complaint was received breaks intake.matter-after-receipt
            String matterAfterReceipt = complaintReceivedOn(LocalDate.of(2025, 8, 20))
                    .replace("\"channel\"", "\"matterArose\":\"2025-08-21\",\"channel\"");

            register(as("officer-fir", CASE_SYSTEM), key, matterAfterReceipt).then().statusCode(422);
            Response retry = register(as("officer-fir", CASE_SYSTEM), key, complaintReceivedOn(LocalDate.of(2025, 8, 20)));

            assertThat(retry.statusCode()).isEqualTo(201);
            assertThat(retry.header(REPLAYED)).isNull();
        }
    }

    /**
     * A request whose process dies mid-work: the database connection of its transaction is ended
     * while the work is under way, as it is when the service is killed. A trigger holds the
     * transaction open at its audit entry, after the complaint and its events were written.
     */
    @Nested
    class CannotBeLeftClaimedByADeadRequest {

        private static final String SUBJECT = "officer-killed-mid-request";

        @Test
        void nothingIsCommittedBeforeTheWorkAndTheRetryIsProcessed() throws Exception {
            String key = uniqueKey("killed");
            String body = complaintReceivedOn(LocalDate.of(2025, 8, 20));
            holdAuditEntriesOf(SUBJECT);
            try {
                CompletableFuture<Response> killed = CompletableFuture.supplyAsync(
                        () -> register(as(SUBJECT, CASE_SYSTEM), key, body));
                int backend = awaitBackendHeldByTheTrigger();

                assertThat(committedRowsFor(key)).as("key rows visible while the work is under way").isZero();
                Response duplicate = register(as(SUBJECT, CASE_SYSTEM), key, body);
                assertThat(duplicate.statusCode()).as("a duplicate while the first is running").isEqualTo(409);
                assertThat(duplicate.<String>path("type")).isEqualTo("urn:redress:problem:idempotency-key-in-flight");
                endBackend(backend);

                assertThat(killed.get(30, TimeUnit.SECONDS).statusCode()).isGreaterThanOrEqualTo(500);
            } finally {
                releaseAuditEntries();
                endBackendsHeldByTheTrigger();
            }
            Response retry = register(as(SUBJECT, CASE_SYSTEM), key, body);

            assertThat(retry.statusCode()).isEqualTo(201);
            assertThat(retry.header(REPLAYED)).isNull();
            assertThat(auditedRegistrationsBy(SUBJECT)).as("the killed request's work rolled back").isEqualTo(1);
        }

        private void holdAuditEntriesOf(String subject) throws SQLException {
            execute("""
                    CREATE OR REPLACE FUNCTION test_hold_audit_entry() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN PERFORM pg_sleep(60); RETURN NEW; END $$""");
            execute("CREATE TRIGGER test_hold_audit_entry BEFORE INSERT ON audit_entry FOR EACH ROW WHEN "
                    + "(NEW.actor_subject = '" + subject + "') EXECUTE FUNCTION test_hold_audit_entry()");
        }

        private void releaseAuditEntries() throws SQLException {
            execute("DROP TRIGGER IF EXISTS test_hold_audit_entry ON audit_entry");
            execute("DROP FUNCTION IF EXISTS test_hold_audit_entry()");
        }

        private int awaitBackendHeldByTheTrigger() throws SQLException, InterruptedException {
            Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
            while (Instant.now().isBefore(giveUp)) {
                try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                        ResultSet row = statement.executeQuery("SELECT pid FROM pg_stat_activity WHERE "
                                + "datname = current_database() AND wait_event = 'PgSleep'")) {
                    if (row.next()) {
                        return row.getInt(1);
                    }
                }
                Thread.sleep(50);
            }
            throw new AssertionError("the request never reached its audit entry");
        }

        /** A failed assertion must not leave a request asleep in the database for a minute. */
        private void endBackendsHeldByTheTrigger() throws SQLException {
            execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                    + "AND wait_event = 'PgSleep'");
        }

        private long committedRowsFor(String key) throws SQLException {
            return count("SELECT count(*) FROM idempotency_key WHERE idempotency_key = ?", key);
        }

        private long auditedRegistrationsBy(String subject) throws SQLException {
            return count("SELECT count(*) FROM audit_entry WHERE action = 'complaint.registered' AND actor_subject = ?",
                    subject);
        }

        private void endBackend(int pid) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement("SELECT pg_terminate_backend(?)")) {
                statement.setInt(1, pid);
                statement.execute();
            }
        }

        private long count(String sql, String parameter) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, parameter);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        }

        private void execute(String sql) throws SQLException {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }

    /** What the caller puts in the path is neither stored against the key nor written to a log line. */
    @Nested
    class CannotBeTurnedAgainstTheService {

        @Test
        void aPathLongerThanAnyColumnIsAnsweredWithAProblemAndNotLogged() throws IOException {
            String segment = "overlong-path-" + "x".repeat(600);

            Response answer = given().urlEncodingEnabled(false).auth().oauth2(token()).contentType(ContentType.JSON)
                    .header(KEY, uniqueKey("long-path")).body("{}")
                    .when().post("/complaints/" + segment + "/stage-1/response");

            assertThat(answer.statusCode()).isBetween(400, 499);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(log()).doesNotContain(segment.substring(0, 40));
        }

        @Test
        void aPathCarryingNulAndAForgedLogLineIsAnsweredWithAProblemAndNotLogged() throws IOException {
            String forged = "FORGED-BY-CALLER-" + System.nanoTime();
            String path = "/complaints/x%00%0A12:00:00.000%20ERROR%20" + forged + "/stage-1/response";

            Response answer = given().urlEncodingEnabled(false).auth().oauth2(token()).contentType(ContentType.JSON)
                    .header(KEY, uniqueKey("nul-path")).body("{}")
                    .when().post(path);

            assertThat(answer.statusCode()).isBetween(400, 499);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(log()).doesNotContain(forged);
        }

        @Test
        void aKeyLongerThan255CharactersIsRefusedNamingTheHeader() {
            Response answer = register(as("officer-gorse", CASE_SYSTEM), "k".repeat(256),
                    complaintReceivedOn(LocalDate.of(2025, 8, 20)));

            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.<String>path("field")).isEqualTo(KEY);
        }

        private static String token() {
            return DevTokens.mint(DevTokens.TokenRequest.forRoles("officer-hazel", List.of(Roles.COMPLAINTS_OFFICER)));
        }

        private static String log() throws IOException {
            return Files.readString(Path.of("target/test-service.log"));
        }
    }
}
