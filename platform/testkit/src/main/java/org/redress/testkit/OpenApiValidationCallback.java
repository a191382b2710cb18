package org.redress.testkit;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts {@link OpenApiValidation} on RestAssured before every test of a service, with the service's
 * committed document ({@code openapi/<application name>.json} among its test resources), so that no
 * test can call the service without its answer being checked against the document.
 */
public class OpenApiValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        String service = ConfigProvider.getConfig().getOptionalValue("quarkus.application.name", String.class)
                .orElse(null);
        if (service == null) {
            return;
        }
        OpenApiValidation.forDocument("openapi/" + service + ".json").ifPresent(validation -> {
            if (!RestAssured.filters().contains(validation)) {
                RestAssured.filters(validation);
            }
        });
    }
}
