package org.redress.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.redress.testkit.GrantWalk;
import org.redress.testkit.OpenApiContract;
import org.redress.testkit.RedressTestResources;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every operation an integration client may call names its grant, and refuses a client without it. */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class GrantWalkIT {

    @Test
    void everyClientOperationNeedsItsGrantAndNoOther() {
        GrantWalk.Result result = GrantWalk.walk(OpenApiContract.fetch());
        System.out.printf("grant walk: %d operations, %d requests, %d failures%n", result.operations(),
                result.requests(), result.failures().size());
        assertThat(result.failures()).isEmpty();
        assertThat(result.operations()).isGreaterThanOrEqualTo(8);
    }
}
