package org.redress.servicekit.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Each service's document is OpenAPI 3.0.3 (the version the mainstream client generators and validators
 * support fully; configured in service-kit), and in it dates, instants and ids are what they are on
 * the wire: strings with a format, inline where they are used. Left to the scanner, {@code LocalDate}
 * and {@code UUID} become schemas of their own that generators turn into model classes of those names,
 * which is not what the JSON holds. (The scanner already writes a reference that says more about its
 * target, a description or an example, through {@code allOf}, as 3.0 requires.)
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PlainValueTypesFilter implements OASFilter {

    private static final String COMPONENTS = "#/components/schemas/";

    /** Each Java value type's schema name, with the format of the string it is written as. */
    static final Map<String, String> FORMATS = Map.of(
            "LocalDate", "date",
            "OffsetDateTime", "date-time",
            "Instant", "date-time",
            "LocalDateTime", "date-time",
            "ZonedDateTime", "date-time",
            "UUID", "uuid");

    @Override
    public Schema filterSchema(Schema schema) {
        String valueType = plainValueRef(schema);
        if (valueType != null) {
            schema.setRef(null);
            inline(schema, valueType);
        } else if (schema.getAllOf() != null && schema.getAllOf().size() == 1
                && (valueType = plainValueRef(schema.getAllOf().get(0))) != null) {
            schema.setAllOf(null);
            inline(schema, valueType);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            FORMATS.keySet().forEach(openAPI.getComponents()::removeSchema);
        }
    }

    private static void inline(Schema schema, String name) {
        schema.setType(List.of(Schema.SchemaType.STRING));
        schema.setFormat(FORMATS.get(name));
    }

    private static String plainValueRef(Schema schema) {
        String ref = schema.getRef();
        if (ref == null || !ref.startsWith(COMPONENTS)) {
            return null;
        }
        String name = ref.substring(COMPONENTS.length());
        return FORMATS.containsKey(name) ? name : null;
    }
}
