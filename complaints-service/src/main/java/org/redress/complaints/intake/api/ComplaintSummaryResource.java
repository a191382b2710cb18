package org.redress.complaints.intake.api;

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
import org.redress.complaints.complaint.application.ComplaintAccess;
import org.redress.complaints.complaint.domain.ComplaintRepository;
import org.redress.complaints.complaint.domain.ComplaintState;
import org.redress.complaints.reading.ComplaintSummary;
import org.redress.servicekit.audit.ReadAudit;
import org.redress.servicekit.security.Grants;
import org.redress.servicekit.security.RequiresGrant;
import org.redress.servicekit.security.Roles;

/**
 * The work queue in brief, for the council systems that need to know which complaints exist and where they stand
 * but not what they say: the same complaints, filters and order as {@code GET /complaints}, each as ids,
 * references, states and dates.
 */
@Path("/complaint-summaries")
@Tag(name = "Complaints", description = "Intake of complaints and their stage clocks")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintSummaryResource {

    private final ComplaintRepository complaints;
    private final ComplaintAccess access;
    private final ReadAudit readAudit;
    private final Clock clock;

    public ComplaintSummaryResource(ComplaintRepository complaints, ComplaintAccess access, ReadAudit readAudit, Clock clock) {
        this.complaints = complaints;
        this.access = access;
        this.readAudit = readAudit;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.COMPLAINTS_OFFICER, Roles.COMPLAINTS_MANAGER, Roles.INVESTIGATING_OFFICER,
            Roles.ADJUDICATING_OFFICER, Roles.INDEPENDENT_PERSON, Roles.REVIEW_PANEL_MEMBER, Roles.AUDITOR,
            Roles.INTEGRATION_CLIENT })
    @RequiresGrant(Grants.CASES_READ_SUMMARY)
    @Operation(operationId = "listComplaintSummaries", summary = "The work queue in brief: ids, references, states and dates",
            description = "The complaints GET /complaints lists, in the same order and with the same filters, each "
                    + "without its narrative: no points, desired outcomes, decisions or notes.")
    @APIResponse(responseCode = "200", description = "One page of complaints in brief",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintSummaryPage.class)))
    @APIResponse(responseCode = "400", description = "A paging or filter parameter is out of range")
    public ComplaintSummaryPage list(
            @QueryParam("stage") @Parameter(description = "STAGE_1, STAGE_2 or STAGE_3", example = "STAGE_2") ComplaintState.Stage stage,
            @QueryParam("state") @Parameter(description = "A complaint state", example = "STAGE_2_REQUESTED") ComplaintState state,
            @QueryParam("clock") @Parameter(description = "OVERDUE or DUE_SOON", example = "OVERDUE") ComplaintRepository.QueueClock clockState,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Parameter(description = "Page number, from 0", example = "0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) @Parameter(description = "Page size, 1 to 100", example = "20") int size) {
        LocalDate today = LocalDate.now(clock);
        var filter = new ComplaintRepository.WorkQueueFilter(stage, state, clockState, access.scope());
        if (filter.scope().isEmpty()) {
            return new ComplaintSummaryPage(List.of(), page, size, 0);
        }
        List<ComplaintSummary> items = complaints.queue(filter, today, page, size).stream()
                .map(complaint -> ComplaintSummary.of(complaint, today)).toList();
        readAudit.listed("complaint", items.stream().map(ComplaintSummary::id).toList());
        return new ComplaintSummaryPage(items, page, size, complaints.queueTotal(filter, today));
    }
}
