package org.redress.servicekit.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents 401 and 403 on every secured operation, in one place, so that no resource can
 * forget them and the answers are described exactly as the problem mappers give them.
 */
public class SecurityResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
                if (secured && operation.getResponses() != null) {
                    operation.getResponses().addAPIResponse("401", problem("No valid bearer token",
                            ApiResponses.UNAUTHORIZED_EXAMPLE));
                    operation.getResponses().addAPIResponse("403", problem("The caller's role may not use this operation",
                            ApiResponses.FORBIDDEN_EXAMPLE));
                }
            }
        }
    }

    private static APIResponse problem(String description, String example) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(ApiResponses.PROBLEM_JSON,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("ProblemDetail"))
                                .addExample("problem", OASFactory.createExample().value(example))));
    }
}
