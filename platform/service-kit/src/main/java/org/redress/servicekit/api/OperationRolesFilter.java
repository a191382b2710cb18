package org.redress.servicekit.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import io.quarkus.arc.Arc;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * States the roles that may call each operation as {@code x-roles}, read from the same
 * {@code @RolesAllowed} the security layer enforces. OpenAPI 3.0 lets a security requirement list
 * scopes only for OAuth, so the bearer requirement stays without them and the roles go beside it,
 * where integrators, docs/api.md and the endpoint-by-role walk read them. Runs when the service
 * starts, over its resource beans, because the roles are not in the document the build writes.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class OperationRolesFilter implements OASFilter {

    /** The operation's extension listing the roles that may call it. */
    public static final String ROLES = "x-roles";

    private static final Map<Class<? extends Annotation>, String> HTTP_METHODS = Map.of(GET.class, "GET",
            POST.class, "POST", PUT.class, "PUT", PATCH.class, "PATCH", DELETE.class, "DELETE");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        Map<String, List<String>> roles = rolesByOperation();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            List<String> allowed = roles.get(method.name() + " " + path);
            if (allowed != null && !allowed.isEmpty()) {
                operation.addExtension(ROLES, allowed);
            }
        }));
    }

    private static Map<String, List<String>> rolesByOperation() {
        Map<String, List<String>> roles = new HashMap<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> resource = bean.getBeanClass();
            Path root = resource.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                String http = HTTP_METHODS.entrySet().stream().filter(e -> method.isAnnotationPresent(e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class)
                        ? method.getAnnotation(RolesAllowed.class) : resource.getAnnotation(RolesAllowed.class);
                if (http != null && allowed != null) {
                    Path sub = method.getAnnotation(Path.class);
                    roles.put(http + " " + template(root.value() + "/" + (sub == null ? "" : sub.value())),
                            List.of(allowed.value()));
                }
            }
        }
        return roles;
    }

    /** {@code complaints//{id: [0-9a-f-]+}/} as the document writes it: {@code /complaints/{id}}. */
    static String template(String path) {
        String template = ("/" + path).replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return template.length() > 1 && template.endsWith("/") ? template.substring(0, template.length() - 1)
                : template;
    }
}
