package org.redress.remedies;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;
import org.redress.testkit.RedressTestResources;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ReadinessIT {

    @Test
    void isReadyWithItsDatabaseAndTheBrokerReachable() {
        given().when().get("/q/health/ready").then().log().body()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka broker"));
    }
}
