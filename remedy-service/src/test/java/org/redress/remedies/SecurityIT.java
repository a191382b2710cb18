package org.redress.remedies;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.redress.remedies.remedycases.RemedyCaseRequests.apologyDecidedOn;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.EndpointSecurityWalk;
import org.redress.testkit.OpenApiContract;
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
        return "/remedy-cases";
    }

    @Override
    protected String readerRole() {
        return Roles.REMEDY_OFFICER;
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void recordsWhoOpenedARemedyCaseInTheAuditTrail() {
        String id = Tokens.as(Roles.COMPLAINTS_MANAGER).contentType(ContentType.JSON)
                .header("X-Correlation-Id", "audit-test-correlation-0001")
                .body(apologyDecidedOn(LocalDate.of(2026, 11, 2)))
                .when().post("/remedy-cases").then().statusCode(201).extract().path("id");

        Tokens.as(Roles.AUDITOR).queryParam("resourceType", "remedy-case").queryParam("resourceId", id)
                .when().get("/audit").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].action", equalTo("remedy-case.opened"))
                .body("items[0].actorSubject", equalTo("test-" + Roles.COMPLAINTS_MANAGER))
                .body("items[0].correlationId", equalTo("audit-test-correlation-0001"));
    }

    @Test
    void aRefusedRemedyLeavesNoAuditEntryAndNoOutboxRow() throws SQLException {
        long auditBefore = count("SELECT count(*) FROM audit_entry");
        long outboxBefore = count("SELECT count(*) FROM outbox");
        Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON)
                // refused inside the use case's transaction (a future decision date is now refused at the edge)
                .body(apologyDecidedOn(LocalDate.now(ZoneId.of("Europe/London")).minusDays(5)).replace("P4W", "P9999M"))
                .when().post("/remedy-cases").then().statusCode(422);
        assertThat(count("SELECT count(*) FROM audit_entry")).isEqualTo(auditBefore);
        assertThat(count("SELECT count(*) FROM outbox")).isEqualTo(outboxBefore);
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
