package org.redress.remedies.remedycases.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.servicekit.audit.ReadAudit;
import org.redress.servicekit.api.IfMatch;
import org.redress.remedies.remedycases.api.ActionRequests.CompletionRequest;
import org.redress.remedies.remedycases.api.ActionRequests.PaymentRequest;
import org.redress.remedies.remedycases.api.ActionRequests.ProgressRequest;
import org.redress.remedies.remedycases.api.OpenRemedyCaseRequest.AgreedActionRequest;
import org.redress.remedies.remedycases.application.AddingRemedyAction;
import org.redress.remedies.remedycases.application.CompletingRemedyAction;
import org.redress.remedies.remedycases.application.ConfirmingComputedAmount;
import org.redress.remedies.remedycases.application.RecordingActionProgress;
import org.redress.remedies.remedycases.application.RecordingRemedyPayment;
import org.redress.remedies.remedycases.application.RemedyCaseChanges;
import org.redress.remedies.remedycases.domain.RemedyCaseRepository;
import org.redress.servicekit.idempotency.Idempotent;
import org.redress.servicekit.security.Grants;
import org.redress.servicekit.security.RequiresGrant;
import org.redress.servicekit.security.Roles;

/** Following an agreed action through to completion: progress, payments, completion and the case timeline. */
@Idempotent
@Path("/remedy-cases/{id}")
@Tag(name = "Remedy actions", description = "Each agreed action followed until it is done, with evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RemedyActionResource {

    private static final String CASE_ID = "Remedy case id";
    private static final String ACTION_ID = "Action id";

    private final AddingRemedyAction adding;
    private final RecordingActionProgress progress;
    private final CompletingRemedyAction completing;
    private final RecordingRemedyPayment paying;
    private final ConfirmingComputedAmount confirming;
    private final RemedyCaseRepository remedyCases;
    private final RemedyCaseChanges changes;
    private final Clock clock;

    private final ReadAudit readAudit;

    public RemedyActionResource(AddingRemedyAction adding, RecordingActionProgress progress,
            CompletingRemedyAction completing, RecordingRemedyPayment paying, ConfirmingComputedAmount confirming,
            RemedyCaseRepository remedyCases, RemedyCaseChanges changes, Clock clock, ReadAudit readAudit) {
        this.readAudit = readAudit;
        this.changes = changes;
        this.confirming = confirming;
        this.adding = adding;
        this.progress = progress;
        this.completing = completing;
        this.paying = paying;
        this.remedyCases = remedyCases;
        this.clock = clock;
    }

    @POST
    @Path("/actions")
    @RolesAllowed({ Roles.REMEDY_OFFICER, Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "addRemedyAction", summary = "Add an action to a remedy case, due from its decision date",
            description = "The action goes on the timeline on the day it was agreed (agreedOn, today when not given). "
                    + "Emits org.redress.remedy.action-created.v1 for the new action and, for a REASSESSMENT, one "
                    + "org.redress.remedy.reassessment-requested.v1 per child, with the action's conditions and "
                    + "agreedOn.")
    @APIResponse(responseCode = "201", description = "Added; the case with the new action",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RemedyCaseView.class)))
    @APIResponse(responseCode = "404", description = "No such remedy case")
    @APIResponse(responseCode = "409", description = "The case changed since the If-Match version was read")
    @APIResponse(responseCode = "422", description = "The action breaks a rule")
    public Response add(@PathParam("id") @Parameter(description = CASE_ID) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull AgreedActionRequest request) {
        adding.add(id, request.toTerms(), request.agreedOn(), IfMatch.expected(ifMatch, null));
        return Response.created(URI.create("/remedy-cases/" + id)).entity(view(id)).build();
    }

    @POST
    @Path("/actions/{actionId}/progress")
    @RolesAllowed({ Roles.REMEDY_OFFICER, Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "recordActionProgress", summary = "Record progress and evidence on an action",
            description = "An OPEN action becomes IN_PROGRESS; an OVERDUE one stays OVERDUE until completed.")
    @APIResponse(responseCode = "200", description = "The case after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RemedyCaseView.class)))
    @APIResponse(responseCode = "404", description = "No such remedy case or action")
    @APIResponse(responseCode = "409", description = "Already completed, or the case changed since the If-Match version (or expectedVersion) was read")
    public RemedyCaseView progress(@PathParam("id") @Parameter(description = CASE_ID) UUID id,
            @PathParam("actionId") @Parameter(description = ACTION_ID) UUID actionId, @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull ProgressRequest request) {
        progress.record(id, actionId, request.note(), request.evidenceRefs(),
                IfMatch.expected(ifMatch, request.expectedVersion()));
        return view(id);
    }

    @POST
    @Path("/actions/{actionId}/completion")
    @RolesAllowed({ Roles.REMEDY_OFFICER, Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "completeRemedyAction", summary = "Record an action as done, with its date and evidence",
            description = "An apology needs the date it was sent; a service improvement, a shared document and "
                    + "evidence to the Ombudsman need evidence references; a payment "
                    + "completes only by being paid in full. Emits org.redress.remedy.action-completed.v1 and, when it "
                    + "was the last open action, org.redress.remedy.case-completed.v1.")
    @APIResponse(responseCode = "200", description = "The case after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RemedyCaseView.class)))
    @APIResponse(responseCode = "404", description = "No such remedy case or action")
    @APIResponse(responseCode = "409", description = "Already completed, or the case changed since the If-Match version (or expectedVersion) was read")
    @APIResponse(responseCode = "422", description = "Completion breaks a rule")
    public RemedyCaseView complete(@PathParam("id") @Parameter(description = CASE_ID) UUID id,
            @PathParam("actionId") @Parameter(description = ACTION_ID) UUID actionId, @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull CompletionRequest request) {
        completing.complete(id, actionId, request.toCompletion(), IfMatch.expected(ifMatch, request.expectedVersion()));
        return view(id);
    }

    @POST
    @Path("/actions/{actionId}/payments")
    @RolesAllowed({ Roles.REMEDY_OFFICER, Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "recordRemedyPayment", summary = "Record a payment against a payment action",
            description = "The action completes when paid in full; an underpayment leaves its shortfall open. Emits "
                    + "org.redress.remedy.payment-recorded.v1.")
    @APIResponse(responseCode = "201", description = "Recorded; the case after the payment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RemedyCaseView.class)))
    @APIResponse(responseCode = "404", description = "No such remedy case or action")
    @APIResponse(responseCode = "409", description = "Already paid in full, or the case changed since it was read")
    @APIResponse(responseCode = "422", description = "The payment breaks a rule")
    public Response pay(@PathParam("id") @Parameter(description = CASE_ID) UUID id,
            @PathParam("actionId") @Parameter(description = ACTION_ID) UUID actionId, @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull PaymentRequest request) {
        paying.pay(id, actionId, request.toPayment(), IfMatch.expected(ifMatch, request.expectedVersion()));
        return Response.created(URI.create("/remedy-cases/" + id)).entity(view(id)).build();
    }

    @POST
    @Path("/actions/{actionId}/confirmation")
    @RolesAllowed({ Roles.REMEDY_OFFICER, Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "confirmComputedAmount", summary = "Confirm an amount the service computed, so it can be paid",
            description = "Missed provision reported by assessment-service becomes a payment action AWAITING_CONFIRMATION; "
                    + "a person checks the breakdown in its description and confirms it, and it is then OPEN.")
    @APIResponse(responseCode = "200", description = "The case after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RemedyCaseView.class)))
    @APIResponse(responseCode = "404", description = "No such remedy case or action")
    @APIResponse(responseCode = "409", description = "Not awaiting confirmation, or the case changed since it was read")
    public RemedyCaseView confirm(@PathParam("id") @Parameter(description = CASE_ID) UUID id,
            @PathParam("actionId") @Parameter(description = ACTION_ID) UUID actionId,
            @QueryParam("expectedVersion") @Parameter(description = "The case version read", example = "3") Long expectedVersion,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch) {
        confirming.confirm(id, actionId, IfMatch.expected(ifMatch, expectedVersion));
        return view(id);
    }

    @GET
    @Path("/timeline")
    @RolesAllowed({ Roles.REMEDY_OFFICER, Roles.COMPLAINTS_OFFICER, Roles.COMPLAINTS_MANAGER, Roles.AUDITOR,
            Roles.INTEGRATION_CLIENT })
    @RequiresGrant(Grants.CASES_READ_NARRATIVE)
    @Operation(operationId = "getRemedyCaseTimeline", summary = "What happened on a remedy case, oldest first")
    @APIResponse(responseCode = "200", description = "The timeline",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimelineEntryView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such remedy case")
    public List<TimelineEntryView> timeline(@PathParam("id") @Parameter(description = CASE_ID) UUID id) {
        view(id);
        readAudit.read("remedy-case", id);
        return remedyCases.timeline(id).stream().map(TimelineEntryView::of).toList();
    }

    private RemedyCaseView view(UUID id) {
        return RemedyCaseView.of(changes.load(id), LocalDate.now(clock));
    }
}
