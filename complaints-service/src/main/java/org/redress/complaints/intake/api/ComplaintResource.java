package org.redress.complaints.intake.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.complaints.intake.application.RegisteringComplaint;
import org.redress.complaints.complaint.application.ComplaintAccess;
import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.domain.ComplaintRepository;
import org.redress.complaints.complaint.domain.ComplaintState;
import org.redress.complaints.reading.ComplaintView;
import org.redress.complaints.reading.WorkQueueAsOf;
import org.redress.servicekit.api.AsOf;
import org.redress.servicekit.audit.ReadAudit;
import org.redress.servicekit.api.IfMatch;
import org.redress.servicekit.idempotency.Idempotent;
import org.redress.servicekit.security.Grants;
import org.redress.servicekit.security.RequiresGrant;
import org.redress.servicekit.security.Roles;
import org.redress.statutorytime.WorkingDayCalendar;

/** Complaint intake over HTTP. */
@Idempotent
@Path("/complaints")
@Tag(name = "Complaints", description = "Intake of complaints and their stage clocks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintResource {

    private final RegisteringComplaint registering;
    private final ComplaintRepository complaints;
    private final ComplaintChanges changes;

    private final WorkQueueAsOf pastQueue;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final ReadAudit readAudit;
    private final ComplaintAccess access;

    public ComplaintResource(RegisteringComplaint registering, ComplaintRepository complaints, ComplaintChanges changes,
            WorkQueueAsOf pastQueue, WorkingDayCalendar calendar, Clock clock, ReadAudit readAudit, ComplaintAccess access) {
        this.readAudit = readAudit;
        this.access = access;
        this.changes = changes;
        this.registering = registering;
        this.complaints = complaints;
        this.pastQueue = pastQueue;
        this.calendar = calendar;
        this.clock = clock;
    }

    @POST
    @RolesAllowed({ Roles.COMPLAINTS_OFFICER, Roles.COMPLAINTS_MANAGER, Roles.INTEGRATION_CLIENT })
    @RequiresGrant(Grants.COMPLAINTS_RECORD)
    @Operation(operationId = "registerComplaint", summary = "Record a complaint received by the council",
            description = "Records the complaint, numbers its points, proposes the procedure from the subject matter "
                    + "and the complainant's standing (with reasons) and starts the stage 1 clock (10 working days "
                    + "from receipt) - or, when the complainant relies on sufficient interest, waits in "
                    + "AWAITING_STANDING_DECISION with the standing decision clock (a setting, default 5 working days). "
                    + "Emits org.redress.complaint.registered.v1, routed.v1 and, when stage 1 opens, stage-opened.v1, in that order.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegisterComplaintRequest.class)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "422", description = "Breaks an intake rule, or reuses an Idempotency-Key with another body")
    public Response register(@Valid @NotNull RegisterComplaintRequest request) {
        var complaint = registering.register(request.toNewComplaint());
        return Response.created(URI.create("/complaints/" + complaint.id()))
                .entity(ComplaintView.of(complaint, LocalDate.now(clock)))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.COMPLAINTS_OFFICER, Roles.COMPLAINTS_MANAGER, Roles.INVESTIGATING_OFFICER,
            Roles.ADJUDICATING_OFFICER, Roles.INDEPENDENT_PERSON, Roles.REVIEW_PANEL_MEMBER, Roles.AUDITOR,
            Roles.INTEGRATION_CLIENT })
    @RequiresGrant(Grants.CASES_READ_NARRATIVE)
    @Operation(operationId = "getComplaint", summary = "Read a complaint with its clocks as they stand today, or as they stood at the end of a past day",
            description = "With asOf, the complaint as it stood at the end of that day, from its recorded history: its state, "
                    + "stage, clocks (states and due dates), holds, decisions and flags as they were then; steps recorded as "
                    + "happening after the day are left out (a stage 1 response dated later leaves stage 1 open, overdue if "
                    + "past its due date then). An extension counts from the day the complainant was told of it. The ETag is "
                    + "the stored version, whatever the day.")
    @APIResponse(responseCode = "200", description = "The complaint; its ETag is the version to send in If-Match",
            headers = @Header(name = "ETag", description = "The complaint's version, e.g. \"3\"",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", description = "asOf is malformed or after today")
    @APIResponse(responseCode = "404", description = "No such complaint, or it was received after asOf (complaint.not-yet-received)")
    public Response get(@PathParam("id") @Parameter(description = "Complaint id", example = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10") UUID id,
            // taken as text so that a day that is not a calendar day is a 400 naming asOf, not JAX-RS's 404
            @QueryParam(AsOf.PARAMETER) @Parameter(description = AsOf.DESCRIPTION, example = "2026-11-16",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String asOf) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = AsOf.day(asOf, today);
        var complaint = changes.load(id);
        var shown = day.equals(today) ? complaint : complaint.asOf(day, calendar);
        readAudit.read("complaint", id);
        // the body and the ETag come from the same read, so the ETag is exactly the version shown
        return Response.ok(ComplaintView.of(shown, day))
                .tag(new EntityTag(IfMatch.tag(complaint.version()))).build();
    }

    @GET
    @RolesAllowed({ Roles.COMPLAINTS_OFFICER, Roles.COMPLAINTS_MANAGER, Roles.INVESTIGATING_OFFICER,
            Roles.ADJUDICATING_OFFICER, Roles.INDEPENDENT_PERSON, Roles.REVIEW_PANEL_MEMBER, Roles.AUDITOR,
            Roles.INTEGRATION_CLIENT })
    @RequiresGrant(Grants.CASES_READ_NARRATIVE)
    @Operation(operationId = "listComplaints", summary = "The work queue: complaints by stage, state and clock, soonest due first",
            description = "Sorted by the earliest due date of the complaint's running clocks (complaints with none last). "
                    + "clock=OVERDUE keeps complaints with a running clock past its due date; clock=DUE_SOON those due "
                    + "within 3 working days. With asOf (a past day, and a clock filter), the queue as it stood at the end "
                    + "of that day: the complaints whose clock was open and overdue (or due soon) then, in the stage and "
                    + "state they were in then, each shown as of that day.")
    @APIResponse(responseCode = "200", description = "One page of complaints",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintPage.class)))
    @APIResponse(responseCode = "400", description = "A paging or filter parameter is out of range, asOf is after today, or asOf names a past day without clock")
    public ComplaintPage list(
            @QueryParam("stage") @Parameter(description = "STAGE_1, STAGE_2 or STAGE_3", example = "STAGE_2") ComplaintState.Stage stage,
            @QueryParam("state") @Parameter(description = "A complaint state", example = "STAGE_2_REQUESTED") ComplaintState state,
            @QueryParam("clock") @Parameter(description = "OVERDUE or DUE_SOON", example = "OVERDUE") ComplaintRepository.QueueClock clockState,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Parameter(description = "Page number, from 0", example = "0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) @Parameter(description = "Page size, 1 to 100", example = "20") int size,
            @QueryParam(AsOf.PARAMETER) @Parameter(description = AsOf.DESCRIPTION + " Before today, clock is needed.", example = "2026-11-16",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String asOf) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = AsOf.day(asOf, today);
        var filter = new ComplaintRepository.WorkQueueFilter(stage, state, clockState, access.scope());
        if (filter.scope().isEmpty()) {
            return new ComplaintPage(List.of(), page, size, 0);
        }
        ComplaintPage shown = !day.equals(today) ? ComplaintPage.of(pastQueue.page(filter, day, page, size))
                : new ComplaintPage(complaints.queue(filter, today, page, size).stream()
                        .map(c -> ComplaintView.of(c, today)).toList(), page, size, complaints.queueTotal(filter, today));
        readAudit.listed("complaint", shown.items().stream().map(ComplaintView::id).toList());
        return shown;
    }
}
