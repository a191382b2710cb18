package org.redress.servicekit.audit;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audit entry as the auditor sees it. */
@Schema(name = "AuditEntry", description = "Who changed what, and when")
public record AuditEntryView(
        @Schema(examples = "1041") long id,
        @Schema(examples = "2026-11-25T10:15:30Z") OffsetDateTime occurredAt,
        @Schema(description = "Subject of the caller's token, or system:<name>", examples = "u-77a1c") String actorSubject,
        @Schema(examples = "complaints-officer") String actorRoles,
        @Schema(description = "The calling application (token azp)", examples = "council-crm", nullable = true) String clientId,
        @Schema(examples = "complaint.registered") String action,
        @Schema(examples = "complaint") String resourceType,
        @Schema(examples = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10") String resourceId,
        @Schema(examples = "5b0f3d4e-2c1a-4e8b-9f00-6a7b8c9d0e1f", nullable = true) String correlationId,
        @Schema(description = "For a read outside the reader's assignment or team (break-glass, action <type>.break-glass-read): "
                + "the reason they gave, for review", examples = "Duty manager: child's allocated team unreachable out of hours",
                nullable = true) String reason) {
}
