package org.redress.servicekit.audit;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.servicekit.api.ApiResponses;
import org.redress.servicekit.problem.ProblemDetail;
import org.redress.servicekit.security.Roles;

/** The audit trail, newest first, for auditors. */
@Path("/audit")
@Tag(name = "Audit", description = "Who changed what, and when")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final EntityManager entityManager;

    public AuditResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(operationId = "listAuditEntries", summary = "Read the audit trail, newest first, optionally for one resource",
            description = "Changes and reads alike: who changed a case (complaint.registered, ...), who read it "
                    + "(<type>.read), who saw it in a list (<type>.listed) and who read it outside their assignment or team, with the "
                    + "reason they gave (<type>.break-glass-read, to review), with their roles, client and correlation id.")
    @APIResponse(responseCode = "200", description = "One page of audit entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditEntryPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is out of range",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "badPage", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    public AuditEntryPage list(
            @QueryParam("resourceType") @Size(max = 64) @Parameter(description = "Only entries about this type of resource", example = "complaint") String resourceType,
            @QueryParam("resourceId") @Size(max = 64) @Parameter(description = "Only entries about this resource", example = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10") String resourceId,
            @QueryParam("action") @Size(max = 128) @Parameter(description = "Only entries of this action: complaint.read "
                    + "answers who read a complaint, complaint.listed who saw it in a list, assessment.break-glass-read "
                    + "the reads outside an assignment or team awaiting review", example = "complaint.read") String action,
            @QueryParam("correlationId") @Size(max = 64) @Parameter(description = "Only entries of the request with this "
                    + "correlation id (X-Correlation-Id, also in its log lines and problem details): every case one "
                    + "request read or changed", example = "8d2c6f0e-4b1a-4e9b-9c3d-5a7e2f1b0c44") String correlationId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Parameter(description = "Page number, from 0", example = "0") int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) @Parameter(description = "Page size, 1 to 500", example = "50") int size) {
        String filter = " WHERE (CAST(:type AS varchar) IS NULL OR resource_type = :type)"
                + " AND (CAST(:id AS varchar) IS NULL OR resource_id = :id)"
                + " AND (CAST(:action AS varchar) IS NULL OR action = :action)"
                + " AND (CAST(:correlation AS varchar) IS NULL OR correlation_id = :correlation)";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT id, occurred_at, actor_subject, actor_roles, client_id, action, resource_type, resource_id,
                       correlation_id, reason FROM audit_entry""" + filter + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .setParameter("type", resourceType)
                .setParameter("id", resourceId)
                .setParameter("action", action)
                .setParameter("correlation", correlationId)
                .setParameter("limit", size)
                .setParameter("offset", (long) page * size)
                .getResultList();
        long total = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM audit_entry" + filter)
                .setParameter("type", resourceType)
                .setParameter("id", resourceId)
                .setParameter("action", action)
                .setParameter("correlation", correlationId)
                .getSingleResult()).longValue();
        return new AuditEntryPage(rows.stream().map(AuditResource::view).toList(), page, size, total);
    }

    private static AuditEntryView view(Object[] row) {
        OffsetDateTime at = row[1] instanceof OffsetDateTime odt ? odt
                : ((java.time.Instant) row[1]).atOffset(java.time.ZoneOffset.UTC);
        return new AuditEntryView(((Number) row[0]).longValue(), at, (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], (String) row[7], (String) row[8], (String) row[9]);
    }
}
