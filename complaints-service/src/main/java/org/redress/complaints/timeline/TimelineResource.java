package org.redress.complaints.timeline;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.servicekit.audit.ReadAudit;
import org.redress.servicekit.security.Grants;
import org.redress.servicekit.security.RequiresGrant;
import org.redress.servicekit.security.Roles;

/** A complaint's chronology over HTTP. */
@Path("/complaints/{id}/timeline")
@Tag(name = "Complaints", description = "Intake of complaints and their stage clocks")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    private final Timeline timeline;
    private final ComplaintChanges complaints;

    private final ReadAudit readAudit;

    public TimelineResource(Timeline timeline, ComplaintChanges complaints, ReadAudit readAudit) {
        this.readAudit = readAudit;
        this.timeline = timeline;
        this.complaints = complaints;
    }

    @GET
    @RolesAllowed({ Roles.COMPLAINTS_OFFICER, Roles.COMPLAINTS_MANAGER, Roles.INVESTIGATING_OFFICER,
            Roles.ADJUDICATING_OFFICER, Roles.INDEPENDENT_PERSON, Roles.REVIEW_PANEL_MEMBER, Roles.AUDITOR,
            Roles.INTEGRATION_CLIENT })
    @RequiresGrant(Grants.CASES_READ_NARRATIVE)
    @Operation(operationId = "getComplaintTimeline", summary = "Read a complaint's chronology: who did what and when, flags included")
    @APIResponse(responseCode = "200", description = "The entries, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TimelineEntryView.class, type = SchemaType.ARRAY)))
    public List<TimelineEntryView> get(@PathParam("id") @Parameter(description = "Complaint id", example = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10") UUID id) {
        complaints.load(id); // an unknown complaint is the rule not-found (404)
        readAudit.read("complaint", id);
        return timeline.of(id);
    }
}
