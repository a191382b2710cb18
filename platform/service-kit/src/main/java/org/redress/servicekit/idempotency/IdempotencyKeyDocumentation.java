package org.redress.servicekit.idempotency;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the {@code Idempotency-Key} header once, with its bounds and its scope, on every write
 * operation, so that what the OpenAPI document says is what {@link IdempotencyKeyFilter} does.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class IdempotencyKeyDocumentation implements OASFilter {

    static final String DESCRIPTION = "Repeat a request safely: the same caller sending the same key and body to the "
            + "same operation gets the first successful response again (with " + IdempotencyKeyFilter.REPLAYED_HEADER
            + ": true) and the step is recorded once. 1 to " + IdempotencyKeyFilter.MAX_KEY_LENGTH
            + " visible ASCII characters. A key is the caller's own (token subject and client) for one operation; "
            + "a refused or failed request does not use it up, so its correction may be sent with the same key.";

    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH);

    @Override
    public PathItem filterPathItem(PathItem path) {
        path.getOperations().forEach((method, operation) -> {
            if (WRITES.contains(method)) {
                document(operation);
            }
        });
        return path;
    }

    /** Replaces a resource's own declaration of the header, in its place, or adds one. */
    private static void document(Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>()
                : new ArrayList<>(operation.getParameters());
        int declared = -1;
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            if (IdempotencyKeyFilter.HEADER.equals(parameter.getName()) && parameter.getIn() == Parameter.In.HEADER) {
                declared = i;
            }
        }
        Parameter key = OASFactory.createParameter()
                .name(IdempotencyKeyFilter.HEADER)
                .in(Parameter.In.HEADER)
                .required(false)
                .description(DESCRIPTION)
                .example(declared < 0 ? null : parameters.get(declared).getExample())
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1)
                        .maxLength(IdempotencyKeyFilter.MAX_KEY_LENGTH).pattern(IdempotencyKeyFilter.KEY_PATTERN));
        if (declared < 0) {
            parameters.add(key);
        } else {
            parameters.set(declared, key);
        }
        operation.setParameters(parameters);
    }
}
