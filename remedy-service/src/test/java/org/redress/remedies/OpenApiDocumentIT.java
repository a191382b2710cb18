package org.redress.remedies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.redress.testkit.OpenApiContract;
import org.redress.testkit.RedressTestResources;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(RedressTestResources.class)
class OpenApiDocumentIT {

    @Test
    void followsTheApiRules() {
        assertThat(OpenApiContract.ruleViolations(OpenApiContract.fetch())).isEmpty();
    }

    @Test
    void matchesTheCommittedSnapshot() {
        JsonNode document = OpenApiContract.fetch();
        OpenApiContract.assertMatchesSnapshot(document, Path.of("src/test/resources/openapi/remedy-service.json"));
    }
}
