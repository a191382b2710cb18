package org.redress.complaints;

import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.redress.complaints.intake.IntakeRequests;
import org.redress.testkit.OpenApiOperation;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.fuzz.FuzzWalkContract;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import javax.sql.DataSource;

/**
 * Hostile and mistaken input on every operation: each changing request on a complaint gets a
 * freshly registered complaint, so the walk reaches the procedure's rules and not only its 404.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class FuzzWalkIT extends FuzzWalkContract {

    @Inject
    AgroalDataSource dataSource;

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }

    @Override
    protected Map<String, String> pathValues(OpenApiOperation operation) {
        if (operation.template().startsWith("/complaints/{id}")) {
            return Map.of("id", IntakeRequests.registerAndGetId(LocalDate.now().minusDays(2)));
        }
        return Map.of();
    }
}
