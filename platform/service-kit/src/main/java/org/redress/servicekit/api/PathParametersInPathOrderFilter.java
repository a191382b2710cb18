package org.redress.servicekit.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * A generated client takes an operation's parameters in the order the document lists them. The scanner
 * sorts them by name, so {@code /remedy-cases/{id}/actions/{actionId}} became {@code (actionId, id)}: two
 * UUIDs a caller could swap without the compiler noticing. Path parameters are listed in the order the
 * path names them; query parameters and headers keep the scanner's order after them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PathParametersInPathOrderFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            if (operation.getParameters() != null) {
                List<Parameter> ordered = new ArrayList<>(operation.getParameters());
                ordered.sort(Comparator.comparingInt(parameter -> position(path, parameter)));
                operation.setParameters(ordered);
            }
        }));
    }

    /** Where a path parameter appears in the path; everything else after every path parameter, in its order. */
    static int position(String path, Parameter parameter) {
        if (parameter.getIn() != Parameter.In.PATH) {
            return Integer.MAX_VALUE;
        }
        int at = path.indexOf("{" + parameter.getName() + "}");
        return at < 0 ? Integer.MAX_VALUE - 1 : at;
    }
}
