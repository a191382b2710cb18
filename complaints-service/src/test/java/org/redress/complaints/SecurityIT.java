package org.redress.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.redress.complaints.intake.IntakeRequests.complaintReceivedOn;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.ServiceSecurityContract;
import org.redress.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(RedressTestResources.class)
class SecurityIT extends ServiceSecurityContract {

    @Override
    protected String protectedReadPath() {
        return "/complaints";
    }

    @Override
    protected String readerRole() {
        return Roles.COMPLAINTS_OFFICER;
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void recordsWhoRegisteredAComplaintInTheAuditTrail() {
        String id = Tokens.as(Roles.COMPLAINTS_MANAGER).contentType(ContentType.JSON)
                .header("X-Correlation-Id", "audit-test-correlation-0001")
                .body(complaintReceivedOn(LocalDate.of(2026, 11, 2)))
                .when().post("/complaints").then().statusCode(201).extract().path("id");

        Tokens.as(Roles.AUDITOR).queryParam("resourceType", "complaint").queryParam("resourceId", id)
                .when().get("/audit").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].action", equalTo("complaint.registered"))
                .body("items[0].actorSubject", equalTo("test-" + Roles.COMPLAINTS_MANAGER))
                .body("items[0].actorRoles", equalTo(Roles.COMPLAINTS_MANAGER))
                .body("items[0].correlationId", equalTo("audit-test-correlation-0001"));
    }

    @Test
    void aRefusedChangeLeavesNoAuditEntryAndNoOutboxRow() throws SQLException {
        long auditBefore = count("SELECT count(*) FROM audit_entry");
        long outboxBefore = count("SELECT count(*) FROM outbox");
        Tokens.as(Roles.COMPLAINTS_OFFICER).contentType(ContentType.JSON)
                .body(complaintReceivedOn(LocalDate.of(2026, 1, 5))
                        .replace("\"desiredOutcomes\"", "\"matterArose\":\"2026-01-06\",\"desiredOutcomes\""))
                .when().post("/complaints").then().statusCode(422);
        assertThat(count("SELECT count(*) FROM audit_entry")).isEqualTo(auditBefore);
        assertThat(count("SELECT count(*) FROM outbox")).isEqualTo(outboxBefore);
    }

    @Test
    void theAuditTrailCannotBeRewritten() throws SQLException {
        Tokens.as(Roles.COMPLAINTS_OFFICER).contentType(ContentType.JSON)
                .body(complaintReceivedOn(LocalDate.of(2026, 11, 3))).when().post("/complaints").then().statusCode(201);
        assertThat(count("SELECT count(*) FROM audit_entry")).isGreaterThanOrEqualTo(1);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE audit_entry SET action = 'x'")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(update::executeUpdate)
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void refusesAnUnknownPropertyNamingIt() {
        Tokens.as(Roles.COMPLAINTS_OFFICER).contentType(ContentType.JSON)
                .body(complaintReceivedOn(LocalDate.of(2026, 11, 2)).replace("\"channel\"", "\"chanel\":\"EMAIL\",\"channel\""))
                .when().post("/complaints").then()
                .statusCode(400)
                .body("field", equalTo("chanel"));
    }

    @Test
    void refusesABodyOverTheSizeLimit() {
        String huge = "x".repeat(300 * 1024);
        Tokens.as(Roles.COMPLAINTS_OFFICER).contentType(ContentType.JSON)
                .body(complaintReceivedOn(LocalDate.of(2026, 11, 2)).replace("A new assessment", huge))
                .when().post("/complaints").then()
                .statusCode(greaterThanOrEqualTo(413));
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
