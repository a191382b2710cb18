package org.redress.servicekit.audit;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the audit trail, numbered from 0. */
@Schema(name = "AuditEntryPage", description = "One page of audit entries, newest first")
public record AuditEntryPage(
        @Schema(description = "The entries on this page") List<AuditEntryView> items,
        @Schema(description = "Page number, from 0", examples = "0") int page,
        @Schema(description = "Page size", examples = "50") int size,
        @Schema(description = "Number of entries on all pages", examples = "57") long total) {
}
