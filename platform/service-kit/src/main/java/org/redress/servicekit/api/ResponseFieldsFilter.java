package org.redress.servicekit.api;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * What a response promises to carry. A response leaves a field out when it has no value (ResponseJson)
 * and never writes {@code null}; a generated client should still not have to treat every field as
 * maybe-missing. So in every schema no request uses, each property is <b>required</b>, unless the Java
 * says it may be absent: the record component is annotated {@code @Schema(nullable = true)}. That
 * property stays optional, and its {@code nullable} is taken off again (the JSON never holds a null).
 * <p>
 * The rule holds the code to its word: the test kit's validator checks every test response against
 * the document, so a component that is null without saying so fails the test that met it.
 * Schemas a request uses keep the request rules (OptionalRequestFieldsFilter).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ResponseFieldsFilter implements OASFilter {

    private static final String COMPONENTS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Set<Schema> requestSchemas = reachable(requestRoots(openAPI), components);
        Set<Schema> done = Collections.newSetFromMap(new IdentityHashMap<>());
        components.values().stream()
                .filter(schema -> !requestSchemas.contains(schema))
                .forEach(schema -> promise(schema, done));
    }

    /** Marks every property required unless nullable, then drops the null; recurses into inline objects. */
    private static void promise(Schema schema, Set<Schema> done) {
        if (schema == null || !done.add(schema)) {
            return;
        }
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            List<String> required = new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
            schema.getProperties().forEach((name, property) -> {
                if (mayBeAbsent(property)) {
                    required.remove(name);
                    dropNull(property);
                } else if (!required.contains(name)) {
                    required.add(name);
                }
                promise(property, done);
            });
            schema.setRequired(required.isEmpty() ? null : required);
        }
        promise(schema.getItems(), done);
        if (schema.getAdditionalPropertiesSchema() != null) {
            promise(schema.getAdditionalPropertiesSchema(), done);
        }
    }

    /** {@code nullable = true} on a value gives it the null type; on a reference, {@code anyOf} the reference or null. */
    private static boolean mayBeAbsent(Schema property) {
        return property.getType() != null && property.getType().contains(Schema.SchemaType.NULL)
                || property.getAnyOf() != null && property.getAnyOf().stream().anyMatch(ResponseFieldsFilter::isNull);
    }

    private static void dropNull(Schema property) {
        if (property.getType() != null && property.getType().contains(Schema.SchemaType.NULL)) {
            List<Schema.SchemaType> types = new ArrayList<>(property.getType());
            types.remove(Schema.SchemaType.NULL);
            property.setType(types.isEmpty() ? null : types);
        }
        if (property.getAnyOf() != null && property.getAnyOf().stream().anyMatch(ResponseFieldsFilter::isNull)) {
            List<Schema> rest = property.getAnyOf().stream().filter(schema -> !isNull(schema)).toList();
            property.setAnyOf(null);
            if (rest.size() == 1 && rest.get(0).getRef() == null) {
                // a plain value already inlined (a date, an id): its type and format are the property's own
                property.setType(rest.get(0).getType());
                property.setFormat(rest.get(0).getFormat());
            } else {
                // a reference is written as allOf beside a description, as 3.0 asks
                property.setAllOf(rest.isEmpty() ? null : new ArrayList<>(rest));
            }
        }
    }

    private static boolean isNull(Schema schema) {
        return schema.getRef() == null && List.of(Schema.SchemaType.NULL).equals(schema.getType());
    }

    private static List<Schema> requestRoots(OpenAPI openAPI) {
        List<Schema> roots = new ArrayList<>();
        if (openAPI.getPaths() == null) {
            return roots;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> {
            if (path.getParameters() != null) {
                path.getParameters().stream().map(Parameter::getSchema).filter(Objects::nonNull).forEach(roots::add);
            }
            path.getOperations().values().forEach(operation -> roots.addAll(requestSchemas(operation)));
        });
        return roots;
    }

    private static List<Schema> requestSchemas(Operation operation) {
        List<Schema> schemas = new ArrayList<>();
        if (operation.getParameters() != null) {
            operation.getParameters().stream().map(Parameter::getSchema).filter(Objects::nonNull).forEach(schemas::add);
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().getMediaTypes() != null) {
            operation.getRequestBody().getContent().getMediaTypes().values().stream()
                    .map(MediaType::getSchema).filter(Objects::nonNull).forEach(schemas::add);
        }
        return schemas;
    }

    /** Every schema, component or inline, that the roots lead to. */
    private static Set<Schema> reachable(List<Schema> roots, Map<String, Schema> components) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Schema> toVisit = new ArrayDeque<>(roots);
        while (!toVisit.isEmpty()) {
            Schema schema = toVisit.pop();
            if (schema == null || !seen.add(schema)) {
                continue;
            }
            if (schema.getRef() != null && schema.getRef().startsWith(COMPONENTS)) {
                Schema target = components.get(schema.getRef().substring(COMPONENTS.length()));
                if (target != null) {
                    toVisit.push(target);
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(toVisit::push);
            }
            if (schema.getItems() != null) {
                toVisit.push(schema.getItems());
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                toVisit.push(schema.getAdditionalPropertiesSchema());
            }
            for (List<Schema> composed : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (composed != null) {
                    composed.forEach(toVisit::push);
                }
            }
        }
        return seen;
    }
}
