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
                .queryParam("resourceId", resourceId).queryParam("action", action).queryParam("size", 500)
                .when().get("/audit").then().statusCode(200).extract().path("items");
        // the service filters by action; every entry it answers must be of that action
        items.forEach(entry -> {
            if (!action.equals(entry.get("action"))) {
                throw new AssertionError("GET /audit?action=" + action + " answered an entry of " + entry.get("action"));
            }
        });
        return items;
    }

    /** Who (token subjects) the entries about the resource with this action name, newest first. */
    public static List<Object> actors(String resourceType, String resourceId, String action) {
        return of(resourceType, resourceId, action).stream().map(entry -> entry.get("actorSubject")).toList();
    }
}
