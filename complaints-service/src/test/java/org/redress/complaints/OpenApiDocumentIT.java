package org.redress.complaints;

import org.redress.testkit.OpenApiDocumentContract;
import org.redress.testkit.RedressTestResources;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(RedressTestResources.class)
class OpenApiDocumentIT extends OpenApiDocumentContract {

    @Override
    protected String serviceName() {
        return "complaints-service";
    }
}
