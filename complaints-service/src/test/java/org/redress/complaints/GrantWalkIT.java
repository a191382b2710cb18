package org.redress.complaints;

import org.redress.testkit.GrantWalkContract;
import org.redress.testkit.RedressTestResources;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every operation an integration client may call names its grant, and refuses a client without it. */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class GrantWalkIT extends GrantWalkContract {

    @Override
    protected int clientOperationsAtLeast() {
        return 8;
    }
}
