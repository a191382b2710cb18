package org.redress.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * What every service's published OpenAPI document must keep: the API rules, and the committed
 * snapshot {@code src/test/resources/openapi/<service>.json} (regenerated with
 * {@code -Dredress.openapi.update-snapshot=true} when a change to the contract is meant). A
 * service's test extends this and runs with {@code @QuarkusTest} and the Redress test resources.
 */
public abstract class OpenApiDocumentContract {

    /** The service's name, which names its snapshot file. */
    protected abstract String serviceName();

    @Test
    void followsTheApiRules() {
        assertThat(OpenApiContract.ruleViolations(OpenApiContract.fetch())).isEmpty();
    }

    @Test
    void everyExampleMatchesItsOwnSchema() {
        assertThat(OpenApiContract.exampleViolations(OpenApiContract.fetch())).isEmpty();
    }

    @Test
    void matchesTheCommittedSnapshot() {
        OpenApiContract.assertMatchesSnapshot(OpenApiContract.fetch(),
                Path.of("src/test/resources/openapi/" + serviceName() + ".json"));
    }
}
