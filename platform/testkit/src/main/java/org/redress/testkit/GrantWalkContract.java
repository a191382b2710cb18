package org.redress.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The grant walk every service passes, written once: each operation an integration client may call names its
 * grant, refuses a client without it and lets one holding it alone through. A service's {@code GrantWalkIT} extends
 * this and says how many client operations it has at least.
 */
public abstract class GrantWalkContract {

    /** The fewest client operations the service's document must hold, so that a walk of nothing cannot pass. */
    protected abstract int clientOperationsAtLeast();

    @Test
    void everyClientOperationNeedsItsGrantAndNoOther() {
        GrantWalk.Result result = GrantWalk.walk(OpenApiContract.fetch());
        System.out.printf("grant walk: %d operations, %d requests, %d failures%n", result.operations(),
                result.requests(), result.failures().size());
        assertThat(result.failures()).isEmpty();
        assertThat(result.operations()).isGreaterThanOrEqualTo(clientOperationsAtLeast());
    }
}
