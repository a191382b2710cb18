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
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.redress.servicekit.security.RequiresGrant;

import io.quarkus.arc.Arc;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * States the roles that may call each operation as {@code x-roles}, read from the same
 * {@code @RolesAllowed} the security layer enforces, and the grant an integration client needs for it as
 * {@code x-grants}, read from the {@link RequiresGrant} that {@code GrantCheck} enforces. OpenAPI 3.0 lets a security requirement list
 * scopes only for OAuth, so the bearer requirement stays without them and the roles go beside it,
 * where integrators, docs/api.md and the endpoint-by-role walk read them. Runs when the service
 * starts, over its resource beans, because the roles are not in the document the build writes.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class OperationRolesFilter implements OASFilter {

    /** The operation's extension listing the roles that may call it. */
    public static final String ROLES = "x-roles";
    /** The operation's extension listing the grant (OAuth 2 scope) an integration client needs to call it. */
    public static final String GRANTS = "x-grants";

    private static final String FORBIDDEN_WITH_GRANT = "The caller's role may not use this operation, or the "
            + "integration client was not granted the scope x-grants names";

    /** Who may call an operation: the roles it allows, and the grant an integration client needs (or none). */
    private record Access(List<String> roles, String grant) {
    }

    private static final Map<Class<? extends Annotation>, String> HTTP_METHODS = Map.of(GET.class, "GET",
            POST.class, "POST", PUT.class, "PUT", PATCH.class, "PATCH", DELETE.class, "DELETE");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        Map<String, Access> access = accessByOperation();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            Access allowed = access.get(method.name() + " " + path);
            if (allowed != null && !allowed.roles().isEmpty()) {
                operation.addExtension(ROLES, allowed.roles());
            }
            if (allowed != null && allowed.grant() != null) {
                operation.addExtension(GRANTS, List.of(allowed.grant()));
                APIResponse forbidden = operation.getResponses() == null ? null
                        : operation.getResponses().getAPIResponse("403");
                if (forbidden != null) {
                    forbidden.setDescription(FORBIDDEN_WITH_GRANT);
                }
            }
        }));
    }

    private static Map<String, Access> accessByOperation() {
        Map<String, Access> access = new HashMap<>();
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
                RequiresGrant grant = method.getAnnotation(RequiresGrant.class);
                if (http != null && (allowed != null || grant != null)) {
                    Path sub = method.getAnnotation(Path.class);
                    access.put(http + " " + template(root.value() + "/" + (sub == null ? "" : sub.value())),
                            new Access(allowed == null ? List.of() : List.of(allowed.value()),
                                    grant == null ? null : grant.value()));
                }
            }
        }
        return access;
    }

    /** {@code complaints//{id: [0-9a-f-]+}/} as the document writes it: {@code /complaints/{id}}. */
    static String template(String path) {
        String template = ("/" + path).replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return template.length() > 1 && template.endsWith("/") ? template.substring(0, template.length() - 1)
                : template;
    }
}
