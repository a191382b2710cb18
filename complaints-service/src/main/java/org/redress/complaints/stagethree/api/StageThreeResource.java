package org.redress.complaints.stagethree.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.complaints.complaint.domain.Complaint;
import org.redress.complaints.reading.ComplaintView;
import org.redress.complaints.stagethree.application.RecordingPanelReport;
import org.redress.complaints.stagethree.application.RecordingReviewPanel;
import org.redress.complaints.stagethree.application.RequestingStageThree;
import org.redress.complaints.stagethree.application.RespondingAtStageThree;
import org.redress.servicekit.api.IfMatch;
import org.redress.servicekit.idempotency.Idempotent;
import org.redress.servicekit.security.Grants;
import org.redress.servicekit.security.RequiresGrant;
import org.redress.servicekit.security.Roles;

/**
 * Stage 3 (review panel) over HTTP: the request, the panel, its report and the council's response.
 * Each operation answers with the complaint as it now stands.
 */
@Idempotent
@Path("/complaints/{id}")
@Tag(name = "Complaint stages", description = "Routing, the statutory stages, holds and closure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StageThreeResource {

    private static final String ID_EXAMPLE = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10";

    private final RequestingStageThree requestingStageThree;
    private final RecordingReviewPanel recordingReviewPanel;
    private final RecordingPanelReport recordingPanelReport;
    private final RespondingAtStageThree respondingAtStageThree;
    private final Clock clock;

    public StageThreeResource(RequestingStageThree requestingStageThree, RecordingReviewPanel recordingReviewPanel, RecordingPanelReport recordingPanelReport, RespondingAtStageThree respondingAtStageThree,
            Clock clock) {
        this.requestingStageThree = requestingStageThree;
        this.recordingReviewPanel = recordingReviewPanel;
        this.recordingPanelReport = recordingPanelReport;
        this.respondingAtStageThree = respondingAtStageThree;
        this.clock = clock;
    }

    @POST
    @Path("/stage-3/request")
    @RolesAllowed({ Roles.COMPLAINTS_OFFICER, Roles.COMPLAINTS_MANAGER, Roles.INTEGRATION_CLIENT })
    @RequiresGrant(Grants.COMPLAINTS_RECORD)
    @Operation(operationId = "requestStageThree", summary = "Record the complainant's request for a review panel",
            description = "Regs 2006 reg 20: within 20 working days of the adjudication, or later with a reason (flagged). Starts the 30 working day panel clock.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StageThreeRequest.class)))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)")
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type")
    public ComplaintView requestStageThree(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull StageThreeRequest request) {
        return view(requestingStageThree.request(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    @POST
    @Path("/stage-3/panel")
    @RolesAllowed({ Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "recordReviewPanel", summary = "Record the review panel's meeting and its three members",
            description = "Three people independent of the council, exactly one chairing, none the stage 2 independent person (422 naming the rule). Stops the panel clock and starts the 5 working day report clock.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PanelRequest.class)))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)")
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type")
    public ComplaintView recordReviewPanel(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull PanelRequest request) {
        return view(recordingReviewPanel.record(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    @POST
    @Path("/stage-3/report")
    @RolesAllowed({ Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "recordPanelReport", summary = "Record the date of the panel's report",
            description = "Stops the 5 working day report clock and starts the council's 15 working day response clock.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PanelReportRequest.class)))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)")
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type")
    public ComplaintView recordPanelReport(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull PanelReportRequest request) {
        return view(recordingPanelReport.record(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    @POST
    @Path("/stage-3/response")
    @RolesAllowed({ Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "respondAtStageThree", summary = "Record the council's response to the panel",
            description = "Each panel recommendation accepted, or rejected with reasons; agreed actions are published as org.redress.complaint.actions-agreed.v1 (source STAGE_3).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StageThreeResponseRequest.class)))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)")
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type")
    public ComplaintView respondAtStageThree(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull StageThreeResponseRequest request) {
        return view(respondingAtStageThree.respond(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    private ComplaintView view(Complaint complaint) {
        return ComplaintView.of(complaint, LocalDate.now(clock));
    }
}
