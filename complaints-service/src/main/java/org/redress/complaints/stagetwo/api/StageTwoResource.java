package org.redress.complaints.stagetwo.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.redress.complaints.stagetwo.application.AdjudicatingStageTwo;
import org.redress.complaints.stagetwo.application.AgreeingStatement;
import org.redress.complaints.stagetwo.application.RequestingStageTwo;
import org.redress.servicekit.api.IfMatch;
import org.redress.servicekit.idempotency.Idempotent;
import org.redress.servicekit.security.Grants;
import org.redress.servicekit.security.RequiresGrant;
import org.redress.servicekit.security.Roles;

/**
 * Stage 2 (investigation) over HTTP: the request, the agreed statement and the adjudication. Each
 * operation answers with the complaint as it now stands.
 */
@Idempotent
@Path("/complaints/{id}")
@Tag(name = "Complaint stages", description = "Routing, the statutory stages, holds and closure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StageTwoResource {

    private static final String ID_EXAMPLE = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10";

    private final RequestingStageTwo requestingStageTwo;
    private final AgreeingStatement agreeingStatement;
    private final AdjudicatingStageTwo adjudicatingStageTwo;
    private final Clock clock;

    public StageTwoResource(RequestingStageTwo requestingStageTwo, AgreeingStatement agreeingStatement, AdjudicatingStageTwo adjudicatingStageTwo,
            Clock clock) {
        this.requestingStageTwo = requestingStageTwo;
        this.agreeingStatement = agreeingStatement;
        this.adjudicatingStageTwo = adjudicatingStageTwo;
        this.clock = clock;
    }

    @POST
    @Path("/stage-2/request")
    @RolesAllowed({ Roles.COMPLAINTS_OFFICER, Roles.COMPLAINTS_MANAGER, Roles.INTEGRATION_CLIENT })
    @RequiresGrant(Grants.COMPLAINTS_RECORD)
    @Operation(operationId = "requestStageTwo", summary = "Record the complainant's request for stage 2, which opens it at once",
            description = "Regs 2006 reg 18: within 20 working days of the stage 1 response, or later with a reason (flagged). Starts the progression clock (request to agreed statement, default 10 working days) and, if the council counts from the request, the 25/65 working day clock.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StageTwoRequest.class)))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)")
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type")
    public ComplaintView requestStageTwo(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull StageTwoRequest request) {
        return view(requestingStageTwo.request(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    @PUT
    @Path("/stage-2/statement")
    @RolesAllowed({ Roles.INVESTIGATING_OFFICER, Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "agreeStageTwoStatement", summary = "Record the statement of complaint agreed by the investigating officer",
            description = "Stops the progression clock and, by default, starts the 25 working day stage 2 clock (extendable to 65).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatementOfComplaintRequest.class)))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)")
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type")
    public ComplaintView agreeStageTwoStatement(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull StatementOfComplaintRequest request) {
        return view(agreeingStatement.agree(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    @POST
    @Path("/stage-2/adjudication")
    @RolesAllowed({ Roles.ADJUDICATING_OFFICER })
    @Operation(operationId = "adjudicateStageTwo", summary = "Record the stage 2 adjudication: a decision per point and the actions agreed",
            description = "Stops the stage 2 clock. Agreed actions are published as org.redress.complaint.actions-agreed.v1 (source STAGE_2).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StageDecisionRequest.class)))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)")
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type")
    public ComplaintView adjudicateStageTwo(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull StageDecisionRequest request) {
        return view(adjudicatingStageTwo.adjudicate(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    private ComplaintView view(Complaint complaint) {
        return ComplaintView.of(complaint, LocalDate.now(clock));
    }
}
