package org.redress.complaints.stageone.api;

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
import org.redress.complaints.complaint.api.StageDecisionRequest;
import org.redress.complaints.complaint.domain.Complaint;
import org.redress.complaints.reading.ComplaintView;
import org.redress.complaints.stageone.application.ExtendingStageOne;
import org.redress.complaints.stageone.application.RespondingAtStageOne;
import org.redress.servicekit.api.IfMatch;
import org.redress.servicekit.idempotency.Idempotent;
import org.redress.servicekit.security.Roles;

/**
 * Stage 1 (local resolution) over HTTP: its one extension and the response. Each operation answers
 * with the complaint as it now stands.
 */
@Idempotent
@Path("/complaints/{id}")
@Tag(name = "Complaint stages", description = "Routing, the statutory stages, holds and closure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StageOneResource {

    private static final String ID_EXAMPLE = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10";

    private final ExtendingStageOne extendingStageOne;
    private final RespondingAtStageOne respondingAtStageOne;
    private final Clock clock;

    public StageOneResource(ExtendingStageOne extendingStageOne, RespondingAtStageOne respondingAtStageOne,
            Clock clock) {
        this.extendingStageOne = extendingStageOne;
        this.respondingAtStageOne = respondingAtStageOne;
        this.clock = clock;
    }

    @POST
    @Path("/stage-1/extension")
    @RolesAllowed({ Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "extendStageOne", summary = "Extend stage 1 once, to at most 20 working days",
            description = "Regs 2006 reg 14: a complex case, or an advocate is needed; the complainant must have been told.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StageOneExtensionRequest.class)))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)")
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type")
    public ComplaintView extendStageOne(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull StageOneExtensionRequest request) {
        return view(extendingStageOne.extend(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    @POST
    @Path("/stage-1/response")
    @RolesAllowed({ Roles.COMPLAINTS_OFFICER, Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "respondAtStageOne", summary = "Record the stage 1 response: a finding per point and the actions agreed",
            description = "Stops the stage 1 clock (MET or MISSED). A point where fault is accepted cannot be NOT_UPHELD (422 finding.fault-accepted-not-upheld). Agreed actions are published as org.redress.complaint.actions-agreed.v1 (source STAGE_1) for remedy-service.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StageDecisionRequest.class)))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)")
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type")
    public ComplaintView respondAtStageOne(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull StageDecisionRequest request) {
        return view(respondingAtStageOne.respond(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    private ComplaintView view(Complaint complaint) {
        return ComplaintView.of(complaint, LocalDate.now(clock));
    }
}
