package org.redress.remedies;

import static org.redress.remedies.remedycases.RemedyCaseRequests.APOLOGY_IN_FOUR_WEEKS;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.redress.remedies.remedycases.RemedyCaseRequests;
import org.redress.testkit.OpenApiOperation;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.fuzz.FuzzWalkContract;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Hostile and mistaken input on every operation: each operation on a remedy case gets a fresh
 * case with a payment action (payments, amounts due and progress are only for money owed), so the
 * walk reaches the remedy rules and not only their 404.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class FuzzWalkIT extends FuzzWalkContract {

    private static final String PAYMENT = """
            {"actionRef":"A2","type":"PAYMENT","period":"P1M","amountPence":69000}""";

    @Inject
    AgroalDataSource dataSource;

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }

    @Override
    protected Map<String, String> pathValues(OpenApiOperation operation) {
        if (!operation.template().startsWith("/remedy-cases/{id}")) {
            return Map.of();
        }
        JsonPath created = RemedyCaseRequests.open(RemedyCaseRequests.decision(UUID.randomUUID(),
                LocalDate.of(2026, 9, 1), "[\"CR-104233\"]", APOLOGY_IN_FOUR_WEEKS, PAYMENT))
                .statusCode(201).extract().jsonPath();
        return Map.of("id", created.getString("id"), "actionId", created.getString("actions[1].id"));
    }
}
