package org.redress.remedies.remedycases.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.contracts.Bounds;
import org.redress.remedies.remedycases.domain.RemedyCaseRepository;
import org.redress.remedies.remedycases.domain.RemedyCaseSummaries;
import org.redress.servicekit.audit.ReadAudit;
import org.redress.servicekit.security.Grants;
import org.redress.servicekit.security.RequiresGrant;
import org.redress.servicekit.security.Roles;

/**
 * Remedy cases listed by what a system needs to keep track of them, for an integration client granted the
 * summaries only ({@link Grants#CASES_READ_SUMMARY}): the same cases, filters and pages as GET /remedy-cases.
 */
@Path("/remedy-case-summaries")
@Tag(name = "Remedy cases")
@Produces(MediaType.APPLICATION_JSON)
public class RemedyCaseSummaryResource {

    private final RemedyCaseSummaries summaries;
    private final RemedyCaseRepository remedyCases;
    private final ReadAudit readAudit;
    private final Clock clock;

    public RemedyCaseSummaryResource(RemedyCaseSummaries summaries, RemedyCaseRepository remedyCases,
            ReadAudit readAudit, Clock clock) {
        this.summaries = summaries;
        this.remedyCases = remedyCases;
        this.readAudit = readAudit;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.REMEDY_OFFICER, Roles.COMPLAINTS_OFFICER, Roles.COMPLAINTS_MANAGER, Roles.AUDITOR,
            Roles.INTEGRATION_CLIENT })
    @RequiresGrant(Grants.CASES_READ_SUMMARY)
    @Operation(operationId = "listRemedyCaseSummaries", summary = "List remedy cases by ids, references, states and dates, newest decision first",
            description = "The cases of GET /remedy-cases, in the same order and pages, without what was agreed for "
                    + "the family: no actions, descriptions, conditions, amounts or children.")
    @APIResponse(responseCode = "200", description = "One page of remedy case summaries")
    public RemedyCaseSummaryPage list(
            // taken as text so that a malformed id is a 400 naming the parameter, as on GET /remedy-cases
            @QueryParam("complaintId") @Pattern(regexp = RemedyCaseResource.UUID_PATTERN, message = "must be a UUID")
            @Parameter(description = "Only the cases of this complaint", example = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid", pattern = RemedyCaseResource.UUID_PATTERN))
            String complaintId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Bounds.MAX_PAGE_NUMBER) @Parameter(description = "Page number, from 0", example = "0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) @Parameter(description = "Page size, 1 to 100", example = "20") int size) {
        LocalDate today = LocalDate.now(clock);
        UUID complaint = complaintId == null || complaintId.isEmpty() ? null : UUID.fromString(complaintId);
        var items = summaries.page(complaint, page, size).stream().map(s -> RemedyCaseSummaryView.of(s, today)).toList();
        readAudit.listed("remedy-case", items.stream().map(RemedyCaseSummaryView::id).toList());
        return new RemedyCaseSummaryPage(items, page, size, remedyCases.count(complaint));
    }
}
