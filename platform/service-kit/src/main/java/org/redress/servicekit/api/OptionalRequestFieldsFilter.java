package org.redress.servicekit.api;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * In a request body, an optional field sent as {@code null} means what leaving it out means, and the
 * service reads it so (many clients write every field they have, null or not). The documents say so:
 * every property a request schema does not require is {@code nullable}. Responses never carry a null
 * (ResponseJson leaves such a field out), so a schema shared with a response promises nothing false.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OptionalRequestFieldsFilter implements OASFilter {

    private static final String COMPONENTS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Deque<Schema> toVisit = new ArrayDeque<>();
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values()
                .forEach(operation -> requestSchemas(operation).forEach(toVisit::add)));
        Set<String> visited = new HashSet<>();
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!toVisit.isEmpty()) {
            Schema schema = toVisit.pop();
            if (!seen.add(schema)) {
                continue;
            }
            if (schema.getRef() != null && schema.getRef().startsWith(COMPONENTS)) {
                String name = schema.getRef().substring(COMPONENTS.length());
                if (visited.add(name) && components.get(name) != null) {
                    toVisit.push(components.get(name));
                }
                continue;
            }
            if (schema.getProperties() != null) {
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                schema.getProperties().forEach((name, property) -> {
                    // written as nullable: true in 3.0; a bare reference has no type to add it to
                    if (!required.contains(name) && property.getType() != null && !property.getType().isEmpty()) {
                        property.addType(Schema.SchemaType.NULL);
                    }
                    toVisit.push(property);
                });
            }
            if (schema.getItems() != null) {
                toVisit.push(schema.getItems());
            }
            if (schema.getAllOf() != null) {
                schema.getAllOf().forEach(toVisit::push);
            }
        }
    }

    private static List<Schema> requestSchemas(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().getMediaTypes() == null) {
            return List.of();
        }
        return operation.getRequestBody().getContent().getMediaTypes().values().stream()
                .map(MediaType::getSchema).filter(java.util.Objects::nonNull).toList();
    }
}
