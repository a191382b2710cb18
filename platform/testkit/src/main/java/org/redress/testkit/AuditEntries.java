package org.redress.testkit;

import java.util.List;
import java.util.Map;

import org.redress.servicekit.security.Roles;

/** A case's entries in the audit trail, as an auditor reads them through {@code GET /audit}. */
public final class AuditEntries {

    private AuditEntries() {
    }

    /** The entries about the resource with this action, newest first. */
    public static List<Map<String, Object>> of(String resourceType, String resourceId, String action) {
        List<Map<String, Object>> items = Tokens.as(Roles.AUDITOR).queryParam("resourceType", resourceType)
                .queryParam("resourceId", resourceId).queryParam("size", 500)
                .when().get("/audit").then().statusCode(200).extract().path("items");
        return items.stream().filter(entry -> action.equals(entry.get("action"))).toList();
    }

    /** Who (token subjects) the entries about the resource with this action name, newest first. */
    public static List<Object> actors(String resourceType, String resourceId, String action) {
        return of(resourceType, resourceId, action).stream().map(entry -> entry.get("actorSubject")).toList();
    }
}
