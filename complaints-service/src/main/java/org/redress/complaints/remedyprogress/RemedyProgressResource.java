package org.redress.complaints.remedyprogress;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.remedyprogress.domain.RemedyCaseProgress;
import org.redress.servicekit.api.Versioned;
import org.redress.servicekit.audit.ReadAudit;
import org.redress.servicekit.security.Grants;
import org.redress.servicekit.security.RequiresGrant;
import org.redress.servicekit.security.Roles;

/** The remedy cases opened for a complaint and how far their agreed actions have got, as remedy-service reported. */
@Path("/complaints/{id}/remedy-cases")
@Tag(name = "Remedy progress", description = "What was agreed on a complaint and how far it has got")
@Produces(MediaType.APPLICATION_JSON)
public class RemedyProgressResource {

    private final RemedyCaseLinks links;
    private final ComplaintChanges complaints;

    private final ReadAudit readAudit;

    public RemedyProgressResource(RemedyCaseLinks links, ComplaintChanges complaints, ReadAudit readAudit) {
        this.readAudit = readAudit;
        this.links = links;
        this.complaints = complaints;
    }

    /** One remedy case of a complaint, with the progress of its agreed actions. */
    @Schema(name = "ComplaintRemedyCase", description = "A remedy case opened for the complaint and how far it has got")
    public record RemedyCaseSummary(
            @Schema(examples = "9b2e4f10-6a7d-4e21-8c3b-5f0a1d2e3c4b") UUID remedyCaseId,
            @Schema(examples = "REM-2026-000042-7") String reference,
            @Schema(description = "Where the actions were agreed", examples = "STAGE_2",
                    enumeration = { "STAGE_1", "STAGE_2", "STAGE_3", "OMBUDSMAN" }) String source,
            @Schema(examples = "2026-11-20") LocalDate decisionDate,
            @Schema(description = "How many actions the case holds", examples = "4") int actionCount,
            @Schema(description = "How many actions are complete", examples = "2") int actionsCompleted,
            @Schema(description = "How many of the completed actions were completed by their due date", examples = "1")
            int actionsCompletedOnTime,
            @Schema(description = "How many actions are past their due date and not complete", examples = "1")
            int actionsOverdue,
            @Schema(description = "Whether every action is complete", examples = "false") boolean complete,
            @Schema(description = "The day the last action was completed; null while the case is open",
                    examples = "2026-12-18", nullable = true) LocalDate completedOn,
            @Schema(description = "Paid so far on the case's payment actions, in pence", examples = "15000")
            long paidPence,
            @Schema(description = "The version of the complaint's record of this case, as progress reports arrive", examples = "2")
            long version) implements Versioned {

        static RemedyCaseSummary of(RemedyCaseLink link) {
            RemedyCaseProgress progress = link.progress();
            return new RemedyCaseSummary(link.remedyCaseId, link.reference, link.source, link.decisionDate,
                    progress.actionCount(), progress.completed(), progress.completedOnTime(), progress.overdue(),
                    progress.complete(), progress.completedOn(), progress.paidPence(), link.version);
        }
    }

    @GET
    @RolesAllowed({ Roles.COMPLAINTS_OFFICER, Roles.COMPLAINTS_MANAGER, Roles.REMEDY_OFFICER, Roles.AUDITOR,
            Roles.INTEGRATION_CLIENT })
    @RequiresGrant(Grants.CASES_READ_NARRATIVE)
    @Operation(operationId = "listComplaintRemedyCases", summary = "List the remedy cases opened for a complaint",
            description = "Each remedy case with its action count, completed (and on time), overdue now, completion "
                    + "and the amount paid so far, as remedy-service reported them")
    @APIResponse(responseCode = "200", description = "The remedy cases, oldest decision first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RemedyCaseSummary.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<RemedyCaseSummary> list(@PathParam("id") @Parameter(description = "Complaint id", example = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10") UUID id) {
        complaints.load(id); // an unknown complaint is the rule not-found (404)
        readAudit.read("complaint", id);
        return links.forComplaint(id).stream()
                .map(RemedyCaseSummary::of)
                .toList();
    }
}
