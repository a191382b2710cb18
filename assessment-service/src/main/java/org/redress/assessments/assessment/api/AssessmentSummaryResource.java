package org.redress.assessments.assessment.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.assessments.assessment.api.AssessmentResource.ClockFilter;
import org.redress.assessments.assessment.application.AssessmentAccess;
import org.redress.assessments.assessment.domain.Assessment;
import org.redress.assessments.assessment.domain.AssessmentRepository;
import org.redress.assessments.assessment.domain.AssessmentScope;
import org.redress.contracts.Bounds;
import org.redress.servicekit.audit.ReadAudit;
import org.redress.servicekit.security.Grants;
import org.redress.servicekit.security.RequiresGrant;
import org.redress.servicekit.security.Roles;

/**
 * Assessments in brief, for the council systems that need to know which assessments exist and where they stand
 * but not what they found: the assessments {@code GET /assessments} lists to the same caller, newest first, or
 * the overdue ones, each as ids, references and dates.
 */
@Path("/assessment-summaries")
@Tag(name = "Assessments", description = "Assessments of children in need and their 45-working-day clocks")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentSummaryResource {

    private final AssessmentRepository assessments;
    private final AssessmentAccess access;
    private final ReadAudit readAudit;
    private final Clock clock;

    public AssessmentSummaryResource(AssessmentRepository assessments, AssessmentAccess access, ReadAudit readAudit,
            Clock clock) {
        this.assessments = assessments;
        this.access = access;
        this.readAudit = readAudit;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.TEAM_MANAGER, Roles.REMEDY_OFFICER, Roles.AUDITOR,
            Roles.INTEGRATION_CLIENT })
    @RequiresGrant(Grants.CASES_READ_SUMMARY)
    @Operation(operationId = "listAssessmentSummaries", summary = "Assessments in brief: ids, references, states and dates",
            description = "The assessments GET /assessments lists to the same caller (clock=OVERDUE: those open past "
                    + "their due date), each without its needs, family members, assessors, flags or notes.")
    @APIResponse(responseCode = "200", description = "One page of assessments in brief",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentSummaryPage.class)))
    @APIResponse(responseCode = "400", description = "A paging or filter parameter is out of range")
    public AssessmentSummaryPage list(
            @QueryParam("clock") @Parameter(description = "OVERDUE: only open assessments past their 45-working-day due date",
                    example = "OVERDUE") ClockFilter clockFilter,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Bounds.MAX_PAGE_NUMBER)
            @Parameter(description = "Page number, from 0", example = "0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) @Parameter(description = "Page size, 1 to 100", example = "20") int size) {
        LocalDate today = LocalDate.now(clock);
        AssessmentScope scope = access.scope();
        boolean overdue = clockFilter == ClockFilter.OVERDUE;
        List<Assessment> shown = overdue ? assessments.overdue(scope, today, page, size) : assessments.page(scope, page, size);
        List<AssessmentSummary> items = shown.stream().map(assessment -> AssessmentSummary.of(assessment, today)).toList();
        readAudit.listed("assessment", items.stream().map(AssessmentSummary::id).toList());
        return new AssessmentSummaryPage(items, page, size,
                overdue ? assessments.countOverdue(scope, today) : assessments.count(scope));
    }
}
